/**
 * The countdowns fit into QSM's history rows, in Chromium and Firefox, zh, ja and en, at 1024×768 and
 * 1280×900: in the plain table (coupon-push) and the DHTMLX grid in the portal's frame alike, QSM's
 * column widths are the same with the countdowns as without them, no cell's text (店铺名称, the send
 * time) takes more lines than without them, each duration and QSM's date stay on one line, and a
 * grid's countdown is whole inside its cell (not clipped behind QSM's ellipsis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import { type Driver, launchDriver, type Scope } from '../driver';
import { field } from './form';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 900 },
];

interface Listing {
  /** The history's header cells. */
  header: string;
  /** Its body rows. */
  rows: string;
  /** The column of the send time (预期传输日期和时间). */
  sendAt: number;
}

const table: Listing = {
  header: `${field('tblCancelList')} thead th`,
  rows: `${field('tblCancelList')} tbody tr`,
  sendAt: 3,
};
const grid: Listing = {
  header: '#__grid_CancelList .xhdr tr:last-child td',
  rows: '#__grid_CancelList .objbox tr[idd]',
  sendAt: 3,
};

interface Geometry {
  /** Widths of QSM's header cells, then of the first row's cells. */
  widths: number[];
  /** Lines each body cell's own text takes (the countdown's host left out), row by row. */
  lines: number[][];
}

interface Countdowns {
  /** Each date, time or duration a countdown shows, and how many lines it takes (1, or it is broken). */
  pieces: { text: string; lines: number }[];
  /** Countdowns drawn outside their cell's box (clipped by it, or spilling over a neighbour). */
  outside: string[];
}

/** The listing's geometry; with `hidden`, as QSM lays it out without the countdowns. */
function geometry(scope: Scope, listing: Listing, hidden: boolean): Promise<Geometry> {
  return scope.evaluate(
    ({ listing, hidden }) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-qpp="countdown"]')];
      const shown = hosts.map((host) => host.style.display);
      if (hidden) for (const host of hosts) host.style.display = 'none';
      // A text's lines: its line boxes, told apart by their tops.
      const linesOf = (cell: Element) => {
        const tops = new Set<number>();
        for (const node of cell.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        return tops.size;
      };
      const width = (el: Element) => Math.round(el.getBoundingClientRect().width * 10) / 10;
      const rows = [...document.querySelectorAll(listing.rows)];
      const result = {
        widths: [
          ...[...document.querySelectorAll(listing.header)].map(width),
          ...[...(rows[0]?.children ?? [])].map(width),
        ],
        lines: rows.map((row) => [...row.children].map(linesOf)),
      };
      hosts.forEach((host, i) => {
        host.style.display = shown[i] ?? '';
      });
      return result;
    },
    { listing, hidden },
  );
}

/** Each date and time a countdown shows, with the lines it takes; the countdowns not inside their cell. */
function countdowns(scope: Scope): Promise<Countdowns> {
  return scope.evaluate(() => {
    // 2026-12-04, 2026/12/04, 12-04, 14:00, 21:18:00, a duration's "1d 21:18:00" / "1天 21:18:00", a
    // grid's "21h" / "21時間" / "21小时".
    const dateOrTime =
      /(\d+\S?\s)?\d{1,2}:\d{2}(:\d{2})?|\d{4}[-/]\d{2}[-/]\d{2}|\d{2}[-/]\d{2}|\d+\s?(h|m|時間|小时|分钟|分)(?![a-z])/gu;
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-qpp="countdown"]')];
    const pieces: Countdowns['pieces'] = [];
    const outside: string[] = [];
    for (const host of hosts) {
      const text = host.shadowRoot?.querySelector('[data-qpp="countdown-text"]');
      if (!text) continue;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent?.matchAll(dateOrTime) ?? []) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          pieces.push({ text: match[0], lines: tops.size });
        }
      }
      const cell = host.closest('td');
      if (!cell) continue;
      const box = text.getBoundingClientRect();
      const room = cell.getBoundingClientRect();
      const within =
        box.left >= room.left - 0.5 &&
        box.right <= room.right + 0.5 &&
        box.top >= room.top - 0.5 &&
        box.bottom <= room.bottom + 0.5;
      if (!within) outside.push(text.textContent ?? '?');
    }
    return { pieces, outside };
  });
}

/** The history's listing checked at each size: the same geometry with and without the countdowns. */
async function checkFits(
  scope: Scope,
  listing: Listing,
  resize: (size: (typeof sizes)[number]) => Promise<void>,
) {
  for (const size of sizes) {
    await resize(size);
    const at = `${size.width}×${size.height}`;
    await expect.poll(() => scope.evaluate(() => document.documentElement.clientWidth > 0)).toBe(true);
    const without = await geometry(scope, listing, true);
    const withCountdowns = await geometry(scope, listing, false);
    expect(withCountdowns.widths, `column widths at ${at}`).toEqual(without.widths);
    expect(withCountdowns.lines, `lines of each cell's text at ${at}`).toEqual(without.lines);
    // QSM's send time (a date and a time) is on one line in every row.
    expect(
      withCountdowns.lines.map((row) => row[listing.sendAt]),
      `send time on one line at ${at}`,
    ).toEqual(withCountdowns.lines.map(() => 1));
    const drawn = await countdowns(scope);
    expect(drawn.pieces.length, `times shown at ${at}`).toBeGreaterThan(0);
    expect(
      drawn.pieces.filter((piece) => piece.lines !== 1),
      `dates and times broken across lines at ${at}`,
    ).toEqual([]);
    expect(drawn.outside, `countdowns outside their cell at ${at}`).toEqual([]);
  }
}

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
])('the countdowns fit into QSM’s history rows (%s)', (lang, locale) => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale, timezoneId: 'America/Los_Angeles' });
    browser.setServerData({ serviceDelay: 100, service: 'local' });
  });
  afterAll(async () => browser?.close());

  it('in the plain history table', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await tab.setViewport(sizes[0] as (typeof sizes)[number]);
    await tab.click(field('btnHistory'));
    await expect.poll(() => tab.count(`${field('tblCancelList')} [data-qpp="countdown"]`)).toBe(5);
    await checkFits(tab, table, (size) => tab.setViewport(size));
    await tab.close();
  });

  it('in the DHTMLX grid of the portal’s frame', async () => {
    const tab = await browser.openFixture(`portal.${lang}`);
    await tab.setViewport(sizes[0] as (typeof sizes)[number]);
    const frame = await tab.frame(`coupon-push-real.${lang}`, field('btnHistory'));
    await expect.poll(() => frame.count('[data-qpp="panel"]')).toBe(1);
    await frame.click(field('btnHistory'));
    await expect.poll(() => frame.count('#__grid_CancelList .objbox [data-qpp="countdown"]')).toBe(5);
    await checkFits(frame, grid, (size) => tab.setViewport(size));
    await tab.close();
  });
});
