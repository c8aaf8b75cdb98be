import { type Lang, type MessageKey, t } from '../lib/i18n';
import type { DraftField, Finding, PushDraft } from '../lib/schema';
import { sendAtOf } from '../lib/time';
import { FindingList } from './FindingList';
import { TimePair } from './TimePair';

export interface PanelProps {
  draft: PushDraft;
  findings: Finding[];
  missing: DraftField[];
  lang: Lang;
  zone: string;
  /** Collapsed, only the header line shows (the seller's choice, remembered across tabs). */
  open: boolean;
  onToggle: () => void;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the extension read from the form, and the checklist of findings. */
export function Panel({ draft, findings, missing, lang, zone, open, onToggle }: PanelProps) {
  const none = t(lang, 'panel.none');
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  const sendAt = sendAtOf(draft);
  const { items, audience, banner, coupon } = draft;
  const fieldLabel = (field: DraftField) => t(lang, `field.${field}` as MessageKey);

  return (
    <section class="qpp panel" data-state={errors.length ? 'errors' : 'ready'}>
      <header>
        <strong>{t(lang, 'panel.title')}</strong>
        <span class={errors.length ? 'badge error' : 'badge ok'} data-qpp="status">
          {errors.length ? t(lang, 'panel.errors', { n: errors.length }) : t(lang, 'panel.ready')}
        </span>
        <button type="button" onClick={onToggle} aria-expanded={open}>
          {open ? t(lang, 'panel.collapse') : t(lang, 'panel.expand')}
        </button>
      </header>
      {open && (
        <div class="body">
          {findings.length + missing.length > 0 && <h3>{t(lang, 'panel.checks')}</h3>}
          <FindingList findings={errors} lang={lang} zone={zone} />
          {warnings.length > 0 && <p class="muted">{t(lang, 'panel.warnings', { n: warnings.length })}</p>}
          <FindingList findings={warnings} lang={lang} zone={zone} />
          {missing.length > 0 && (
            <p class="muted" data-qpp="missing">
              {t(lang, 'panel.missing', { fields: missing.map(fieldLabel).join(', ') })}
            </p>
          )}
          <h3>{t(lang, 'panel.read')}</h3>
          <dl data-qpp="draft">
            <Row label={t(lang, 'panel.type')}>
              <span data-draft="type">{draft.type ? t(lang, `type.${draft.type}`) : none}</span>
            </Row>
            <Row label={t(lang, 'panel.coupon')}>
              <span data-draft="coupon">
                {coupon
                  ? [coupon.number, coupon.label, coupon.qstoreOnly ? t(lang, 'panel.qstoreOnly') : '']
                      .filter(Boolean)
                      .join(' · ')
                  : none}
              </span>
            </Row>
            <Row label={t(lang, 'panel.items')}>
              <span data-draft="items">
                {items.mode === 'auto'
                  ? t(lang, 'panel.items.auto', { n: items.topN })
                  : t(lang, 'panel.items.manual', { n: items.itemIds.length })}
              </span>
            </Row>
            {draft.type !== 'compensation' && (
              <Row label={t(lang, 'panel.audience')}>
                <span data-draft="audience">
                  {audience.fanCount === null
                    ? none
                    : t(lang, 'panel.audience.fans', { n: audience.fanCount })}
                  {' · '}
                  {audience.period === 'all'
                    ? t(lang, 'panel.audience.all')
                    : t(lang, 'panel.audience.range', audience.period)}
                </span>
              </Row>
            )}
            {draft.type === 'compensation' && (
              <Row label={t(lang, 'panel.recipients')}>
                <span data-draft="recipients">{t(lang, 'panel.recipients.count', draft.recipients)}</span>
              </Row>
            )}
            <Row label={t(lang, 'panel.sendAt')}>
              <span data-draft="sendAt">
                {sendAt ? <TimePair instant={sendAt} lang={lang} zone={zone} /> : none}
              </span>
            </Row>
            <Row label={t(lang, 'panel.banner')}>
              <span data-draft="banner">
                {!banner.enabled
                  ? t(lang, 'panel.banner.off')
                  : banner.image
                    ? t(lang, 'panel.banner.on', banner.image)
                    : t(lang, 'panel.banner.noImage')}
              </span>
            </Row>
          </dl>
        </div>
      )}
    </section>
  );
}

export const panelCss = `
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: 360px; max-height: 70vh; overflow: auto;
  background: #fff; border: 1px solid #d0d4da; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.panel header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-bottom: 1px solid #eceef1; position: sticky; top: 0; background: #fff; }
.panel header strong { color: #d71f3a; white-space: nowrap; }
.panel header button { margin-left: auto; white-space: nowrap; }
.panel .badge { font-size: 12px; padding: 1px 8px; border-radius: 10px; }
.panel .badge.error { background: #fdecea; color: #8e1c1c; }
.panel .badge.ok { background: #e6f4ea; color: #1e5e24; }
.panel .body { padding: 6px 12px 12px; }
.panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5f6670; margin: 10px 0 4px; }
.panel dl { margin: 0; }
.panel .row { display: grid; grid-template-columns: 88px 1fr; gap: 6px; padding: 2px 0; }
.panel dt { color: #5f6670; }
.panel dd { margin: 0; }
`;
