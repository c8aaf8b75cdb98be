// @vitest-environment happy-dom
/**
 * The push form read from the fixture pages in four languages, mutated copies of them, watchDraft,
 * and pages that are not the form. Over 300 lines: one page set, each reading checked against it.
 */
import { describe, expect, it } from 'vitest';
import { detectQsmLang, findPushForm, readDraft, watchDraft } from '../../../lib/qsm';
import { numberInOptionText } from '../../../lib/qsm/form';
import { pushDraftSchema } from '../../../lib/schema';
import { langs, renameIds, usePages } from './page';

const open = usePages();

describe.each(langs)('the coupon push page in %s', (lang) => {
  it('is found by its labels, with every field and control', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    const form = findPushForm(document);
    expect(form).not.toBeNull();
    if (!form) return;
    expect(form.lang).toBe(lang);
    expect(form.missing).toEqual([]);
    expect(Object.keys(form.rows).sort()).toEqual(
      ['audience', 'banner', 'coupon', 'items', 'recipients', 'sendDate', 'sendTime', 'type'].sort(),
    );
    expect(form.rows.type?.id).toMatch(/trType$/);
    expect(form.rows.audience?.id).toMatch(/trSendToAd$/);
    expect(form.rows.recipients?.id).toMatch(/trSendToComp$/);
    const ids = Object.fromEntries(Object.entries(form.controls).map(([key, el]) => [key, el?.id]));
    expect(ids).toEqual({
      apply: expect.stringMatching(/btnApply$/),
      history: expect.stringMatching(/btnHistory$/),
      preview: expect.stringMatching(/btnPreview$/),
      sendDate: expect.stringMatching(/txtSendDate$/),
      sendTime: expect.stringMatching(/ddlSendTime$/),
      bannerFile: expect.stringMatching(/fuBanner$/),
      orderUploadOpen: expect.stringMatching(/btnOrderUploadOpen$/),
      orderFile: expect.stringMatching(/fuOrderExcel$/),
      orderUploadSubmit: expect.stringMatching(/btnUploadFile$/),
    });
    expect(form.root.contains(form.controls.apply ?? null)).toBe(true);
    expect(detectQsmLang(document)).toBe(lang);
  });

  it('reads the draft the page shows when it loads', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    const form = findPushForm(document);
    if (!form) throw new Error('form not found');
    const { draft, missing } = readDraft(form);
    expect(missing).toEqual([]);
    expect(pushDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toEqual({
      type: 'ad',
      coupon: null,
      items: { mode: 'auto', topN: 4 },
      audience: { fanCount: 36212, period: 'all' },
      recipients: { uploaded: 0, selected: 0 },
      sendDate: '2026-11-29',
      sendTime: '10:00',
      banner: { enabled: false, image: null, link: 'minishop' },
    });
  });

  it('keeps the watched draft current as the seller edits', async () => {
    const p = await open(`coupon-push.${lang}`);
    const { byKey, fire, settle } = p;
    const form = findPushForm(p.document);
    if (!form) throw new Error('form not found');
    const abort = new AbortController();
    const read = watchDraft(form, abort.signal);

    const coupon = byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207384';
    fire(coupon, 'change');
    await settle();
    expect(read.value.draft.coupon).toEqual({
      number: '1207384',
      label: expect.stringContaining('10'),
      validFrom: '2026-11-23T00:00:00+09:00',
      validTo: '2027-01-02T23:59:00+09:00',
      qstoreOnly: false,
    });

    coupon.value = '1207399';
    fire(coupon, 'change');
    await settle();
    expect(read.value.draft.coupon).toMatchObject({ number: '1207399', qstoreOnly: true });

    byKey<HTMLInputElement>('rdoTypeComp').click();
    await settle();
    expect(read.value.draft.type).toBe('compensation');

    const file = byKey<HTMLInputElement>('fuOrderExcel');
    const csv = new p.window.File(['Order No.\n262749754\n262749886\n262749887\n'], 'orders.csv', {
      type: 'text/csv',
    });
    Object.defineProperty(file, 'files', { value: [csv], configurable: true });
    fire(file, 'change');
    await settle();
    expect(read.value.draft.recipients).toEqual({ uploaded: 3, selected: 0 });
    const boxes = Array.from(
      byKey('tblBuyers').querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]'),
    );
    boxes[0]?.click();
    boxes[2]?.click();
    await settle();
    expect(read.value.draft.recipients).toEqual({ uploaded: 3, selected: 2 });

    const time = byKey<HTMLSelectElement>('ddlSendTime');
    time.value = '14:30';
    fire(time, 'change');
    byKey('txtSendDate').click();
    const days = Array.from(byKey('divCalendar').querySelectorAll<HTMLAnchorElement>('a'));
    expect(days.map((a) => a.dataset.date)).toEqual(['2026/11/29', '2026/11/30', '2026/12/01']);
    days[2]?.click();
    await settle();
    expect(read.value.draft).toMatchObject({ sendDate: '2026-12-01', sendTime: '14:30' });

    byKey<HTMLInputElement>('chkBanner').click();
    byKey<HTMLInputElement>('rdoLinkPlan').click();
    await settle();
    expect(read.value.draft.banner).toEqual({ enabled: true, image: null, link: 'special' });
    expect(read.value.missing).toEqual([]);
    abort.abort();
  });

  it('reads manual goods in the order the seller picked them, and the fan period', async () => {
    const p = await open(`coupon-push.${lang}`);
    const { byKey, fire, settle } = p;
    const form = findPushForm(p.document);
    if (!form) throw new Error('form not found');
    const abort = new AbortController();
    const read = watchDraft(form, abort.signal);

    const topN = byKey<HTMLSelectElement>('ddlGoodsTopN');
    topN.value = '12';
    fire(topN, 'change');
    await settle();
    expect(read.value.draft.items).toEqual({ mode: 'auto', topN: 12 });

    byKey('btnGoodsSelect').click();
    const results = Array.from(byKey('divGoodsResult').querySelectorAll<HTMLAnchorElement>('a'));
    const picked = [results[5], results[0], results[9]].map((a) => a?.dataset.goodsNo);
    results[5]?.click();
    results[0]?.click();
    results[9]?.click();
    byKey('btnGoodsConfirm').click();
    await settle();
    expect(read.value.draft.items).toEqual({ mode: 'manual', itemIds: picked });

    byKey<HTMLInputElement>('rdoRegPeriod').click();
    await settle();
    const audience = read.value.draft.audience;
    expect(audience.period).toEqual({ from: '2026-10-29', to: '2026-11-28' });
    // The page counts fans registered in the period: 31 of the shop's 2000 days.
    expect(audience.fanCount).toBe(Math.round((36212 * 31) / 2000));
    abort.abort();
  });
});

