/** A sandbox shop with its coupon 1207384, and pushes of it, for the dispatcher's tests. */
import type { DatabaseSync } from 'node:sqlite';
import type { NewPush } from '../../../backend/store.ts';

/** Sunday 2026-11-29 14:00 JST, when the pushes of these tests go out. */
export const SEND_AT = '2026-11-29T14:00:00+09:00';

/** The shop `id` called `name`, and its coupon 1207384 (10% off from 3,000 yen, valid to year end). */
export function seedShop(db: DatabaseSync, id: string, name: string, couponName: string): void {
  db.prepare("INSERT INTO shops (id, name, created_at) VALUES (?, ?, '2020-01-01T00:00:00+09:00')").run(
    id,
    name,
  );
  db.prepare(
    `INSERT INTO coupons (number, shop_id, name, rate, yen, min_purchase, valid_from, valid_to, qstore_only)
     VALUES ('1207384', ?, ?, 10, NULL, 3000, '2026-11-20T00:00:00+09:00', '2026-12-31T23:59:00+09:00', 0)`,
  ).run(id, couponName);
}

/** An ad push of coupon 1207384 to every fan of `shopId` at SEND_AT, top 4 items, banner to the minishop. */
export const newPush = (shopId: string, overrides: Partial<NewPush> = {}): NewPush => ({
  shopId,
  couponNumber: '1207384',
  type: 'ad',
  sendAt: SEND_AT,
  period: 'all',
  items: { mode: 'auto', topN: 4 },
  bannerLink: 'minishop',
  orderNumbers: [],
  createdAt: '2026-11-27T12:00:00+09:00',
  ...overrides,
});
