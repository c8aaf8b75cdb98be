/**
 * The sandbox's reads and writes. Rows are parsed with zod on the way out, so the rest of the backend
 * works with typed values and the lib/ contracts (PushRecord) rather than SQLite's loose rows.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import {
  type Coupon,
  type Items,
  itemsSchema,
  type PushDraft,
  type PushRecord,
  type PushType,
  pushStatusSchema,
  pushTypeSchema,
} from '../lib/schema.ts';

const flag = z.union([z.literal(0), z.literal(1)]).transform((value) => value === 1);

const shopRow = z.object({ id: z.string(), name: z.string() });
export type Shop = z.infer<typeof shopRow>;

const couponRow = z.object({
  number: z.string(),
  name: z.string(),
  rate: z.number().nullable(),
  yen: z.number().nullable(),
  min_purchase: z.number(),
  valid_from: z.string(),
  valid_to: z.string(),
  qstore_only: flag,
});
export type ShopCoupon = z.infer<typeof couponRow>;

const pushRow = z.object({
  id: z.number(),
  shop_id: z.string(),
  coupon_number: z.string(),
  type: pushTypeSchema,
  send_at: z.string(),
  status: pushStatusSchema,
  audience_from: z.string().nullable(),
  audience_to: z.string().nullable(),
  items: z.string().transform((text) => itemsSchema.parse(JSON.parse(text))),
  banner_link: z.string(),
  recipients: z.number().nullable(),
  created_at: z.string(),
  cancelled_at: z.string().nullable(),
  sent_at: z.string().nullable(),
});
export type StoredPush = z.infer<typeof pushRow>;

const recipientRow = z.object({ id: z.string(), email: z.string() });
export type Recipient = z.infer<typeof recipientRow>;

const countRow = z.object({ n: z.number() });

export function firstShop(db: DatabaseSync): Shop | null {
  const row = db.prepare('SELECT id, name FROM shops ORDER BY created_at, id LIMIT 1').get();
  return row ? shopRow.parse(row) : null;
}

export function findShop(db: DatabaseSync, shopId: string): Shop | null {
  const row = db.prepare('SELECT id, name FROM shops WHERE id = ?').get(shopId);
  return row ? shopRow.parse(row) : null;
}

export function listCoupons(db: DatabaseSync, shopId: string): ShopCoupon[] {
  return db
    .prepare('SELECT * FROM coupons WHERE shop_id = ? ORDER BY number')
    .all(shopId)
    .map((row) => couponRow.parse(row));
}

export function findCoupon(db: DatabaseSync, shopId: string, number: string): ShopCoupon | null {
  const row = db.prepare('SELECT * FROM coupons WHERE shop_id = ? AND number = ?').get(shopId, number);
  return row ? couponRow.parse(row) : null;
}

/** A shop coupon as the draft's coupon, the way the push form shows it. */
export function draftCoupon(coupon: ShopCoupon): Coupon {
  const min = coupon.min_purchase.toLocaleString('ja-JP');
  const discount = coupon.rate !== null ? `${coupon.rate}%` : `${coupon.yen}円`;
  return {
    number: coupon.number,
    label: `${coupon.name} ${discount} / ${min}円~`,
    validFrom: coupon.valid_from,
    validTo: coupon.valid_to,
    qstoreOnly: coupon.qstore_only,
  };
}

export type Period = PushDraft['audience']['period'];

/** Every fan of the shop registered within the period (JST days, both ends included). */
export function countFans(db: DatabaseSync, shopId: string, period: Period): number {
  const row =
    period === 'all'
      ? db.prepare('SELECT count(*) AS n FROM fans WHERE shop_id = ?').get(shopId)
      : db
          .prepare('SELECT count(*) AS n FROM fans WHERE shop_id = ? AND registered_on BETWEEN ? AND ?')
          .get(shopId, period.from, period.to);
  return countRow.parse(row).n;
}

/** Which of these order numbers are orders placed in the shop, in the given order. */
export function knownOrders(db: DatabaseSync, shopId: string, numbers: readonly string[]): string[] {
  const find = db.prepare('SELECT 1 FROM orders WHERE shop_id = ? AND number = ?');
  return numbers.filter((number) => find.get(shopId, number) !== undefined);
}

export function listPushes(db: DatabaseSync, shopId: string): StoredPush[] {
  return db
    .prepare('SELECT * FROM pushes WHERE shop_id = ? ORDER BY send_at DESC, id DESC')
    .all(shopId)
    .map((row) => pushRow.parse(row));
}

export function findPush(db: DatabaseSync, id: number): StoredPush | null {
  const row = db.prepare('SELECT * FROM pushes WHERE id = ?').get(id);
  return row ? pushRow.parse(row) : null;
}

