// @vitest-environment happy-dom
/**
 * The page report: the structure and QSM's words, never a seller's or customer's value. Each
 * fixture is filled the way a seller would (coupon, buyers, goods, history open), then its report
 * is searched for every data value the page shows; and a skeleton page rebuilt from the report alone
 * must read with the same fields found and missing.
 */
import { describe, expect, it } from 'vitest';
import { findOrderUpload, findPushForm, pageReport, readDraft } from '../../../lib/qsm';
import {
  type FrameReport,
  pageReportSchema,
  type ReportControl,
  type ReportList,
  shapeOf,
} from '../../../lib/report/schema';
import { type LoadedPage, langs, NOW, relabel, usePages } from './page';

const open = usePages();

/** Every value the fixture pages show that belongs to the seller or their customers. */
const dataValues = [
  // coupons: numbers, names, conditions, periods
  '1207384',
  '1207391',
  '1207399',
  '1207412',
  '1207302',
  '冬のありがとうクーポン',
  'ファン限定',
  '新春先行クーポン',
  '3,000',
  '2026/11',
  '2026-11',
  '2027/01',
  // shop, fans, history ids, recipients
  'Qoo10 サンプルショップ',
  'サンプルショップ',
  '36212',
  '36,212',
  '2611024',
  '2611023',
  '2611019',
  '35980',
  // buyers: order numbers and masked ids
  '262749754',
  '262749886',
  '234*****',
  // goods: item numbers and names
  '921676424',
  '921677797',
  '921679170',
  '921680543',
  'ケーブルニット',
  'Tシャツ',
  // a seller's e-mail, typed into a field
  'seller@example.jp',
];

function leaks(report: unknown): string[] {
  const json = JSON.stringify(report);
  return dataValues.filter((value) => json.includes(value));
}

