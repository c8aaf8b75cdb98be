import { describe, expect, it } from 'vitest';
import {
  APP_PUSH_TEXT,
  buildPreview,
  EMAIL_SUBJECT,
  PLACEHOLDERS,
  parseCouponLabel,
} from '../../../lib/preview';
import { emptyDraft, type PushDraft } from '../../../lib/schema';

function draft(over: Partial<PushDraft> = {}): PushDraft {
  return {
    ...emptyDraft(),
    type: 'ad',
    coupon: {
      number: '1207384',
      label: '10% 割引 / 3,000円以上購入時',
      validFrom: '2026-11-23T00:00:00+09:00',
      validTo: '2027-01-02T23:59:00+09:00',
      qstoreOnly: false,
    },
    sendDate: '2026-11-30',
    sendTime: '15:00',
    ...over,
  };
}

const shop = { name: 'さくら雑貨店' };

describe('buildPreview', () => {
  it('gives the three channels the texts Qoo10 sends, with the fixed subject and app push', () => {
    const preview = buildPreview(draft(), shop);
    expect(EMAIL_SUBJECT).toBe('[Qoo10] ショップクーポンが発行されました！');
    expect(APP_PUSH_TEXT).toBe('[クーポン] ショップクーポンが発行されました。');
    expect(preview.email.subject).toBe(EMAIL_SUBJECT);
    expect(preview.app.body).toBe(APP_PUSH_TEXT);
    expect(preview.app.sender).toBe('Qoo10');
    expect(preview.email.intro).toBe('さくら雑貨店からショップクーポンが発行されました。');
    expect(preview.qpost.from).toBe('さくら雑貨店');
    expect(preview.qpost.body.split('\n')).toEqual([
      'さくら雑貨店からショップクーポンが発行されました。',
      'クーポン番号 1207384（10%OFF / 3,000円以上購入時）',
      '利用期間: 2026/11/23 00:00 〜 2027/01/02 23:59',
    ]);
    expect(preview.email.preheader).toContain('10%OFF');
    expect(preview.sendAt).toBe('2026-11-30T15:00:00+09:00');
    expect(preview.gaps).toEqual([]);
  });

  it('puts the coupon number, discount, condition and period in the e-mail’s coupon block', () => {
    expect(buildPreview(draft(), shop).email.coupon).toEqual({
      number: '1207384',
      discount: '10%OFF',
      condition: '3,000円以上購入時',
      period: '2026/11/23 00:00 〜 2027/01/02 23:59',
      placeholder: false,
    });
  });

  it('shows the usable period in JST whatever offset the draft carries', () => {
    const coupon = { number: '1', qstoreOnly: false, validFrom: '2026-11-22T15:00:00Z' };
    expect(buildPreview(draft({ coupon }), shop).email.coupon.period).toBe('2026/11/23 00:00 〜');
  });

  it('fills the BEST ITEM block with the top N when the goods are chosen automatically', () => {
    const { items } = buildPreview(draft({ items: { mode: 'auto', topN: 7 } }), shop).email;
    expect(items.heading).toBe('BEST ITEM');
    expect(items.mode).toBe('auto');
    expect(items.caption).toBe('ショップ人気上位 7 商品');
    expect(items.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items.items.every((i) => i.itemId === null)).toBe(true);
  });

  it('keeps hand-picked items in the seller’s order, with their item pages', () => {
    const ids = ['921676424', '100000002', '555555555'];
    const { items } = buildPreview(draft({ items: { mode: 'manual', itemIds: ids } }), shop).email;
    expect(items.mode).toBe('manual');
    expect(items.items.map((i) => i.itemId)).toEqual(ids);
    expect(items.items.map((i) => i.label)).toEqual(ids.map((id) => `商品番号 ${id}`));
    expect(items.items[0]?.url).toBe('https://www.qoo10.jp/g/921676424');
    expect(items.placeholder).toBe(false);
  });

  it('shows a placeholder when manual mode has no item yet', () => {
    const preview = buildPreview(draft({ items: { mode: 'manual', itemIds: [] } }), shop);
    expect(preview.email.items.caption).toBe(PLACEHOLDERS.items);
    expect(preview.email.items.placeholder).toBe(true);
    expect(preview.gaps).toContain('items');
  });

  it('has no banner block when the banner is off, and one with its jump link when on', () => {
    expect(buildPreview(draft(), shop).email.banner).toBeNull();
    const image = { type: 'image/png', width: 1860, height: 240, bytes: 5000 };
    const on = buildPreview(draft({ banner: { enabled: true, image, link: 'special' } }), shop);
    expect(on.email.banner).toEqual({
      link: 'special',
      linkLabel: '販売者企画展',
      image: { type: 'image/png', width: 1860, height: 240 },
      placeholder: false,
    });
    expect(on.gaps).not.toContain('banner-image');
  });

  it('marks a ticked banner without an image as a placeholder', () => {
    const preview = buildPreview(draft({ banner: { enabled: true, image: null, link: 'item' } }), shop);
    expect(preview.email.banner).toMatchObject({ linkLabel: '商品ページ', image: null, placeholder: true });
    expect(preview.gaps).toContain('banner-image');
  });

  it('uses clear placeholders and lists the gaps while nothing is filled in', () => {
    const preview = buildPreview(emptyDraft(), {});
    expect(preview.email.coupon).toMatchObject({
      number: null,
      discount: PLACEHOLDERS.coupon,
      placeholder: true,
    });
    expect(preview.email.preheader).toBeUndefined();
    expect(preview.email.intro).toContain(PLACEHOLDERS.shop);
    expect(preview.qpost.body).toContain(PLACEHOLDERS.coupon);
    expect(preview.sendAt).toBeNull();
    expect(preview.gaps).toEqual(['type', 'coupon', 'shop', 'send-at']);
    // The fixed texts do not depend on the draft.
    expect(preview.email.subject).toBe(EMAIL_SUBJECT);
    expect(preview.app.body).toBe(APP_PUSH_TEXT);
  });

  it('tells fans and buyers apart in the e-mail footer', () => {
    const fans = buildPreview(draft({ type: 'ad' }), shop).email.footer[0];
    const buyers = buildPreview(draft({ type: 'compensation' }), shop).email.footer[0];
    expect(fans).toContain('お気に入りショップ');
    expect(buyers).toContain('ご購入');
    expect(fans).not.toBe(buyers);
  });

  it('falls back to QSM’s own label when it cannot be read', () => {
    const coupon = { number: '42', label: '特別クーポン', qstoreOnly: false };
    expect(buildPreview(draft({ coupon }), shop).email.coupon).toMatchObject({
      discount: '特別クーポン',
      condition: null,
      period: null,
    });
  });
});

describe('parseCouponLabel', () => {
  it.each([
    ['10% 割引 / 3,000円以上購入時', '10%OFF', '3,000円以上購入時'],
    ['10% 打折 / 3,000円以上购买时', '10%OFF', '3,000円以上購入時'],
    ['15% off / orders of 5,000 JPY or more', '15%OFF', '5,000円以上購入時'],
    ['500円 割引 / 3000円以上購入時', '500円OFF', '3,000円以上購入時'],
    ['1,000 JPY off / orders of 10000 JPY or more', '1,000円OFF', '10,000円以上購入時'],
    ['１０％ 割引 ／ ２０００円以上', '10%OFF', '2,000円以上購入時'],
    ['20% off', '20%OFF', null],
  ])('%s', (label, discount, condition) => {
    expect(parseCouponLabel(label)).toEqual({ discount, condition });
  });

  it('returns null for a label without a discount', () => {
    expect(parseCouponLabel('期間限定')).toBeNull();
  });
});
