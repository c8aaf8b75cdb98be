// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findHistoryDialog, historyRecords } from '../../../lib/qsm';
import type { HistoryRow } from '../../../lib/qsm/types';
import { pushRecordSchema } from '../../../lib/schema';
import { langs, NOW as NOW_ISO, renameIds, usePages } from './page';

const open = usePages();

/** The page's sample history at NOW (2026-11-28 09:00 JST), as the adapter should read it. */
const expected = [
  {
    id: '2611024',
    couponNumber: '1207384',
    type: 'ad',
    sendAt: '2026-11-30T14:00:00+09:00',
    status: 'scheduled',
  },
  // ~20 hours ahead, so already past its cancel deadline.
  {
    id: '2611023',
    couponNumber: '1207391',
    type: 'compensation',
    sendAt: '2026-11-29T05:00:00+09:00',
    status: 'scheduled',
  },
  {
    id: '2611021',
    couponNumber: '1207384',
    type: 'compensation',
    sendAt: '2026-11-25T18:00:00+09:00',
    status: 'cancelled',
  },
  { id: '2611019', couponNumber: '1207384', type: 'ad', sendAt: '2026-11-21T10:00:00+09:00', status: 'sent' },
  {
    id: '2611015',
    couponNumber: '1207302',
    type: 'ad',
    sendAt: '2026-11-15T20:30:00+09:00',
    status: 'failed',
  },
] as const;

const plain = (rows: HistoryRow[]) => rows.map(({ element: _element, sendAtCell: _cell, ...row }) => row);

describe.each(langs)('the history dialog in %s', (lang) => {
  it('reads the cancel tab and both execution tabs', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    const dialog = findHistoryDialog(document);
    expect(dialog).not.toBeNull();
    if (!dialog) return;
    expect(dialog.lang).toBe(lang);
    expect(dialog.root.id).toMatch(/divHistoryLayer$/);
    const shop = 'Qoo10 サンプルショップ';
    expect(plain(dialog.rows.filter((row) => row.tab === 'cancel'))).toEqual(
      expected.map((push) => ({ ...push, type: null, shop, tab: 'cancel' })),
    );
    expect(plain(dialog.rows.filter((row) => row.tab === 'ad'))).toEqual(
      expected.filter((push) => push.type === 'ad').map((push) => ({ ...push, shop, tab: 'ad' })),
    );
    expect(plain(dialog.rows.filter((row) => row.tab === 'compensation'))).toEqual(
      expected
        .filter((push) => push.type === 'compensation')
        .map((push) => ({ ...push, shop, tab: 'compensation' })),
    );
    for (const row of dialog.rows) expect(row.element.tagName).toBe('TR');
  });

  it('merges the tabs into one PushRecord per push', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    const records = historyRecords(findHistoryDialog(document)?.rows ?? []);
    expect(records).toEqual(expected.map((push) => ({ ...push, shop: 'Qoo10 サンプルショップ' })));
    for (const record of records) expect(pushRecordSchema.parse(record)).toEqual(record);
  });

  it('reads the same with ids renamed and the columns and rows in another order', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    const before = plain(findHistoryDialog(document)?.rows ?? []);
    renameIds(document);
    for (const table of Array.from(document.querySelectorAll('table'))) {
      for (const row of Array.from(table.rows)) {
        // The last column (状态) first.
        const last = row.lastElementChild;
        if (last && row.children.length > 2) row.insertBefore(last, row.firstElementChild);
      }
      const body = table.tBodies[0];
      if (body) for (const row of Array.from(body.children).reverse()) body.appendChild(row);
    }
    const after = plain(findHistoryDialog(document)?.rows ?? []);
    const key = (row: { tab: string; id: string }) => `${row.tab}/${row.id}`;
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
    expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...before].sort((a, b) => key(a).localeCompare(key(b))),
    );
  });
});

describe('history rows the page does not identify', () => {
  it('falls back to coupon number and send time as the id, and keeps a row whose status word is unknown', async () => {
    const { document } = await open('coupon-push.zh');
    const table = document.getElementById('ctl00_ContentPlaceHolder1_tblCancelList');
    const first = table?.querySelector<HTMLInputElement>('tbody input[type=checkbox]');
    first?.removeAttribute('value');
    const statusCell = table?.querySelectorAll('tbody tr')[1]?.lastElementChild;
    if (statusCell) statusCell.textContent = '处理中';
    const cancel = findHistoryDialog(document)?.rows.filter((row) => row.tab === 'cancel') ?? [];
    expect(cancel.map((row) => row.id)).toEqual([
      '1207384@2026-11-30T14:00:00+09:00',
      '2611023',
      '2611021',
      '2611019',
      '2611015',
    ]);
    // Counted as scheduled (the weekly limit, the reminders), with QSM's own word kept beside it.
    expect(cancel[1]).toMatchObject({ status: 'scheduled', statusWord: '处理中' });
    expect(cancel[0]?.statusWord).toBeUndefined();
  });

  it('renders server-provided history and reads it back', async () => {
    const history = [
      {
        id: '77',
        couponNo: '5550001',
        type: 'compensation',
        sendAt: '2026/12/01 21:30',
        status: 'scheduled',
        registered: '2026/11/28',
        recipients: 3,
      },
    ];
    const { document } = await open('coupon-push.en', {
      server: { now: '2026-11-28T09:00:00+09:00', history, shopName: 'Test Shop' },
    });
    expect(historyRecords(findHistoryDialog(document)?.rows ?? [])).toEqual([
      {
        id: '77',
        couponNumber: '5550001',
        type: 'compensation',
        sendAt: '2026-12-01T21:30:00+09:00',
        status: 'scheduled',
        shop: 'Test Shop',
      },
    ]);
  });

  it('finds no history dialog on another page', async () => {
    const { document } = await open('other-page.zh');
    expect(findHistoryDialog(document)).toBeNull();
  });
});