describe('the fixture itself', () => {
  it('offers the choices the manual shows', async () => {
    const p = await open('coupon-push.zh');
    const values = (key: string) =>
      Array.from(p.byKey<HTMLSelectElement>(key).options).map((option) => option.value);
    const times = values('ddlSendTime');
    expect(times).toHaveLength(25);
    expect([times[0], times[1], times[24]]).toEqual(['10:00', '10:30', '22:00']);
    expect(values('ddlGoodsTopN')).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 4)));
    expect(p.byKey<HTMLSelectElement>('ddlGoodsTopN').selectedOptions[0]?.text).toBe('4(基础)');
    expect(p.byKey<HTMLInputElement>('fuBanner').accept).toBe('image/*');
    expect(p.document.querySelector<HTMLInputElement>('#__VIEWSTATE')?.value).not.toBe('');
  });

  it('lets the manual goods list hold at most 16 items, in the order picked', async () => {
    const p = await open('coupon-push.zh');
    p.byKey('btnGoodsSelect').click();
    const results = Array.from(p.byKey('divGoodsResult').querySelectorAll<HTMLAnchorElement>('a'));
    expect(results.length).toBeGreaterThan(16);
    for (const result of results.slice(0, 17)) result.click();
    p.byKey('btnGoodsConfirm').click();
    const form = findPushForm(p.document) ?? fail();
    expect(readDraft(form).draft.items).toEqual({
      mode: 'manual',
      itemIds: results.slice(0, 16).map((a) => a.dataset.goodsNo),
    });
  });
});