/** Scheduled pushes whose send time has come (any shop). */
export function duePushes(db: DatabaseSync, now: Date): StoredPush[] {
  return db
    .prepare("SELECT * FROM pushes WHERE status = 'scheduled' ORDER BY send_at, id")
    .all()
    .map((row) => pushRow.parse(row))
    .filter((push) => new Date(push.send_at).getTime() <= now.getTime());
}

/** The lib/ contract's view of a stored push, for checkPush's weekly limit and the history. */
export function toPushRecord(push: StoredPush, shopName?: string): PushRecord {
  return {
    id: String(push.id),
    couponNumber: push.coupon_number,
    type: push.type,
    sendAt: push.send_at,
    status: push.status,
    ...(shopName ? { shop: shopName } : {}),
  };
}

export function pushOrders(db: DatabaseSync, pushId: number): string[] {
  return db
    .prepare('SELECT order_number FROM push_orders WHERE push_id = ? ORDER BY rowid')
    .all(pushId)
    .map((row) => z.object({ order_number: z.string() }).parse(row).order_number);
}

/**
 * Who receives a push: for an ad push the fans registered within its period (or all fans), for a
 * compensation push the buyers of its ticked orders; in both, only customers with a verified e-mail
 * who did not opt out of coupon notices. Each customer once. `key` is the column recipients are
 * ordered and paged by (for fans f.customer_id, the fans key's order, so a page is an index range).
 */
function recipientQuery(push: StoredPush): { sql: string; params: SQLInputValue[]; key: string } {
  const reachable = 'c.email_verified = 1 AND c.coupon_opt_out = 0';
  if (push.type !== 'ad') {
    return {
      sql: `SELECT DISTINCT c.id, c.email FROM push_orders p
            JOIN orders o ON o.number = p.order_number AND o.shop_id = ?
            JOIN customers c ON c.id = o.customer_id
            WHERE p.push_id = ? AND ${reachable}`,
      params: [push.shop_id, push.id],
      key: 'c.id',
    };
  }
  const fans =
    'SELECT c.id, c.email FROM fans f JOIN customers c ON c.id = f.customer_id WHERE f.shop_id = ?';
  return push.audience_from !== null && push.audience_to !== null
    ? {
        sql: `${fans} AND f.registered_on BETWEEN ? AND ? AND ${reachable}`,
        params: [push.shop_id, push.audience_from, push.audience_to],
        key: 'f.customer_id',
      }
    : { sql: `${fans} AND ${reachable}`, params: [push.shop_id], key: 'f.customer_id' };
}

/** Every recipient of a push, in id order. */
export function eligibleRecipients(db: DatabaseSync, push: StoredPush): Recipient[] {
  const { sql, params } = recipientQuery(push);
  return db
    .prepare(`${sql} ORDER BY c.id`)
    .all(...params)
    .map((row) => recipientRow.parse(row));
}

/** How many recipients a push has, without reading them. */
export function countRecipients(db: DatabaseSync, push: StoredPush): number {
  const { sql, params } = recipientQuery(push);
  return countRow.parse(db.prepare(`SELECT count(*) AS n FROM (${sql})`).get(...params)).n;
}

/**
 * A push's recipients a page at a time, for the batched dispatcher: `next(after, limit)` gives up to
 * `limit` recipients with ids after `after`, in id order, from one statement prepared once.
 */
export function recipientPages(
  db: DatabaseSync,
  push: StoredPush,
): (after: string, limit: number) => Recipient[] {
  const { sql, params, key } = recipientQuery(push);
  const page = db.prepare(`${sql} AND ${key} > ? ORDER BY ${key} LIMIT ?`);
  return (after, limit) => page.all(...params, after, limit).map((row) => recipientRow.parse(row));
}

export interface NewPush {
  shopId: string;
  couponNumber: string;
  type: PushType;
  sendAt: string;
  period: Period;
  items: Items;
  bannerLink: string;
  orderNumbers: readonly string[];
  createdAt: string;
}

/** Stores an accepted application as a scheduled push; returns its id. */
export function insertPush(db: DatabaseSync, push: NewPush): number {
  const result = db
    .prepare(
      `INSERT INTO pushes (shop_id, coupon_number, type, send_at, status, audience_from, audience_to, items,
         banner_link, created_at)
       VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?)`,
    )
    .run(
      push.shopId,
      push.couponNumber,
      push.type,
      push.sendAt,
      push.period === 'all' ? null : push.period.from,
      push.period === 'all' ? null : push.period.to,
      JSON.stringify(push.items),
      push.bannerLink,
      push.createdAt,
    );
  const id = Number(result.lastInsertRowid);
  const order = db.prepare('INSERT OR IGNORE INTO push_orders (push_id, order_number) VALUES (?, ?)');
  for (const number of push.orderNumbers) order.run(id, number);
  return id;
}
