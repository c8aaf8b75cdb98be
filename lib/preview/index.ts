/**
 * What customers receive for a push, on each of the three channels (Qpost message, e-mail, app
 * push), built from a draft.
 * The texts are Japanese whatever the seller's language: Qoo10 Japan's customers read them. The
 * result is structured data, never HTML, so page data is only ever rendered as text.
 * The subject and the app push are Qoo10's fixed texts from the manual; the manual shows the rest only
 * as screenshots, so the body wording is this module's, and the reference backend's dispatcher
 * (backend/dispatch.ts) sends the same words.
 */
import type { PushDraft } from '../schema';
import { formatJst, sendAtOf, toJstIso } from '../time/jst';

/** The e-mail's subject, fixed by Qoo10 (the manual's 邮件名). */
export const EMAIL_SUBJECT = '[Qoo10] ショップクーポンが発行されました！';
/** The app push's text, fixed by Qoo10 (the manual's 手机客户端软件推送提醒). */
export const APP_PUSH_TEXT = '[クーポン] ショップクーポンが発行されました。';
/**
 * The notification's sender line: the Qoo10 app, named once. (The manual's screenshot reads "Qoo10 QOO10 JP":
 * the app name and the phone's copy of it side by side, which a preview must not repeat.)
 */
export const APP_PUSH_SENDER = 'Qoo10';
export const BEST_ITEM_HEADING = 'BEST ITEM';
export const QPOST_TITLE = 'ショップクーポンが発行されました';
/** The e-mail's button under the coupon. */
export const EMAIL_COUPON_BUTTON = 'クーポンを受け取る';

/** Stand-ins for what the draft does not say yet, shown where the real text will be. */
export const PLACEHOLDERS = {
  shop: '［ショップ名］',
  coupon: '［クーポン未選択］',
  items: '［商品未選択］',
} as const;

/** Where a banner click leads, in the words of QSM's Japanese page. */
export const BANNER_LINK_LABELS: Record<PushDraft['banner']['link'], string> = {
  minishop: 'ミニショップ',
  item: '商品ページ',
  special: '販売者企画展',
};

/** The first line of the e-mail and the QPOST note. */
export const couponIssuedLine = (shop: string) => `${shop}からショップクーポンが発行されました。`;
/** The auto items block: Qoo10 picks the shop's top N items at send time. */
export const topItemsCaption = (topN: number) => `ショップ人気上位 ${topN} 商品`;
/** A hand-picked item, by its item number. */
export const itemLabel = (itemId: string) => `商品番号 ${itemId}`;

/** Parts of the preview that still show a placeholder, so the UI can tell the seller why. */
export type PreviewGap = 'type' | 'coupon' | 'shop' | 'items' | 'banner-image' | 'send-at';

export interface CouponBlock {
  /** The coupon number, or null when no coupon is chosen. */
  number: string | null;
  /** `10%OFF`, `500円OFF`, QSM's own label when it cannot be read, or the placeholder. */
  discount: string;
  /** `3,000円以上購入時`, when the label names a minimum purchase. */
  condition: string | null;
  /** `2026/11/23 00:00 〜 2027/01/02 23:59` (JST), when the usable period is known. */
  period: string | null;
  placeholder: boolean;
}

export interface BestItem {
  /** 1-based place in the block. */
  rank: number;
  /** The item number (manual) or null (auto: Qoo10 picks the shop's top items at send time). */
  itemId: string | null;
  label: string;
  url: string | null;
}

export interface ItemsBlock {
  heading: string;
  mode: 'auto' | 'manual';
  /** `ショップ人気上位 4 商品` or `4 商品`. */
  caption: string;
  items: BestItem[];
  placeholder: boolean;
}

export interface BannerBlock {
  link: PushDraft['banner']['link'];
  linkLabel: string;
  image: { type: string; width: number; height: number } | null;
  placeholder: boolean;
}

export interface Preview {
  /** ISO 8601 with +09:00, or null when the send time is not chosen. */
  sendAt: string | null;
  shop: string;
  email: {
    from: string;
    subject: string;
    preheader?: string;
    intro: string;
    coupon: CouponBlock;
    cta: string;
    items: ItemsBlock;
    banner: BannerBlock | null;
    footer: string[];
  };
  qpost: { from: string; title: string; body: string };
  app: { sender: string; body: string };
  gaps: PreviewGap[];
}

