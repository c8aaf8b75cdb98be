/**
 * The dispatcher: at the send time, each scheduled push goes out exactly once per eligible recipient
 * and channel into the outbox. Idempotent by construction: the outbox's UNIQUE (push, recipient,
 * channel) drops repeats, and the push is marked sent in the same write transaction.
 */
import type { DatabaseSync } from 'node:sqlite';
import {
  APP_PUSH_TEXT,
  BANNER_LINK_LABELS,
  BEST_ITEM_HEADING,
  couponIssuedLine,
  EMAIL_SUBJECT,
  itemLabel,
  topItemsCaption,
} from '../lib/preview/index.ts';
import { toJstIso } from '../lib/time.ts';
import type { Clock } from './clock.ts';
import { inTransaction } from './db.ts';
import { qsmDateTime } from './qsm-format.ts';
import {
  duePushes,
  eligibleRecipients,
  findCoupon,
  findShop,
  type Recipient,
  type ShopCoupon,
  type StoredPush,
} from './store.ts';

// The customer-facing words are the preview's, so what the seller previews is what the sandbox sends.
export { APP_PUSH_TEXT, EMAIL_SUBJECT };
export const CHANNELS = ['qpost', 'email', 'app'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Message {
  channel: Channel;
  address: string;
  subject: string | null;
  body: string;
}

function couponLine(coupon: ShopCoupon): string {
  const discount = coupon.rate !== null ? `${coupon.rate}%OFF` : `${coupon.yen}円OFF`;
  const min = coupon.min_purchase.toLocaleString('ja-JP');
  return `${coupon.name}（${discount} / ${min}円以上購入時）`;
}

function period(coupon: ShopCoupon): string {
  return `${qsmDateTime(coupon.valid_from)} ~ ${qsmDateTime(coupon.valid_to)}`;
}

/** The three messages one recipient gets for a push. */
export function messagesFor(
  push: StoredPush,
  shopName: string,
  coupon: ShopCoupon,
  to: Recipient,
): Message[] {
  const bestItems =
    push.items.mode === 'auto' ? [topItemsCaption(push.items.topN)] : push.items.itemIds.map(itemLabel);
  const email = [
    couponIssuedLine(shopName),
    `クーポン: ${couponLine(coupon)}`,
    `利用期間: ${period(coupon)}`,
    '',
    BEST_ITEM_HEADING,
    ...bestItems.map((line) => `・${line}`),
    '',
    `リンク先: ${BANNER_LINK_LABELS[push.banner_link as keyof typeof BANNER_LINK_LABELS] ?? BANNER_LINK_LABELS.minishop}`,
  ].join('\n');
  const note = `${shopName}のショップクーポンが発行されました。${couponLine(coupon)} 利用期間: ${period(coupon)}`;
  return [
    { channel: 'qpost', address: to.id, subject: null, body: note },
    { channel: 'email', address: to.email, subject: EMAIL_SUBJECT, body: email },
    { channel: 'app', address: to.id, subject: null, body: APP_PUSH_TEXT },
  ];
}

export interface DispatchReport {
  /** Pushes marked sent by this run, with how many recipients they reached. */
  sent: { id: string; recipients: number }[];
  /** Outbox rows this run added. */
  added: number;
}

/** Sends every scheduled push whose send time is at or before `now`. Safe to run any number of times. */
export function dispatchDue(db: DatabaseSync, now: Date): DispatchReport {
  return inTransaction(db, () => {
    const report: DispatchReport = { sent: [], added: 0 };
    const insert = db.prepare(
      `INSERT OR IGNORE INTO outbox (push_id, recipient_id, channel, address, subject, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const markSent = db.prepare(
      "UPDATE pushes SET status = 'sent', sent_at = ?, recipients = ? WHERE id = ? AND status = 'scheduled'",
    );
    const createdAt = toJstIso(now);
    for (const push of duePushes(db, now)) {
      const shop = findShop(db, push.shop_id);
      const coupon = findCoupon(db, push.shop_id, push.coupon_number);
      const recipients = eligibleRecipients(db, push);
      if (shop && coupon) {
        for (const recipient of recipients) {
          for (const message of messagesFor(push, shop.name, coupon, recipient)) {
            const { changes } = insert.run(
              push.id,
              recipient.id,
              message.channel,
              message.address,
              message.subject,
              message.body,
              createdAt,
            );
            report.added += Number(changes);
          }
        }
      }
      markSent.run(createdAt, recipients.length, push.id);
      report.sent.push({ id: String(push.id), recipients: recipients.length });
    }
    return report;
  });
}

/** Runs the dispatcher against the (settable) clock every `intervalMs`; returns the stop function. */
export function startDispatcher(
  db: DatabaseSync,
  clock: Clock,
  intervalMs = 3000,
  onError: (error: unknown) => void = (error) => console.error('dispatch failed', error),
): () => void {
  const timer = setInterval(() => {
    try {
      dispatchDue(db, clock.now());
    } catch (error) {
      onError(error);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
