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

/** Recipients written per transaction by the asynchronous dispatcher, between turns of the event loop. */
export const DISPATCH_BATCH = 1000;

/** One batch of a push's messages: outbox rows, INSERT OR IGNORE, so a batch written twice adds nothing. */
function writeBatch(
  db: DatabaseSync,
  push: StoredPush,
  shopName: string,
  coupon: ShopCoupon,
  recipients: readonly Recipient[],
  createdAt: string,
): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outbox (push_id, recipient_id, channel, address, subject, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const recipient of recipients) {
    for (const message of messagesFor(push, shopName, coupon, recipient)) {
      const { changes } = insert.run(
        push.id,
        recipient.id,
        message.channel,
        message.address,
        message.subject,
        message.body,
        createdAt,
      );
      added += Number(changes);
    }
  }
  return added;
}

function markSent(db: DatabaseSync, push: StoredPush, recipients: number, createdAt: string): void {
  db.prepare(
    "UPDATE pushes SET status = 'sent', sent_at = ?, recipients = ? WHERE id = ? AND status = 'scheduled'",
  ).run(createdAt, recipients, push.id);
}

/** Sends every scheduled push whose send time is at or before `now`, in one transaction. Safe to run any number of times. */
export function dispatchDue(db: DatabaseSync, now: Date): DispatchReport {
  return inTransaction(db, () => {
    const report: DispatchReport = { sent: [], added: 0 };
    const createdAt = toJstIso(now);
    for (const push of duePushes(db, now)) {
      const shop = findShop(db, push.shop_id);
      const coupon = findCoupon(db, push.shop_id, push.coupon_number);
      const recipients = eligibleRecipients(db, push);
      if (shop && coupon) report.added += writeBatch(db, push, shop.name, coupon, recipients, createdAt);
      markSent(db, push, recipients.length, createdAt);
      report.sent.push({ id: String(push.id), recipients: recipients.length });
    }
    return report;
  });
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface AsyncDispatchOptions {
  batch?: number;
  /** Called after each committed batch (tests use it to stop a run half way, as a crash would). */
  afterBatch?: (pushId: number, written: number) => void;
}

/**
 * `dispatchDue` without stalling the server: each push's recipients are read and written `batch` at
 * a time (in id order), each batch its own transaction, with a turn of the event loop between batches. Still exactly
 * once: a batch written again (after a crash, or by an overlapping run) adds nothing, because of the
 * outbox's UNIQUE (push, recipient, channel), and a push is marked sent only with its last batch.
 */
export async function dispatchDueAsync(
  db: DatabaseSync,
  now: Date,
  options: AsyncDispatchOptions = {},
): Promise<DispatchReport> {
  const size = options.batch ?? DISPATCH_BATCH;
  const report: DispatchReport = { sent: [], added: 0 };
  const createdAt = toJstIso(now);
  for (const push of duePushes(db, now)) {
    const shop = findShop(db, push.shop_id);
    const coupon = findCoupon(db, push.shop_id, push.coupon_number);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const slice = eligibleRecipients(db, push, { after, limit: size });
      const last = slice.length < size;
      report.added += inTransaction(db, () => {
        const added = shop && coupon ? writeBatch(db, push, shop.name, coupon, slice, createdAt) : 0;
        if (last) markSent(db, push, done + slice.length, createdAt);
        return added;
      });
      done += slice.length;
      after = slice.at(-1)?.id ?? after;
      options.afterBatch?.(push.id, done);
      if (last) break;
      await turn();
    }
    report.sent.push({ id: String(push.id), recipients: done });
    await turn();
  }
  return report;
}

/** Runs the dispatcher against the (settable) clock every `intervalMs`; returns the stop function. */
export function startDispatcher(
  db: DatabaseSync,
  clock: Clock,
  intervalMs = 3000,
  onError: (error: unknown) => void = (error) => console.error('dispatch failed', error),
): () => void {
  // One run at a time: a run that takes longer than the interval is not overlapped by the next.
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dispatchDueAsync(db, clock.now())
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