/** A page as a seller has it when asking for help: every kind of data on screen. */
async function filled(p: LoadedPage, real: boolean): Promise<void> {
  const release = () => (p.window as unknown as { QSM_release?: () => void }).QSM_release?.();
  release();
  const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
  coupon.value = '1207384';
  p.fire(coupon, 'change');
  p.byKey<HTMLInputElement>('rdoTypeComp').click();
  if (real) {
    (p.window as unknown as { QSM_receiveOrders(o: unknown[]): void }).QSM_receiveOrders([
      { no: '262749754', mask: '234*****', count: 1, amount: 900 },
      { no: '262749886', mask: '234*****', count: 2, amount: 1800 },
    ]);
    // The goods picker's results and the chosen goods are grids: three ticked, one unticked again.
    p.byKey('btnGoodsSelect').click();
    release();
    const results = p.document.querySelectorAll<HTMLElement>('#__grid_GoodsResult .objbox img');
    for (const i of [0, 1, 2, 3]) results[i]?.click();
    p.byKey('btnGoodsConfirm').click();
    p.document.querySelectorAll<HTMLElement>('#__grid_GoodsChosen .objbox img')[3]?.click();
  } else {
    const input = p.byKey<HTMLInputElement>('fuOrderExcel');
    const file = new p.window.File(['262749754\n262749886\n'], 'orders.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    p.fire(input, 'change');
    await p.settle();
    p.byKey('btnGoodsSelect').click();
    for (const card of Array.from(p.document.querySelectorAll<HTMLElement>('[data-goods-no]')).slice(0, 3))
      card.click();
    p.byKey('btnGoodsConfirm').click();
  }
  p.byKey<HTMLInputElement>('txtGoodsKeyword').value = 'seller@example.jp';
  p.byKey('btnHistory').click();
  release();
  await p.settle();
}

const pages = [
  ...langs.map((lang) => ({ name: `coupon-push.${lang}`, real: false })),
  ...(['zh', 'ja', 'en'] as const).map((lang) => ({ name: `coupon-push-real.${lang}`, real: true })),
];

describe.each(pages)('the page report of $name', ({ name, real }) => {
  it('holds none of the page’s data values, keeps its labels and says what the adapter found', async () => {
    const p = await open(name, { server: { now: NOW, service: 'hold' } });
    await filled(p, real);
    // The data is really on the page, so its absence from the report means something.
    const html =
      p.document.documentElement.outerHTML +
      Array.from(p.document.querySelectorAll('input'))
        .map((i) => i.value)
        .join(' ');
    for (const value of [
      '1207384',
      '262749754',
      '36212',
      'Qoo10 サンプルショップ',
      '921676424',
      'ケーブルニット',
    ])
      expect(html).toContain(value);

    const report = pageReportSchema.parse(pageReport(p.document));
    expect(leaks(report)).toEqual([]);
    const [frame] = report.frames;
    if (!frame) throw new Error('no frame');
    expect(frame.url).toBe(`https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/${name}.aspx`);
    const form = findPushForm(p.document);
    const labels = frame.rows.map((row) => row.label);
    for (const row of Object.values(form?.rows ?? {})) {
      expect(labels).toContain(row.querySelector('th')?.textContent?.trim());
    }
    expect(frame.adapter.form).toEqual({
      found: true,
      lang: form?.lang,
      fields: Object.fromEntries(Object.keys(frame.adapter.form.fields).map((f) => [f, 'read'])),
    });
    expect(frame.adapter.history.found).toBe(true);
    expect(frame.adapter.orderUpload).toBe(!real);
    expect(frame.lists.some((l) => l.kind === (real ? 'grid' : 'table'))).toBe(true);
    if (real) {
      const goods = frame.rows.find((row) => row.recognisedAs === 'goods');
      expect(goods?.lists.map((l) => [l.kind, l.rows, l.checkboxes])).toEqual([['grid', 4, 'image']]);
      expect(readDraft(form ?? fail()).draft.items).toMatchObject({ mode: 'manual', itemIds: { length: 3 } });
    }
  });

  it('is enough to rebuild a skeleton page that reads with the same fields found and missing', async () => {
    const p = await open(name, { server: { now: NOW, service: 'hold' } });
    await filled(p, real);
    // A partly read form too: one row's labels and controls gone.
    p.byKey(real ? 'trBanner' : 'trGoods').remove();
    relabel(p, (row) => (row === 'trCoupon' ? 'Gutschein' : null));
    const form = findPushForm(p.document) ?? fail();
    const report = pageReport(p.document);
    const [frame] = report.frames;
    if (!frame) throw new Error('no frame');
    const skeleton = await open('other-page.zh', { scripts: false, html: skeletonHtml(frame) });
    const rebuilt = findPushForm(skeleton.document) ?? fail();
    expect(rebuilt.missing).toEqual(form.missing);
    expect(Object.keys(rebuilt.rows).sort()).toEqual(Object.keys(form.rows).sort());
    expect(readDraft(rebuilt).missing).toEqual(readDraft(form).missing);
    expect(pageReport(skeleton.document).frames[0]?.adapter.form.fields).toEqual(frame.adapter.form.fields);
    expect(findOrderUpload(skeleton.document) !== null).toBe(frame.adapter.orderUpload);
  });
});

describe('shapes', () => {
  it('turn digits into 9 and letters of any script into a, capped', () => {
    expect(shapeOf('冬のクーポン (1207384)')).toBe('aaaaaa (9999999)');
    expect(shapeOf('seller@example.jp')).toBe('aaaaaa@aaaaaaa.aa');
    expect(shapeOf('x'.repeat(100))).toBe(`${'a'.repeat(24)}…`);
  });
});

/** A page holding only what the report says: rows with their controls and lists, buttons, file fields. */
function skeletonHtml(frame: FrameReport): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const attrs = (c: ReportControl) =>
    [c.id && `id="${esc(c.id)}"`, c.name && `name="${esc(c.name)}"`, c.accept && `accept="${esc(c.accept)}"`]
      .filter(Boolean)
      .join(' ');
  const control = (c: ReportControl): string => {
    if (c.image) return '<img src="item_chk0.gif">';
    if (c.tag === 'select')
      return `<select ${attrs(c)}>${(c.options ?? []).map((o) => `<option>${esc(o)}</option>`).join('')}</select>`;
    if (c.tag === 'input') {
      const type = c.type ?? 'text';
      if (['button', 'submit'].includes(type))
        return `<input type="${type}" ${attrs(c)} value="${esc(c.label ?? '')}">`;
      const label = c.label && c.id ? `<label for="${esc(c.id)}">${esc(c.label)}</label>` : '';
      return `<input type="${type}" ${attrs(c)}>${label}`;
    }
    if (c.tag === 'a') return `<a class="btn" ${attrs(c)}>${esc(c.label ?? '')}</a>`;
    return `<${c.tag} ${attrs(c)}>${esc(c.label ?? '')}</${c.tag}>`;
  };
  const list = (l: ReportList) => {
    const box =
      l.checkboxes === 'image' ? '<img src="item_chk0.gif">' : l.checkboxes ? '<input type="checkbox">' : '';
    const body = Array.from(
      { length: l.rows },
      () => `<tr>${l.headers.map((_, i) => `<td>${i === 0 ? box : 'a'}</td>`).join('')}</tr>`,
    );
    return `<table><tr>${l.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${body.join('')}</table>`;
  };
  const rows = frame.rows
    .filter((r) => r.recognisedAs)
    .map(
      (r) =>
        `<tr><th>${esc(r.label)}</th><td>${r.controls.map(control).join(' ')}${r.lists.map(list).join('')}</td></tr>`,
    );
  return `<html lang="${esc(frame.htmlLang)}"><head><title>${esc(frame.title)}</title></head><body><form>
<table>${rows.join('\n')}</table>
${frame.buttons.map(control).join('\n')}
<div>${frame.fileFields.map(control).join('\n')}</div>
</form></body></html>`;
}

function fail(): never {
  throw new Error('form not found');
}