/** Full-width digits (２６２…) to ASCII, so labels from any source parse alike. */
const asciiDigits = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** 3000 → `3,000` without depending on the runtime's locale data. */
const yen = (digits: string) => digits.replaceAll(',', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Reads QSM's 打折金额/使用条件 label (`10% 割引 / 3,000円以上購入時`, `10% off / orders of 3,000 JPY
 * or more`, `500円 打折 / …`) into the customer's Japanese; null when it does not look like one.
 */
export function parseCouponLabel(label: string): { discount: string; condition: string | null } | null {
  const [head = '', ...rest] = asciiDigits(label).split(/[/／]/);
  const rate = head.match(/(\d+(?:\.\d+)?)\s*[%％]/)?.[1];
  const amount = head.match(/\d[\d,]*/)?.[0];
  const discount = rate ? `${rate}%OFF` : amount ? `${yen(amount)}円OFF` : null;
  if (!discount) return null;
  const minimum = rest.join('/').match(/\d[\d,]*/)?.[0];
  return { discount, condition: minimum ? `${yen(minimum)}円以上購入時` : null };
}

const jstSlashed = (iso: string) => formatJst(new Date(iso)).replaceAll('-', '/');

function couponBlock(coupon: PushDraft['coupon']): CouponBlock {
  if (!coupon) {
    return { number: null, discount: PLACEHOLDERS.coupon, condition: null, period: null, placeholder: true };
  }
  const parsed = coupon.label ? parseCouponLabel(coupon.label) : null;
  const period =
    coupon.validFrom || coupon.validTo
      ? `${coupon.validFrom ? jstSlashed(coupon.validFrom) : ''} 〜 ${coupon.validTo ? jstSlashed(coupon.validTo) : ''}`.trim()
      : null;
  return {
    number: coupon.number,
    discount: parsed?.discount ?? coupon.label ?? 'ショップクーポン',
    condition: parsed?.condition ?? null,
    period,
    placeholder: false,
  };
}

function itemsBlock(items: PushDraft['items']): ItemsBlock {
  if (items.mode === 'auto') {
    return {
      heading: BEST_ITEM_HEADING,
      mode: 'auto',
      caption: topItemsCaption(items.topN),
      items: Array.from({ length: Math.max(0, items.topN) }, (_, i) => ({
        rank: i + 1,
        itemId: null,
        label: `人気 No.${i + 1}`,
        url: null,
      })),
      placeholder: false,
    };
  }
  return {
    heading: BEST_ITEM_HEADING,
    mode: 'manual',
    caption: items.itemIds.length ? `${items.itemIds.length} 商品` : PLACEHOLDERS.items,
    // The seller's order is the order customers see.
    items: items.itemIds.map((id, i) => ({
      rank: i + 1,
      itemId: id,
      label: itemLabel(id),
      url: `https://www.qoo10.jp/g/${encodeURIComponent(id)}`,
    })),
    placeholder: items.itemIds.length === 0,
  };
}

function bannerBlock(banner: PushDraft['banner']): BannerBlock | null {
  if (!banner.enabled) return null;
  const image = banner.image
    ? { type: banner.image.type, width: banner.image.width, height: banner.image.height }
    : null;
  return { link: banner.link, linkLabel: BANNER_LINK_LABELS[banner.link], image, placeholder: !image };
}

function footer(type: PushDraft['type'], shop: string): string[] {
  const why =
    type === 'ad'
      ? `このメールは、${shop}をお気に入りショップに登録されたお客様にお送りしています。`
      : type === 'compensation'
        ? `このメールは、${shop}で商品をご購入いただいたお客様にお送りしています。`
        : `このメールは、${shop}からのショップクーポンのお知らせです。`;
  return [
    why,
    'クーポンのお知らせの受信設定は、Qoo10のマイページから変更できます。',
    '本メールは送信専用です。ご返信いただいてもお答えできません。',
  ];
}

/** The coupon in one line, as the QPOST note and the preheader say it. */
function couponLine(coupon: CouponBlock): string {
  if (coupon.placeholder) return coupon.discount;
  const details = [coupon.discount, coupon.condition].filter(Boolean).join(' / ');
  return `クーポン番号 ${coupon.number}（${details}）`;
}

/** What customers receive on each channel for this draft; placeholders where the draft is not filled in. */
export function buildPreview(draft: PushDraft, shop: { name?: string }): Preview {
  const shopName = shop.name?.trim() || PLACEHOLDERS.shop;
  const coupon = couponBlock(draft.coupon);
  const items = itemsBlock(draft.items);
  const banner = bannerBlock(draft.banner);
  const sendAtInstant = sendAtOf(draft);

  const gaps: PreviewGap[] = [];
  if (!draft.type) gaps.push('type');
  if (coupon.placeholder) gaps.push('coupon');
  if (!shop.name?.trim()) gaps.push('shop');
  if (items.placeholder) gaps.push('items');
  if (banner?.placeholder) gaps.push('banner-image');
  if (!sendAtInstant) gaps.push('send-at');

  const intro = couponIssuedLine(shopName);
  const qpostBody = [
    intro,
    couponLine(coupon),
    ...(coupon.period ? [`利用期間: ${coupon.period}`] : []),
  ].join('\n');

  return {
    sendAt: sendAtInstant ? toJstIso(sendAtInstant) : null,
    shop: shopName,
    email: {
      from: 'Qoo10',
      subject: EMAIL_SUBJECT,
      ...(coupon.placeholder
        ? {}
        : { preheader: `${shopName}の${coupon.discount}クーポンをお使いください。` }),
      intro,
      coupon,
      cta: EMAIL_COUPON_BUTTON,
      items,
      banner,
      footer: footer(draft.type, shopName),
    },
    qpost: { from: shopName, title: QPOST_TITLE, body: qpostBody },
    app: { sender: APP_PUSH_SENDER, body: APP_PUSH_TEXT },
    gaps,
  };
}
