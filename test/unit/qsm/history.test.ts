// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findHistoryDialog, historyRecords } from '../../../lib/qsm';
import type { HistoryRow } from '../../../lib/qsm/types';
import { pushRecordSchema } from '../../../lib/schema';
import { type LoadedPage, langs, loadPage, renameIds } from './page';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});
async function open(name: string, options?: Parameters<typeof loadPage>[1]) {
  page = await loadPage(name, options);
  return page;
}

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

const plain = (rows: HistoryRow[]) => rows.map(({ element: _element, ...row }) => row);

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
  it('falls back to coupon number and send time as the id, and skips unknown statuses', async () => {
    const { document } = await open('coupon-push.zh');
    const table = document.getElementById('ctl00_ContentPlaceHolder1_tblCancelList');
    const first = table?.querySelector<HTMLInputElement>('tbody input[type=checkbox]');
    first?.removeAttribute('value');
    const statusCell = table?.querySelectorAll('tbody tr')[1]?.lastElementChild;
    if (statusCell) statusCell.textContent = '处理中';
    const cancel = findHistoryDialog(document)?.rows.filter((row) => row.tab === 'cancel') ?? [];
    expect(cancel.map((row) => row.id)).toEqual([
      '1207384@2026-11-30T14:00:00+09:00',
      '2611021',
      '2611019',
      '2611015',
    ]);
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
