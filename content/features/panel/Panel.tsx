import { TimePair } from '../../../components/TimePair';
import { hasMessage, type Lang, type MessageKey, t } from '../../../lib/i18n';
import type { DraftField, Finding, PushDraft } from '../../../lib/schema';
import { sendAtOf } from '../../../lib/time/jst';

export interface PanelProps {
  draft: PushDraft;
  /** The findings the seller should see now; the panel names each by its short title. */
  findings: Finding[];
  /** Errors in fields the seller has not reached yet: counted neutrally, never listed in red. */
  held: Finding[];
  missing: DraftField[];
  lang: Lang;
  zone: string;
  /** Collapsed, only the status line shows (the seller's choice, remembered across tabs). */
  open: boolean;
  onToggle: () => void;
  /** Scrolls to a finding's field and focuses it. */
  onGoTo: (field: DraftField) => void;
  /** The page report offer (components/report), placed at the end of the open panel. */
  report?: preact.ComponentChildren;
}

function Item({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A finding's one-line title; a code without one (a newer rule) shows its code. */
const titleOf = (lang: Lang, finding: Finding) => {
  const key = `finding.${finding.code}.title`;
  return hasMessage(key) ? t(lang, key) : finding.code;
};

function statusOf(lang: Lang, errors: number, heldFields: number) {
  if (errors) return { state: 'errors', text: t(lang, 'panel.errors', { n: errors }) };
  if (heldFields) return { state: 'pending', text: t(lang, 'panel.pending', { n: heldFields }) };
  return { state: 'ready', text: t(lang, 'panel.ready') };
}

/**
 * A strip in QSM's content column, in the page's flow, so it can never cover one of QSM's controls
 * or sit above its dialogs: the status line, then (open) one line per finding and what was read.
 */
export function Panel(props: PanelProps) {
  const { draft, findings, held, missing, lang, zone, open, onToggle, onGoTo, report } = props;
  const none = t(lang, 'panel.none');
  const errors = findings.filter((f) => f.severity === 'error').length;
  const status = statusOf(lang, errors, new Set(held.map((f) => f.field)).size);
  const sendAt = sendAtOf(draft);
  const { items, audience, banner, coupon } = draft;
  const fieldLabel = (field: DraftField) => t(lang, `field.${field}` as MessageKey);

  return (
    <section class="qpp panel" data-state={status.state} aria-labelledby="qpp-panel-title">
      <header>
        <strong id="qpp-panel-title">{t(lang, 'panel.title')}</strong>
        {/* A polite live region: a screen reader hears the status change without losing its place. */}
        <span role="status" class={`badge ${status.state}`} data-qpp="status">
          {status.text}
        </span>
        <button type="button" onClick={onToggle} aria-expanded={open} aria-controls="qpp-panel-body">
          {open ? t(lang, 'panel.collapse') : t(lang, 'panel.expand')}
        </button>
      </header>
      {open && (
        <div class="body" id="qpp-panel-body">
          {findings.length > 0 && (
            <ul class="titles" aria-label={t(lang, 'panel.findings')}>
              {findings.map((finding) => (
                <li
                  key={`${finding.code}:${finding.field}`}
                  class={finding.severity}
                  data-finding={finding.code}
                >
                  <button
                    type="button"
                    class="link"
                    title={t(lang, 'panel.goTo')}
                    onClick={() => onGoTo(finding.field as DraftField)}
                  >
                    {titleOf(lang, finding)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {missing.length > 0 && (
            <p class="muted" data-qpp="missing">
              {t(lang, 'panel.missing', { fields: missing.map(fieldLabel).join(', ') })}
            </p>
          )}
          <dl data-qpp="draft" aria-label={t(lang, 'panel.read')}>
            <Item label={t(lang, 'panel.type')}>
              <span data-draft="type">{draft.type ? t(lang, `type.${draft.type}`) : none}</span>
            </Item>
            <Item label={t(lang, 'panel.coupon')}>
              <span data-draft="coupon">
                {coupon
                  ? [coupon.number, coupon.label, coupon.qstoreOnly ? t(lang, 'panel.qstoreOnly') : '']
                      .filter(Boolean)
                      .join(' · ')
                  : none}
              </span>
            </Item>
            <Item label={t(lang, 'panel.items')}>
              <span data-draft="items">
                {items.mode === 'auto'
                  ? t(lang, 'panel.items.auto', { n: items.topN })
                  : t(lang, 'panel.items.manual', { n: items.itemIds.length })}
              </span>
            </Item>
            {draft.type !== 'compensation' && (
              <Item label={t(lang, 'panel.audience')}>
                <span data-draft="audience">
                  {audience.fanCount === null
                    ? none
                    : t(lang, 'panel.audience.fans', { n: audience.fanCount })}
                  {' · '}
                  {audience.period === 'all'
                    ? t(lang, 'panel.audience.all')
                    : t(lang, 'panel.audience.range', audience.period)}
                </span>
              </Item>
            )}
            {draft.type === 'compensation' && (
              <Item label={t(lang, 'panel.recipients')}>
                <span data-draft="recipients">{t(lang, 'panel.recipients.count', draft.recipients)}</span>
              </Item>
            )}
            <Item label={t(lang, 'panel.sendAt')}>
              <span data-draft="sendAt">
                {sendAt ? <TimePair instant={sendAt} lang={lang} zone={zone} /> : none}
              </span>
            </Item>
            <Item label={t(lang, 'panel.banner')}>
              <span data-draft="banner">
                {!banner.enabled
                  ? t(lang, 'panel.banner.off')
                  : banner.image
                    ? t(lang, 'panel.banner.on', banner.image)
                    : t(lang, 'panel.banner.noImage')}
              </span>
            </Item>
          </dl>
          {report}
        </div>
      )}
    </section>
  );
}