describe('watchDraft', () => {
  it('stops updating once aborted', async () => {
    const p = await open('coupon-push.zh');
    const form = findPushForm(p.document);
    if (!form) throw new Error('form not found');
    const abort = new AbortController();
    const read = watchDraft(form, abort.signal);
    abort.abort();
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    await p.settle();
    expect(read.value.draft.type).toBe('ad');
    expect(readDraft(form).draft.type).toBe('compensation');
  });
});

describe('watchDraft on DOM mutations', () => {
  it('updates when the page adds rows without any event', async () => {
    const p = await open('coupon-push.zh');
    const form = findPushForm(p.document);
    if (!form) throw new Error('form not found');
    const abort = new AbortController();
    const read = watchDraft(form, abort.signal);
    const body = p.byKey('tblBuyers').querySelector('tbody');
    for (const order of ['262749754', '262749886']) {
      const row = p.document.createElement('tr');
      const cell = p.document.createElement('td');
      const box = p.document.createElement('input');
      box.type = 'checkbox';
      box.value = order;
      box.setAttribute('checked', 'checked');
      cell.appendChild(box);
      row.appendChild(cell);
      body?.appendChild(row);
    }
    expect(read.value.draft.recipients).toEqual({ uploaded: 0, selected: 0 });
    await p.settle();
    expect(read.value.draft.recipients).toEqual({ uploaded: 2, selected: 2 });
    abort.abort();
  });
});

