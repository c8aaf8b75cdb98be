import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Lang, type MessageKey, t } from '../../lib/i18n';
import type { BannerBlock, ItemsBlock, Preview, PreviewGap } from '../../lib/preview';
import type { PushDraft } from '../../lib/schema';
import { Modal, modalCss } from '../Modal';
import { TimePair } from '../TimePair';

export const channels = ['email', 'qpost', 'app'] as const;
export type Channel = (typeof channels)[number];

export interface PreviewDialogProps {
  preview: Preview;
  /** For the audience note: the type, fan count and ticked buyers. */
  draft: Pick<PushDraft, 'type' | 'audience' | 'recipients'>;
  lang: Lang;
  zone: string;
  /** The banner file the seller picked in QSM's own input, shown as the customers will see it. */
  bannerFile: Blob | null;
  onClose: () => void;
  initialChannel?: Channel;
}

/** An object URL for the picked banner, revoked when the file changes or the dialog closes. */
function useObjectUrl(file: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url;
}

function Banner({ banner, url, lang }: { banner: BannerBlock; url: string | null; lang: Lang }) {
  return (
    <div class="mail-banner" data-preview="banner" data-placeholder={banner.placeholder || !url || undefined}>
      {!banner.placeholder && url ? (
        <img
          src={url}
          alt={t(lang, 'preview.banner.alt')}
          width={banner.image?.width}
          height={banner.image?.height}
        />
      ) : (
        <div class="placeholder">{t(lang, 'preview.banner.noImage')}</div>
      )}
      <p class="seller-note" data-preview="banner-link" data-link={banner.link}>
        {t(lang, 'preview.banner.link', { link: t(lang, `preview.link.${banner.link}`) })}
      </p>
    </div>
  );
}

