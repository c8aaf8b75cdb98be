/**
 * The dispatcher: at the send time, each scheduled push goes out exactly once per eligible recipient
 * and channel into the outbox. Idempotent by construction: the outbox's UNIQUE (push, recipient,
 * channel) drops repeats, and the push is marked sent in the same write transaction as its last message.
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
import { toJstIso } from '../lib/time/jst.ts';
import type { Clock } from './clock.ts';
import { inTransaction } from './db.ts';
import { qsmDateTime } from './qsm-format.ts';
import {
  duePushes,
  eligibleRecipients,
  findCoupon,
  findShop,
  type Recipient,
  recipientPages,
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

/** What a push says on each channel: the same for every recipient, so rendered once a push. */
interface ChannelMessage {
  channel: Channel;
  subject: string | null;
  body: string;
  addressOf: (to: Recipient) => string;
}

function pushMessages(push: StoredPush, shopName: string, coupon: ShopCoupon): ChannelMessage[] {
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
    { channel: 'qpost', subject: null, body: note, addressOf: (to) => to.id },
    { channel: 'email', subject: EMAIL_SUBJECT, body: email, addressOf: (to) => to.email },
    { channel: 'app', subject: null, body: APP_PUSH_TEXT, addressOf: (to) => to.id },
  ];
}

/** The three messages one recipient gets for a push. */
export function messagesFor(
  push: StoredPush,
  shopName: string,
  coupon: ShopCoupon,
  to: Recipient,
): Message[] {
  return pushMessages(push, shopName, coupon).map(({ channel, subject, body, addressOf }) => ({
    channel,
    address: addressOf(to),
    subject,
    body,
  }));
}

export interface DispatchReport {
  /** Pushes marked sent by this run, with how many recipients they reached. */
  sent: { id: string; recipients: number }[];
  /** Outbox rows this run added. */
  added: number;
}

/**
 * How long one write transaction of the asynchronous dispatcher may hold the event loop before it
 * commits and yields: sized by time, not by count, so a slow or busy machine writes fewer per turn.
 */
export const DISPATCH_SLICE_MS = 20;
/** Recipients read at a time; a transaction reads as many pages as fit its time. */
const PAGE = 250;

/**
 * Writes one recipient's messages for a push: outbox rows, INSERT OR IGNORE, so a recipient written
 * twice adds nothing. One statement and one rendering of the messages serve the whole push.
 */
function recipientWriter(db: DatabaseSync, push: StoredPush, createdAt: string): (to: Recipient) => number {
  const shop = findShop(db, push.shop_id);
  const coupon = findCoupon(db, push.shop_id, push.coupon_number);
  if (!shop || !coupon) return () => 0;
  const messages = pushMessages(push, shop.name, coupon);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outbox (push_id, recipient_id, channel, address, subject, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return (to) => {
    let added = 0;
    for (const message of messages) {
      const { changes } = insert.run(
        push.id,
        to.id,
        message.channel,
        message.addressOf(to),
        message.subject,
        message.body,
        createdAt,
      );
      added += Number(changes);
    }
    return added;
  };
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
      const write = recipientWriter(db, push, createdAt);
      const recipients = eligibleRecipients(db, push);
      for (const recipient of recipients) report.added += write(recipient);
      markSent(db, push, recipients.length, createdAt);
      report.sent.push({ id: String(push.id), recipients: recipients.length });
    }
    return report;
  });
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface AsyncDispatchOptions {
  /** Most recipients one transaction writes (default: no cap but time). */
  batch?: number;
  /** How long one transaction may run, in ms (default DISPATCH_SLICE_MS); at least one recipient each. */
  sliceMs?: number;
  /** Called after each committed batch (tests use it to stop a run half way, as a crash would). */
  afterBatch?: (pushId: number, written: number) => void;
}

/**
 * `dispatchDue` without stalling the server: each push's recipients are read a page at a time (in
 * id order) and written in transactions of about `sliceMs` each, commit included, with a turn of the event loop
 * between them. Still exactly once: a recipient written again (after a crash, or by an overlapping
 * run) adds nothing, because of the outbox's UNIQUE (push, recipient, channel), and a push is marked
 * sent only with its last batch.
 */
export async function dispatchDueAsync(
  db: DatabaseSync,
  now: Date,
  options: AsyncDispatchOptions = {},
): Promise<DispatchReport> {
  const most = Math.max(1, Math.floor(options.batch ?? Number.POSITIVE_INFINITY));
  const sliceMs = options.sliceMs ?? DISPATCH_SLICE_MS;
  const report: DispatchReport = { sent: [], added: 0 };
  const createdAt = toJstIso(now);
  for (const push of duePushes(db, now)) {
    const write = recipientWriter(db, push, createdAt);
    const next = recipientPages(db, push);
    let done = 0;
    let after = '';
    // One transaction: pages of recipients until the time or the cap is up; true once all are written.
    // Its time leaves room for the commit, which writes what the slice wrote (the last one's, measured).
    let commitMs = 0;
    let sliceEnd = 0;
    const slice = (): boolean => {
      const until = performance.now() + Math.max(sliceMs / 4, sliceMs - commitMs);
      let written = 0;
      for (;;) {
        const want = Math.min(PAGE, most - written);
        const page = next(after, want);
        for (const recipient of page) {
          report.added += write(recipient);
          after = recipient.id;
          written++;
          done++;
          sliceEnd = performance.now();
          if (written >= most || sliceEnd >= until) return false;
        }
        if (page.length < want) {
          markSent(db, push, done, createdAt);
          sliceEnd = performance.now();
          return true;
        }
      }
    };
    for (;;) {
      const last = inTransaction(db, slice);
      commitMs = performance.now() - sliceEnd;
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