describe.each(langs)('the cancel tab’s search in %s', (lang) => {
  it('reads the registration-date range the page shows (the last two weeks) and a complete listing', async () => {
    const { document } = await open(`coupon-push.${lang}`);
    expect(findHistoryDialog(document)?.cancelFilter).toEqual({
      from: '2026-11-14',
      to: '2026-11-28',
      complete: true,
    });
  });

  it('reads a coupon-number search and the page’s "no data" row as a complete, empty listing', async () => {
    const { document, byKey, fire } = await open(`coupon-push.${lang}`);
    byKey<HTMLInputElement>('txtHistCouponNo').value = ' 5550001 ';
    byKey<HTMLInputElement>('txtHistFrom').value = '2026/11/20';
    fire(byKey('btnHistSearch'), 'click');
    const dialog = findHistoryDialog(document);
    expect(dialog?.rows.filter((row) => row.tab === 'cancel')).toEqual([]);
    expect(dialog?.cancelFilter).toEqual({
      from: '2026-11-20',
      to: '2026-11-28',
      couponNumber: '5550001',
      complete: true,
    });
  });
});

describe('a cancel tab that does not show the whole listing', () => {
  const cancelFilter = (document: Document) => findHistoryDialog(document)?.cancelFilter;
  const body = (document: Document) => {
    const found = document.querySelector('#ctl00_ContentPlaceHolder1_tblCancelList tbody');
    if (!found) throw new Error('no cancel table body');
    return found;
  };

  it('is not complete while the table has neither rows nor the "no data" row', async () => {
    const { document } = await open('coupon-push.zh', { server: { now: NOW_ISO, history: [] } });
    expect(cancelFilter(document)?.complete).toBe(true);
    body(document).textContent = '';
    expect(cancelFilter(document)?.complete).toBe(false);
    const loading = document.createElement('tr');
    loading.innerHTML = '<td colspan="5">加载中…</td>';
    body(document).append(loading);
    expect(cancelFilter(document)?.complete).toBe(false);
  });

  it('is not complete when a row does not read as a push', async () => {
    const { document } = await open('coupon-push.zh');
    const sendAtCell = body(document).querySelectorAll('tr')[1]?.children[3];
    if (!sendAtCell) throw new Error('no second row');
    sendAtCell.textContent = '处理中';
    expect(cancelFilter(document)).toMatchObject({ from: '2026-11-14', complete: false });
  });

  it('is not complete when a pager says there are more pages', async () => {
    const { document } = await open('coupon-push.ja');
    const pager = document.createElement('div');
    pager.innerHTML = '<a href="#">1</a> <a href="#">2</a>';
    body(document).closest('table')?.after(pager);
    expect(cancelFilter(document)?.complete).toBe(false);
    pager.innerHTML = '<span>1</span> <a href="#">次へ</a>';
    expect(cancelFilter(document)?.complete).toBe(false);
    pager.remove();
    expect(cancelFilter(document)?.complete).toBe(true);
  });

  it('reads nothing when a date of the range is not a date', async () => {
    const { document, byKey } = await open('coupon-push.en');
    byKey<HTMLInputElement>('txtHistTo').value = '';
    expect(cancelFilter(document)).toBeUndefined();
    byKey<HTMLInputElement>('txtHistTo').value = '2026/02/30';
    expect(cancelFilter(document)).toBeUndefined();
  });

  it('finds the search by its labels with ids renamed and laid out as a table', async () => {
    const { document, byKey } = await open('coupon-push.ko');
    byKey<HTMLInputElement>('txtHistCouponNo').value = '1207384';
    const bar = byKey('txtHistFrom').parentElement;
    if (!bar) throw new Error('no search bar');
    const [from, to, coupon] = Array.from(bar.querySelectorAll('input[type=text]'));
    const [regDay, couponLabel] = Array.from(bar.querySelectorAll('span'));
    // QSM's search bars are often a table: label cells and control cells.
    const table = document.createElement('table');
    const row = table.insertRow();
    for (const part of [regDay, [from, to], couponLabel, coupon]) {
      const cell = row.insertCell();
      for (const node of [part].flat()) if (node) cell.append(node);
    }
    bar.replaceWith(table);
    renameIds(document);
    expect(findHistoryDialog(document)?.cancelFilter).toEqual({
      from: '2026-11-14',
      to: '2026-11-28',
      couponNumber: '1207384',
      complete: true,
    });
  });
});