function BestItems({ items, lang }: { items: ItemsBlock; lang: Lang }) {
  return (
    <div
      class="best"
      data-preview="items"
      data-mode={items.mode}
      data-placeholder={items.placeholder || undefined}
    >
      <h4>{items.heading}</h4>
      <p class="caption">{items.caption}</p>
      <ol>
        {items.items.map((item) => (
          <li key={item.rank} data-preview="item" data-item-id={item.itemId ?? undefined}>
            <span class="thumb" aria-hidden="true">
              {item.rank}
            </span>
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.label}
              </a>
            ) : (
              <span>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
      <p class="seller-note">
        {items.mode === 'auto'
          ? t(lang, 'preview.items.auto', { n: items.items.length })
          : t(lang, 'preview.items.manual', { n: items.items.length })}
      </p>
    </div>
  );
}

function SendAt({ preview, lang, zone }: { preview: Preview; lang: Lang; zone: string }) {
  return preview.sendAt ? (
    <TimePair instant={new Date(preview.sendAt)} lang={lang} zone={zone} />
  ) : (
    <span class="muted">{t(lang, 'preview.gap.send-at')}</span>
  );
}

function Email({
  preview,
  lang,
  zone,
  bannerUrl,
}: {
  preview: Preview;
  lang: Lang;
  zone: string;
  bannerUrl: string | null;
}) {
  const { email } = preview;
  const head = (key: MessageKey, value: ComponentChildren) => (
    <div class="head-row">
      <span class="k">{t(lang, key)}</span>
      <span>{value}</span>
    </div>
  );
  return (
    <div class="mail">
      <div class="mail-head">
        {head('preview.email.from', <span data-preview="from">{email.from}</span>)}
        {head('preview.email.to', t(lang, 'preview.email.toValue'))}
        {head(
          'preview.email.subject',
          <strong data-preview="subject" lang="ja">
            {email.subject}
          </strong>,
        )}
        {head('preview.email.date', <SendAt preview={preview} lang={lang} zone={zone} />)}
        {email.preheader && (
          <div class="preheader" data-preview="preheader" lang="ja">
            {email.preheader}
          </div>
        )}
      </div>
      <div class="mail-body" lang="ja">
        <div class="logo">Qoo10</div>
        <p data-preview="intro">{email.intro}</p>
        <div class="coupon" data-preview="coupon" data-placeholder={email.coupon.placeholder || undefined}>
          <div class="discount" data-preview="discount">
            {email.coupon.discount}
          </div>
          {email.coupon.condition && <div data-preview="condition">{email.coupon.condition}</div>}
          {email.coupon.number && (
            <div>
              クーポン番号 <span data-preview="coupon-number">{email.coupon.number}</span>
            </div>
          )}
          {email.coupon.period && <div data-preview="period">利用期間: {email.coupon.period}</div>}
          <span class="cta">{email.cta}</span>
        </div>
        {email.banner && <Banner banner={email.banner} url={bannerUrl} lang={lang} />}
        <BestItems items={email.items} lang={lang} />
        <footer data-preview="footer">
          {email.footer.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      </div>
    </div>
  );
}

function Qpost({ preview, lang, zone }: { preview: Preview; lang: Lang; zone: string }) {
  const { qpost } = preview;
  return (
    <div class="qpost">
      <div class="qpost-bar">{t(lang, 'preview.qpost.box')}</div>
      <div class="qpost-note" lang="ja">
        <div class="qpost-meta">
          <strong data-preview="qpost-from">{qpost.from}</strong>
          <span class="muted">
            <SendAt preview={preview} lang={lang} zone={zone} />
          </span>
        </div>
        <div class="qpost-title" data-preview="qpost-title">
          {qpost.title}
        </div>
        <div class="qpost-body" data-preview="qpost-body">
          {qpost.body}
        </div>
      </div>
    </div>
  );
}

function App({ preview, lang }: { preview: Preview; lang: Lang }) {
  const { app } = preview;
  return (
    <div class="phone">
      <div class="bubble" data-preview="app-bubble">
        <div class="bubble-head">
          <span class="icon" aria-hidden="true">
            Q
          </span>
          <span data-preview="app-source">
            {app.sender} · {t(lang, 'preview.app.now')}
          </span>
        </div>
        <div class="bubble-body" data-preview="app-body" lang="ja">
          {app.body}
        </div>
      </div>
    </div>
  );
}

function audienceNote(draft: PreviewDialogProps['draft'], lang: Lang): string | null {
  if (draft.type === 'ad') {
    return draft.audience.fanCount === null
      ? t(lang, 'preview.audience.adUnknown')
      : t(lang, 'preview.audience.ad', { n: draft.audience.fanCount.toLocaleString() });
  }
  if (draft.type === 'compensation')
    return t(lang, 'preview.audience.compensation', { n: draft.recipients.selected });
  return null;
}

/** The send time has its own line; the other gaps are listed as notes. */
const listedGaps = (gaps: PreviewGap[]) => gaps.filter((gap) => gap !== 'send-at');

/**
 * What customers receive on each channel (e-mail, QPOST, app push), each drawn like the channel.
 * The seller's chrome is in the seller's language; the customers' texts are Qoo10's Japanese.
 */
export function PreviewDialog({
  preview,
  draft,
  lang,
  zone,
  bannerFile,
  onClose,
  initialChannel = 'email',
}: PreviewDialogProps) {
  const [channel, setChannel] = useState<Channel>(initialChannel);
  const bannerUrl = useObjectUrl(preview.email.banner ? bannerFile : null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const tabRefs = useRef<Partial<Record<Channel, HTMLButtonElement | null>>>({});
  const audience = audienceNote(draft, lang);

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = channels[(channels.indexOf(channel) + step + channels.length) % channels.length] ?? 'email';
    setChannel(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <Modal class="preview-dialog" labelledBy="qpp-preview-title" onClose={onClose} initialFocus={closeRef}>
      <header>
        <strong id="qpp-preview-title">{t(lang, 'preview.title')}</strong>
        <button type="button" ref={closeRef} onClick={onClose} data-preview="close">
          {t(lang, 'preview.close')}
        </button>
      </header>
      <div class="notes">
        <p data-preview="send-at">
          {t(lang, 'preview.sendAt')}: <SendAt preview={preview} lang={lang} zone={zone} />
        </p>
        {audience && <p data-preview="audience">{audience}</p>}
        <p class="muted" data-preview="eligible">
          {t(lang, 'preview.eligible')}
        </p>
        <p class="muted">{t(lang, 'preview.japanese')}</p>
        {listedGaps(preview.gaps).length > 0 && (
          <ul class="gaps">
            {listedGaps(preview.gaps).map((gap) => (
              <li key={gap} data-gap={gap}>
                {t(lang, `preview.gap.${gap}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="tabs" role="tablist" aria-label={t(lang, 'preview.tabs')}>
        {channels.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`qpp-tab-${id}`}
            aria-selected={channel === id}
            aria-controls={`qpp-panel-${id}`}
            tabIndex={channel === id ? 0 : -1}
            data-tab={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            onClick={() => setChannel(id)}
            onKeyDown={onTabKey}
          >
            {t(lang, `preview.tab.${id}`)}
          </button>
        ))}
      </div>
      {channels.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`qpp-panel-${id}`}
          aria-labelledby={`qpp-tab-${id}`}
          data-channel={id}
          hidden={channel !== id}
        >
          {id === 'email' && <Email preview={preview} lang={lang} zone={zone} bannerUrl={bannerUrl} />}
          {id === 'qpost' && <Qpost preview={preview} lang={lang} zone={zone} />}
          {id === 'app' && <App preview={preview} lang={lang} />}
        </div>
      ))}
    </Modal>
  );
}

export const previewCss = `${modalCss}
.preview-dialog { width: 680px; max-width: calc(100vw - 32px); }
.preview-dialog > header { display: flex; align-items: center; gap: 8px; padding: 10px 14px; border-bottom: 1px solid #eceef1; }
.preview-dialog > header strong { color: #d71f3a; font-size: 15px; }
.preview-dialog > header button { margin-left: auto; }
.preview-dialog .notes { padding: 8px 14px 0; }
.preview-dialog .notes p { margin: 2px 0; }
.preview-dialog .gaps { margin: 6px 0 0; padding: 0; list-style: none; }
.preview-dialog .gaps li { padding: 3px 8px; border-left: 3px solid #b26a00; background: #fff4e0; color: #6b4100; border-radius: 3px; margin: 2px 0; }
.preview-dialog .tabs { display: flex; gap: 4px; padding: 10px 14px 0; border-bottom: 1px solid #d0d4da; }
.preview-dialog .tabs button { border-radius: 6px 6px 0 0; border-bottom: none; background: #f3f4f6; }
.preview-dialog .tabs button[aria-selected="true"] { background: #fff; color: #d71f3a; font-weight: 600; position: relative; top: 1px; border-color: #d0d4da; }
.preview-dialog [role="tabpanel"] { padding: 14px; background: #f6f7f9; border-radius: 0 0 10px 10px; }
.preview-dialog [hidden] { display: none; }
.seller-note { font-size: 12px; color: #5f6670; margin: 4px 0 0; font-family: system-ui, sans-serif; }
.mail { background: #fff; border: 1px solid #d0d4da; border-radius: 6px; overflow: hidden; }
.mail-head { padding: 8px 12px; border-bottom: 1px solid #eceef1; background: #fafbfc; }
.mail-head .head-row { display: grid; grid-template-columns: 64px 1fr; gap: 6px; }
.mail-head .k { color: #5f6670; }
.mail-head .preheader { color: #5f6670; font-size: 12px; margin-top: 2px; }
.mail-body { padding: 14px 18px; }
.mail-body .logo { font-weight: 800; color: #d71f3a; font-size: 20px; margin-bottom: 6px; }
.coupon { border: 2px dashed #d71f3a; border-radius: 8px; padding: 10px 14px; text-align: center; margin: 8px 0; }
.coupon .discount { font-size: 24px; font-weight: 800; color: #d71f3a; }
.coupon .cta { display: inline-block; margin-top: 8px; padding: 4px 16px; background: #d71f3a; color: #fff; border-radius: 4px; }
[data-placeholder] .discount, [data-placeholder] .placeholder, [data-placeholder] .caption { color: #8a9099; font-style: italic; }
.mail-banner { margin: 10px 0; }
.mail-banner img { display: block; width: 100%; height: auto; }
.mail-banner .placeholder { border: 1px dashed #a0a6ae; aspect-ratio: 1860 / 240; display: flex; align-items: center; justify-content: center; background: #f3f4f6; }
.best { margin: 12px 0; }
.best h4 { margin: 0; font-size: 14px; letter-spacing: .08em; border-bottom: 2px solid #1f2328; }
.best .caption { margin: 4px 0; color: #5f6670; }
.best ol { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.best li { display: flex; flex-direction: column; align-items: center; font-size: 12px; text-align: center; }
.best .thumb { width: 100%; height: 64px; background: #eceef1; display: flex; align-items: center; justify-content: center; color: #8a9099; font-size: 18px; border-radius: 4px; margin-bottom: 2px; }
.mail-body footer { margin-top: 14px; border-top: 1px solid #eceef1; font-size: 11px; color: #5f6670; }
.mail-body footer p { margin: 4px 0; }
.qpost { background: #fff; border: 1px solid #d0d4da; border-radius: 6px; overflow: hidden; }
.qpost-bar { background: #3d4450; color: #fff; padding: 6px 12px; font-weight: 600; }
.qpost-note { margin: 12px; padding: 10px 12px; background: #fffbe6; border: 1px solid #f0e2a8; border-radius: 4px; }
.qpost-meta { display: flex; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.qpost-title { font-weight: 700; margin: 6px 0; }
.qpost-body { white-space: pre-line; }
.phone { width: 300px; margin: 0 auto; padding: 28px 12px 40px; border-radius: 28px; background: linear-gradient(160deg, #2a3140, #4b5568); }
.bubble { background: rgba(255,255,255,.94); border-radius: 14px; padding: 10px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.bubble-head { display: flex; align-items: center; gap: 6px; font-size: 12px; color: #5f6670; }
.bubble-head .icon { width: 18px; height: 18px; border-radius: 4px; background: #d71f3a; color: #fff; font-weight: 800; font-size: 12px; display: inline-flex; align-items: center; justify-content: center; }
.bubble-body { margin-top: 4px; }
`;
