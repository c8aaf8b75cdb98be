/**
 * What customers receive, on the three channels, a tab each (Qpost, e-mail, app push), built from
 * the live draft, with what the draft still lacks. Over 300 lines: the three channels' markup, read
 * together because they show one push.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Modal } from '../../../components/Modal';
import { TimePair } from '../../../components/TimePair';
import { type Lang, type MessageKey, t } from '../../../lib/i18n';
import type { BannerBlock, ItemsBlock, Preview, PreviewGap } from '../../../lib/preview';
import type { PushDraft } from '../../../lib/schema';

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
          {t(lang, 'preview.sendAt')}
          <SendAt preview={preview} lang={lang} zone={zone} />
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
