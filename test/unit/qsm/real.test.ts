// @vitest-environment happy-dom
/**
 * The structures the real portal is known to use (coupon-push-real.<lang>): coupons arriving from a
 * JSON service after load, the buyers list, the goods (picker and chosen) and the history as DHTMLX
 * grids with image checkboxes, the history an in-page layer (div.gsm_BasicLayer) built only when
 * opened, its rows arriving late.
 */
import { describe, expect, it } from 'vitest';
import { findHistoryDialog, findPushForm, historyRecords, readDraft, watchDraft } from '../../../lib/qsm';
import { type LoadedPage, NOW, relabel, usePages } from './page';

const open = usePages();
const realLangs = ['zh', 'ja', 'en'] as const;
/** The service answers from the page's own data, when the test releases it (see page-real.js). */
const server = { now: NOW, service: 'hold' };

/** Lets the page's service answer every call made so far, as QSM's answers some time after load. */
function answer(p: LoadedPage): void {
  (p.window as unknown as { QSM_release(): void }).QSM_release();
}

const form = (p: LoadedPage) => findPushForm(p.document) ?? fail();

describe.each(realLangs)('the real-structure push page in %s', (lang) => {
  it('is found at load, and its coupons are read once the service has answered', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    const found = form(p);
    expect(found.lang).toBe(lang);
    expect(found.missing).toEqual([]);
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    expect(coupon.options.length).toBe(1);
    const abort = new AbortController();
    const read = watchDraft(found, abort.signal);
    expect(read.value.draft.coupon).toBeNull();
    answer(p);
    expect(coupon.options.length).toBe(5);
    coupon.value = '1207384';
    p.fire(coupon, 'change');
    await expect.poll(() => read.value.draft.coupon?.number, { timeout: 5000 }).toBe('1207384');
    abort.abort();
  });

  it('reads the same draft with its row labels replaced by unknown words', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    answer(p);
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    const coupon = p.byKey<HTMLSelectElement>('ddlCoupon');
    coupon.value = '1207384';
    p.fire(coupon, 'change');
    const before = readDraft(form(p));
    expect(relabel(p, (_row, n) => `?${n}?`)).toBeGreaterThanOrEqual(9);
    expect(readDraft(form(p))).toEqual(before);
    expect(form(p).missing).toEqual([]);
  });

  it('reads the buyers from a grid whose boxes are images', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    p.byKey<HTMLInputElement>('rdoTypeComp').click();
    expect(readDraft(form(p)).draft.recipients).toEqual({ uploaded: 0, selected: 0 });
    const win = p.window as unknown as { QSM_receiveOrders(orders: unknown[]): void };
    win.QSM_receiveOrders(
      ['262749754', '262749755', '262749756'].map((no) => ({ no, mask: '234*****', count: 1, amount: 900 })),
    );
    const boxes = Array.from(p.document.querySelectorAll<HTMLImageElement>('#__grid_Buyers .objbox img'));
    expect(boxes).toHaveLength(3);
    boxes[0]?.click();
    boxes[2]?.click();
    const { draft, missing } = readDraft(form(p));
    expect(missing).toEqual([]);
    expect(draft.recipients).toEqual({ uploaded: 3, selected: 2 });
  });

  it('reads the chosen goods from their grid: ticked rows only, in the order picked', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    p.byKey('btnGoodsSelect').click();
    expect(resultBoxes(p)).toHaveLength(0);
    answer(p);
    const results = resultBoxes(p);
    expect(results).toHaveLength(20);
    const no = (i: number) => results[i]?.closest('tr')?.getAttribute('idd');
    // Ticked in the dialog: 5, 0, 7, 9, 3; 7 unticked again before confirming.
    for (const i of [5, 0, 7, 9, 3, 7]) results[i]?.click();
    p.byKey('btnGoodsConfirm').click();
    const chosen = Array.from(
      p.document.querySelectorAll<HTMLImageElement>('#__grid_GoodsChosen .objbox img'),
    );
    expect(chosen).toHaveLength(4);
    expect(readDraft(form(p)).draft.items).toEqual({ mode: 'manual', itemIds: [no(5), no(0), no(9), no(3)] });
    // Unticked in the form: the row stays in the grid, but the push leaves it out.
    chosen[1]?.click();
    expect(p.document.querySelectorAll('#__grid_GoodsChosen .objbox tr[idd]')).toHaveLength(4);
    const { draft, missing } = readDraft(form(p));
    expect(missing).toEqual([]);
    expect(draft.items).toEqual({ mode: 'manual', itemIds: [no(5), no(9), no(3)] });
    expect(p.byKey<HTMLInputElement>('hdnGoodsNos').value).toBe([no(5), no(9), no(3)].join(','));
  });

  it('reads the history layer once it is opened and its grids are filled', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    expect(findHistoryDialog(p.document)).toBeNull();
    expect(p.document.querySelector('.gsm_BasicLayer')).toBeNull();
    p.byKey('btnHistory').click();
    // The layer is there at once, its rows only when the service answers.
    expect(p.document.querySelector('.gsm_BasicLayer')).not.toBeNull();
    expect(findHistoryDialog(p.document)?.rows ?? []).toEqual([]);
    answer(p);
    expect(findHistoryDialog(p.document)?.rows.length).toBe(10);
    const dialog = findHistoryDialog(p.document) ?? fail();
    expect(dialog.lang).toBe(lang);
    expect(dialog.root.classList.contains('gsm_BasicLayer')).toBe(true);
    const cancel = dialog.rows.filter((row) => row.tab === 'cancel');
    expect(cancel.map((row) => [row.id, row.couponNumber, row.status])).toEqual([
      ['2611024', '1207384', 'scheduled'],
      ['2611023', '1207391', 'scheduled'],
      ['2611021', '1207384', 'cancelled'],
      ['2611019', '1207384', 'sent'],
      ['2611015', '1207302', 'failed'],
    ]);
    expect(cancel.every((row) => row.layout === 'grid')).toBe(true);
    expect(cancel[0]?.sendAt).toBe('2026-11-30T14:00:00+09:00');
    expect(dialog.cancelFilter).toEqual({ from: '2026-11-14', to: '2026-11-28', complete: true });
    const records = historyRecords(dialog.rows);
    expect(records.map((r) => [r.id, r.type])).toEqual([
      ['2611024', 'ad'],
      ['2611023', 'compensation'],
      ['2611021', 'compensation'],
      ['2611019', 'ad'],
      ['2611015', 'ad'],
    ]);
  });

  it('takes an empty grid that says so as a complete listing', async () => {
    const p = await open(`coupon-push-real.${lang}`, { server });
    p.byKey('btnHistory').click();
    answer(p);
    expect(findHistoryDialog(p.document)?.rows.length).toBe(10);
    p.byKey<HTMLInputElement>('txtHistCouponNo').value = '999';
    p.byKey('btnHistSearch').click();
    answer(p);
    expect(findHistoryDialog(p.document)?.rows.filter((r) => r.tab === 'cancel')).toEqual([]);
    expect(findHistoryDialog(p.document)?.cancelFilter).toEqual({
      from: '2026-11-14',
      to: '2026-11-28',
      couponNumber: '999',
      complete: true,
    });
  });
});