describe('a large upload', () => {
  it('counts a thousand uploaded buyers', async () => {
    const p = await open('coupon-push.en');
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    const orders = Array.from({ length: 1000 }, (_, i) => String(262700000 + i * 7));
    const file = p.byKey<HTMLInputElement>('fuOrderExcel');
    const csv = new p.window.File([`Order No.\n${orders.join('\n')}\n`], 'orders.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'files', { value: [csv], configurable: true });
    p.fire(file, 'change');
    await p.settle();
    p.byKey<HTMLInputElement>('chkBuyerAll').click();
    const form = findPushForm(p.document) ?? fail();
    expect(readDraft(form).draft.recipients).toEqual({ uploaded: 1000, selected: 1000 });
  });
});

describe('the markup without the page script', () => {
  it('still reads what the server rendered', async () => {
    const { document } = await open('coupon-push.ja', { scripts: false });
    const form = findPushForm(document);
    if (!form) throw new Error('form not found');
    expect(readDraft(form)).toEqual({
      draft: {
        type: 'ad',
        coupon: null,
        items: { mode: 'auto', topN: 4 },
        audience: { fanCount: null, period: 'all' },
        recipients: { uploaded: 0, selected: 0 },
        sendDate: null,
        sendTime: '10:00',
        banner: { enabled: false, image: null, link: 'minishop' },
      },
      missing: [],
    });
  });
});

describe.each(langs)('mutated copies in %s', (lang) => {
  it('reads the same with every id and name renamed', async () => {
    const p = await open(`coupon-push.${lang}`);
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207391';
    p.fire(coupon, 'change');
    p.byKey<HTMLInputElement>('rdoLinkGoods').click();
    const before = readDraft(findPushForm(p.document) ?? fail());
    renameIds(p.document);
    expect(p.document.querySelector('[id^="ctl00_"]')).toBeNull();
    const form = findPushForm(p.document);
    expect(form?.lang).toBe(lang);
    expect(form?.missing).toEqual([]);
    expect(Object.keys(form?.controls ?? {}).length).toBe(9);
    const after = readDraft(form ?? fail());
    expect(after).toEqual(before);
    expect(after.draft.coupon?.number).toBe('1207391');
    expect(after.draft.banner.link).toBe('item');
  });

  it('reads the same with the rows in another order', async () => {
    const p = await open(`coupon-push.${lang}`);
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    const before = readDraft(findPushForm(p.document) ?? fail());
    const body = p.byKey('tblCouponPush').querySelector('tbody');
    if (!body) throw new Error('no tbody');
    for (const row of Array.from(body.children).reverse()) body.appendChild(row);
    expect(body.firstElementChild?.id).toMatch(/trBanner$/);
    const after = readDraft(findPushForm(p.document) ?? fail());
    expect(after).toEqual(before);
    expect(after.draft.type).toBe('compensation');
  });

  it.each([
    ['type', 'trType'],
    ['coupon', 'trCoupon'],
    ['items', 'trGoods'],
    ['recipients', 'trSendToComp'],
    ['banner', 'trBanner'],
  ] as const)('reports %s as missing when its row is gone, and reads the rest', async (field, rowKey) => {
    const p = await open(`coupon-push.${lang}`);
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207384';
    p.fire(coupon, 'change');
    const before = readDraft(findPushForm(p.document) ?? fail()).draft;
    p.byKey(rowKey).remove();
    const form = findPushForm(p.document);
    expect(form?.missing).toEqual([field]);
    expect(form?.rows[field]).toBeUndefined();
    const { draft, missing } = readDraft(form ?? fail());
    expect(missing).toEqual([field]);
    const { [field]: _gone, ...rest } = draft;
    const { [field]: _was, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('reports the send time alone as missing when only its select is gone', async () => {
    const p = await open(`coupon-push.${lang}`);
    const form = findPushForm(p.document) ?? fail();
    p.byKey('ddlSendTime').remove();
    const { draft, missing } = readDraft(form);
    expect(missing).toEqual(['sendTime']);
    expect(draft.sendTime).toBeNull();
    expect(draft.sendDate).toBe('2026-11-29');
  });

  it('keeps the audience readable from 查询条件 when the fan count row is gone', async () => {
    const p = await open(`coupon-push.${lang}`);
    p.byKey('trSendToAd').remove();
    const form = findPushForm(p.document) ?? fail();
    expect(form.missing).toEqual([]);
    expect(readDraft(form).draft.audience).toEqual({ fanCount: 36212, period: 'all' });
  });
});

describe('numberInOptionText', () => {
  it('reads the coupon number a coupon option ends with, as the fixture page writes it', () => {
    expect(numberInOptionText('冬のありがとうクーポン (1207384)')).toBe('1207384');
    expect(numberInOptionText('[Qstore专用] 夏 (1207390) ')).toBe('1207390');
    expect(numberInOptionText('(1207384) 冬のクーポン')).toBeUndefined();
    expect(numberInOptionText('-- 选择 --')).toBeUndefined();
  });
});

describe('pages that are not the push form', () => {
  it('finds nothing on another QSM page', async () => {
    const { document } = await open('other-page.zh');
    expect(findPushForm(document)).toBeNull();
    expect(detectQsmLang(document)).toBe('zh');
  });

  it('finds nothing in an empty document and never throws on odd markup', async () => {
    const { document } = await open('other-page.zh', {
      html: '<html><body><table><tr><th>类型</th></tr><tr><td></td><th>店铺优惠券</th></tr></table></body></html>',
    });
    expect(findPushForm(document)).toBeNull();
    expect(findPushForm(document.createElement('div'))).toBeNull();
  });
});

function fail(): never {
  throw new Error('form not found');
}
