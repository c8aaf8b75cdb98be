/**
 * The collect bar's reader on the 配送管理 and クレーム管理 fixtures (every language): which page, which
 * grid, which column holds the order numbers (by header, then by cells; never cart, item or tracking
 * numbers), all rows or the ticked ones, after each refill; and a header variant it has never seen.
 */
import { describe, expect, it } from 'vitest';
import { findOrdersGrid, orderNumbersIn, ordersPageOf } from '../../../lib/qsm/orders-grid';
import { probeWork } from '../../../lib/qsm/probe';
import { langs, NOW, usePages } from './page';

const pages = [
  ['Delivery/DeliveryManagement', 'delivery', 'goods_grid'],
  ['Claim/ClaimManagement', 'claim', 'ClaimGrid'],
] as const;

/** The fixtures' sample orders: the i-th is 262749754 + 131·i, 10 digits every fourth. */
const sample = (i: number) => String((i % 4 === 3 ? 1262749754 : 262749754) + i * 131);

describe.each(pages)('%s', (name, source, key) => {
  const open = usePages();
  const load = async (lang: string) => {
    const page = await open(`${name}.${lang}`, { server: { now: NOW, service: 'local', serviceDelay: 0 } });
    await page.settle();
    return page;
  };

  it.each(langs)('is known by its address, and its order-number column by its header (%s)', async (lang) => {
    const page = await load(lang);
    expect(ordersPageOf(page.document)).toBe(source);
    expect(probeWork(page.document)).toBe('orders');
    const grid = findOrdersGrid(page.document);
    expect(grid?.root.id).toBe(`__grid_${key}`);
    expect(grid?.column).toMatchObject({ kind: 'found', by: 'header', index: 2 });
    const all = orderNumbersIn(grid ?? expect.unreachable(), 'all');
    expect(all.length).toBe(grid?.shown);
    expect(all.every((n) => /^\d{9,10}$/.test(n))).toBe(true);
    expect(all[0]).toBe(sample(0));
  });

  it('reads only the ticked rows, and follows a refill (another counter)', async () => {
    const page = await load('ja');
    const boxes = page.document.querySelectorAll<HTMLElement>(`#__grid_${key} .objbox img.chk`);
    boxes[1]?.click();
    boxes[3]?.click();
    const grid = findOrdersGrid(page.document) ?? expect.unreachable();
    const ticked = orderNumbersIn(grid, 'ticked');
    expect(ticked).toHaveLength(2);
    expect(ticked).toEqual(orderNumbersIn(grid, 'all').filter((_, i) => i === 1 || i === 3));

    page.document.querySelectorAll<HTMLElement>('.counters a')[1]?.click();
    await page.settle();
    const next = findOrdersGrid(page.document) ?? expect.unreachable();
    expect(orderNumbersIn(next, 'ticked')).toEqual([]);
    expect(orderNumbersIn(next, 'all')).not.toContain(ticked[0]);
  });

  it('reads an empty result as no orders, still knowing the column by its header', async () => {
    const page = await load('en');
    (page.document.getElementById('txt_search_keyword') as HTMLInputElement).value = '000000';
    page.document.getElementById('btn_search')?.click();
    await page.settle();
    const grid = findOrdersGrid(page.document) ?? expect.unreachable();
    expect(grid.shown).toBe(0);
    expect(grid.column.kind).toBe('found');
    expect(orderNumbersIn(grid, 'all')).toEqual([]);
  });

  it('refuses to guess when every header is a word it has never seen (the cells alone cannot tell)', async () => {
    const page = await load('ko');
    const words = [
      'qlx',
      'wibble',
      'zorp',
      'frand',
      'mib',
      'trosk',
      'plen',
      'vask',
      'gorm',
      'elk',
      'yon',
      'quib',
      'nerf',
    ];
    page.document.querySelectorAll(`#__grid_${key} .hdrcell`).forEach((cell, i) => {
      if (i > 0) cell.textContent = words[i] ?? `w${i}`;
    });
    const grid = findOrdersGrid(page.document) ?? expect.unreachable();
    expect(grid.column.kind).toBe('ambiguous');
    expect(orderNumbersIn(grid, 'all')).toEqual([]);
  });
});

describe('other QSM pages', () => {
  const open = usePages();
  it('are no order pages, and the push form is not one', async () => {
    for (const name of ['coupon-push.ja', 'other-page.zh']) {
      const page = await open(name, { scripts: false });
      expect(ordersPageOf(page.document)).toBeNull();
      expect(probeWork(page.document)).not.toBe('orders');
    }
  });
});

/** The fixtures' reason words (build-orders.mjs), the seller's then the buyer's. */
const reasons = {
  zh: ['卖家责任', '买家责任'],
  ja: ['販売者の責任', '購入者の責任'],
  en: ['Seller’s responsibility', 'Buyer’s responsibility'],
  ko: ['판매자 책임', '구매자 책임'],
} as const;

describe('クレーム管理: the claims that were the seller’s fault', () => {
  const open = usePages();
  it.each(langs)(
    'takes the rows whose reason is the seller’s responsibility, never the buyer’s (%s)',
    async (lang) => {
      const page = await open(`Claim/ClaimManagement.${lang}`, {
        server: { now: NOW, service: 'local', serviceDelay: 0 },
      });
      await page.settle();
      const grid = findOrdersGrid(page.document) ?? expect.unreachable();
      const rows = Array.from(page.document.querySelectorAll('#__grid_ClaimGrid .objbox tr[idd]'));
      const [seller, buyer] = reasons[lang];
      const sellers = rows
        .filter((row) => row.textContent?.includes(seller))
        .map((row) => row.getAttribute('idd'));
      // The first status shows both: three of the seller's, one of the buyer's.
      expect(sellers).toHaveLength(3);
      expect(rows.filter((row) => row.textContent?.includes(buyer))).toHaveLength(1);
      expect(orderNumbersIn(grid, 'seller-fault')).toEqual(sellers);
    },
  );
});