describe('the grid reader', () => {
  it('matches header labels to body columns by position across the two tables, skipping sizing rows', async () => {
    const p = await open('coupon-push-real.ja', { server });
    p.byKey('btnHistory').click();
    answer(p);
    expect(findHistoryDialog(p.document)?.rows.length).toBe(10);
    // Swap two header labels: the columns follow the headers, not a fixed order.
    const heads = Array.from(p.document.querySelectorAll('#__grid_CancelList .xhdr .hdrcell'));
    const body = p.document.querySelector('#__grid_CancelList .objbox table') as HTMLTableElement;
    const [couponHead, shopHead] = [heads[1], heads[2]];
    if (!couponHead || !shopHead) throw new Error('no header cells');
    [couponHead.textContent, shopHead.textContent] = [shopHead.textContent, couponHead.textContent];
    for (const row of Array.from(body.rows).slice(1))
      row.insertBefore(row.cells[2] as Node, row.cells[1] as Node);
    const first = findHistoryDialog(p.document)?.rows.find((r) => r.tab === 'cancel');
    expect(first?.couponNumber).toBe('1207384');
    expect(first?.shop).toBe('Qoo10 サンプルショップ');
  });
});

describe('the chosen goods', () => {
  it('are read from a plain table with tick boxes: ticked rows only, not the page’s hidden list', async () => {
    const p = await open('coupon-push.ja', { server: { now: NOW } });
    const doc = p.document;
    const table = doc.createElement('table');
    const row = (tag: 'th' | 'td', cells: (string | boolean)[]) => {
      const tr = table.insertRow();
      for (const cell of cells) {
        const td = tr.appendChild(doc.createElement(tag));
        if (typeof cell === 'string') td.textContent = cell;
        else {
          const box = td.appendChild(doc.createElement('input'));
          box.type = 'checkbox';
          box.checked = cell;
        }
      }
    };
    row('th', ['選択', '商品番号', '商品名']);
    const goods = ['921676424', '921677797', '921679170', '921680543'];
    for (const [i, no] of goods.entries()) row('td', [i !== 2, no, `商品 ${i}`]);
    p.byKey('ulGoodsChosen').replaceWith(table);
    // The page's hidden list still holds all four: the ticks are what the seller chose.
    p.byKey<HTMLInputElement>('hdnGoodsNos').value = goods.join(',');
    p.byKey<HTMLInputElement>('rdoGoodsManual').click();
    const [a, b, , d] = goods;
    expect(readDraft(form(p)).draft.items).toEqual({ mode: 'manual', itemIds: [a, b, d] });
  });

  it('never takes a grid’s header or sizing rows for items, even when the header shows a number', async () => {
    const p = await open('coupon-push-real.ja', { server });
    p.byKey('btnGoodsSelect').click();
    answer(p);
    const results = resultBoxes(p);
    for (const i of [2, 4]) results[i]?.click();
    p.byKey('btnGoodsConfirm').click();
    const picked = [2, 4].map((i) => results[i]?.closest('tr')?.getAttribute('idd'));
    const grid = p.document.getElementById('__grid_GoodsChosen') ?? fail();
    // Each of its two tables starts with a sizing row; the header shows an example number.
    for (const table of Array.from(grid.querySelectorAll('table'))) {
      expect(Array.from(table.rows[0]?.cells ?? []).every((cell) => !cell.textContent)).toBe(true);
    }
    const head = grid.querySelectorAll('.xhdr .hdrcell')[1] ?? fail();
    head.textContent = '商品番号 (例: 921699999)';
    expect(readDraft(form(p)).draft.items).toEqual({ mode: 'manual', itemIds: picked });
    // Nothing chosen: the grid says so, and no header word becomes an item.
    p.byKey('btnGoodsSelect').click();
    answer(p);
    for (const i of [2, 4]) resultBoxes(p)[i]?.click();
    p.byKey('btnGoodsConfirm').click();
    expect(readDraft(form(p)).draft.items).toEqual({ mode: 'manual', itemIds: [] });
  });
});

/** The goods picker's tick boxes, one a result row. */
function resultBoxes(p: LoadedPage): HTMLImageElement[] {
  return Array.from(p.document.querySelectorAll<HTMLImageElement>('#__grid_GoodsResult .objbox img'));
}

function fail(): never {
  throw new Error('not found');
}
