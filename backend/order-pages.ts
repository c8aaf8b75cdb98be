/**
 * The sandbox's 配送管理 and クレーム管理: the fixture pages (test/fixtures/qsm/Delivery, Claim) with the
 * shop's own orders from the database in their data island, so `npm start` shows the whole path:
 * collect the orders there, apply a compensation push, and the outbox receives it for their buyers.
 * The language is the page name's suffix, else QSM's `Language` cookie, else Japanese.
 */
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { toJstIso } from '../lib/time/jst.ts';
import type { Clock } from './clock.ts';
import { isPageLang } from './messages.ts';
import { readFixture } from './pages.ts';
import { qsmDate } from './qsm-format.ts';

const ORDER_PAGE = /^(Delivery\/DeliveryManagement|Claim\/ClaimManagement)(?:\.(\w+))?\.aspx$/i;
const DATA_ISLAND = '<script type="application/json" id="qsmServerData">{}</script>';

const orderRow = z.object({ number: z.string(), ordered_at: z.string() });

/** The shop's orders, newest first, as the page's data: order numbers and dates, nothing about buyers. */
export function shopOrders(db: DatabaseSync, shopId: string): { no: string; ordered: string }[] {
  return db
    .prepare('SELECT number, ordered_at FROM orders WHERE shop_id = ? ORDER BY ordered_at DESC, number')
    .all(shopId)
    .map((row) => orderRow.parse(row))
    .map((row) => ({ no: row.number, ordered: qsmDate(row.ordered_at) }));
}

/** The language a `Language=zh-CN` cookie names, when it is one of the pages'. */
function cookieLang(cookie: string | undefined): string | null {
  const value = /(?:^|;\s*)Language=([\w-]+)/.exec(cookie ?? '')?.[1];
  return value ? (value.split('-')[0]?.toLowerCase() ?? null) : null;
}

/** The order page at `page` (the path under /GMKT.INC.Gsm.Web/), or null when `page` is none. */
export function orderPage(
  page: string,
  options: { db: DatabaseSync; shopId: () => string; clock: Clock; fixturesDir: string; cookie?: string },
): string | null {
  const match = ORDER_PAGE.exec(page);
  if (!match) return null;
  const asked = match[2]?.toLowerCase() ?? cookieLang(options.cookie) ?? 'ja';
  const lang = isPageLang(asked) ? asked : 'ja';
  const name = `${match[1]}.${lang}`;
  const template = readFixture(name, options.fixturesDir);
  if (!template?.includes(DATA_ISLAND)) return null;
  const data = { now: toJstIso(options.clock.now()), orders: shopOrders(options.db, options.shopId()) };
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return template.replace(
    DATA_ISLAND,
    () => `<script type="application/json" id="qsmServerData">${json}</script>`,
  );
}
