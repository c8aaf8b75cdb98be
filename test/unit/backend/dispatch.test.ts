import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClock } from '../../../backend/clock.ts';
import { openDatabase } from '../../../backend/db.ts';
import {
  APP_PUSH_TEXT,
  CHANNELS,
  dispatchDue,
  dispatchDueAsync,
  EMAIL_SUBJECT,
  startDispatcher,
} from '../../../backend/dispatch.ts';
import {
  countRecipients,
  eligibleRecipients,
  findPush,
  insertPush,
  type NewPush,
} from '../../../backend/store.ts';
import { newPush, SEND_AT, seedShop } from '../helpers/dispatch';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOP = 'shop-a';
const AT_SEND = new Date(SEND_AT);

/**
 * A shop whose customers each exercise one rule: who is a fan and since when, whose e-mail is
 * verified, who opted out, who bought what. The expected recipients follow from these rows alone.
 */
const customers = [
  { id: 'fan-in', verified: 1, optOut: 0, fanSince: '2026-11-10' },
  { id: 'fan-old', verified: 1, optOut: 0, fanSince: '2026-09-01' },
  { id: 'fan-unverified', verified: 0, optOut: 0, fanSince: '2026-11-12' },
  { id: 'fan-opted-out', verified: 1, optOut: 1, fanSince: '2026-11-15' },
  { id: 'fan-edge', verified: 1, optOut: 0, fanSince: '2026-11-20' },
  { id: 'buyer', verified: 1, optOut: 0, fanSince: null },
  { id: 'buyer-unverified', verified: 0, optOut: 0, fanSince: null },
] as const;
const orders = [
  { number: '262749754', buyer: 'buyer' },
  { number: '2627497550', buyer: 'buyer' },
  { number: '262749756', buyer: 'fan-in' },
  { number: '262749757', buyer: 'buyer-unverified' },
  { number: '262749758', buyer: 'fan-opted-out' },
];

/** Shop A with its coupon, and the customers, fans and orders above. */
function seedShopA(db: DatabaseSync): void {
  seedShop(db, SHOP, 'テストショップ', '冬のありがとうクーポン');
  for (const c of customers) {
    db.prepare('INSERT INTO customers (id, email, email_verified, coupon_opt_out) VALUES (?, ?, ?, ?)').run(
      c.id,
      `${c.id}@example.jp`,
      c.verified,
      c.optOut,
    );
    if (c.fanSince) {
      db.prepare('INSERT INTO fans (shop_id, customer_id, registered_on) VALUES (?, ?, ?)').run(
        SHOP,
        c.id,
        c.fanSince,
      );
    }
  }
  for (const o of orders) {
    db.prepare(
      "INSERT INTO orders (number, shop_id, customer_id, ordered_at, amount) VALUES (?, ?, ?, '2026-11-20T10:00:00+09:00', 3000)",
    ).run(o.number, SHOP, o.buyer);
  }
}

const push = (overrides: Partial<NewPush> = {}): NewPush => newPush(SHOP, overrides);

interface OutboxRow {
  push_id: number;
  recipient_id: string;
  channel: string;
  address: string;
  subject: string | null;
  body: string;
}

const outbox = (db: DatabaseSync, pushId?: number): OutboxRow[] =>
  db
    .prepare('SELECT * FROM outbox WHERE ? IS NULL OR push_id = ? ORDER BY recipient_id, channel')
    .all(pushId ?? null, pushId ?? null)
    .map((row) => ({
      push_id: Number(row.push_id),
      recipient_id: String(row.recipient_id),
      channel: String(row.channel),
      address: String(row.address),
      subject: row.subject === null ? null : String(row.subject),
      body: String(row.body),
    }));

const recipientsOf = (rows: OutboxRow[]) => [...new Set(rows.map((row) => row.recipient_id))].sort();

let db: DatabaseSync;
beforeEach(() => {
  db = openDatabase(':memory:');
  seedShopA(db);
});
afterEach(() => db.close());

describe('dispatchDue', () => {
  it('sends nothing before the send time, and everything at it', () => {
    const id = insertPush(db, push());
    expect(dispatchDue(db, new Date(AT_SEND.getTime() - 1))).toEqual({ sent: [], added: 0 });
    expect(outbox(db)).toEqual([]);
    expect(findPush(db, id)?.status).toBe('scheduled');

    const report = dispatchDue(db, AT_SEND);
    expect(report.sent).toEqual([{ id: String(id), recipients: 3 }]);
    expect(findPush(db, id)).toMatchObject({ status: 'sent', recipients: 3, sent_at: SEND_AT });
  });

  it('ad push, all periods: every fan with a verified e-mail who did not opt out, on each channel once', () => {
    const id = insertPush(db, push());
    dispatchDue(db, AT_SEND);
    const rows = outbox(db, id);
    expect(recipientsOf(rows)).toEqual(['fan-edge', 'fan-in', 'fan-old']);
    for (const recipient of recipientsOf(rows)) {
      expect(rows.filter((row) => row.recipient_id === recipient).map((row) => row.channel)).toEqual(
        [...CHANNELS].sort(),
      );
    }
  });

  it('ad push with a period: only fans registered within it (both days included)', () => {
    const id = insertPush(db, push({ period: { from: '2026-11-01', to: '2026-11-20' } }));
    dispatchDue(db, AT_SEND);
    expect(recipientsOf(outbox(db, id))).toEqual(['fan-edge', 'fan-in']);
  });

  it('compensation push: the buyers of the ticked orders, each once, fans or not', () => {
    const id = insertPush(
      db,
      push({
        type: 'compensation',
        orderNumbers: ['262749754', '2627497550', '262749756', '262749757', '262749758'],
      }),
    );
    dispatchDue(db, AT_SEND);
    expect(recipientsOf(outbox(db, id))).toEqual(['buyer', 'fan-in']);
    expect(outbox(db, id)).toHaveLength(2 * CHANNELS.length);
  });

  it('compensation push: an order that was not ticked brings nobody', () => {
    const id = insertPush(db, push({ type: 'compensation', orderNumbers: ['262749756'] }));
    dispatchDue(db, AT_SEND);
    expect(recipientsOf(outbox(db, id))).toEqual(['fan-in']);
  });

  it('writes what the customer sees on each channel (Qpost, e-mail, app push)', () => {
    const id = insertPush(db, push({ items: { mode: 'manual', itemIds: ['921676424', '921677797'] } }));
    dispatchDue(db, AT_SEND);
    const mine = outbox(db, id).filter((row) => row.recipient_id === 'fan-in');
    const byChannel = Object.fromEntries(mine.map((row) => [row.channel, row]));
    expect(byChannel.email).toMatchObject({ subject: EMAIL_SUBJECT, address: 'fan-in@example.jp' });
    expect(byChannel.email?.body).toContain('BEST ITEM');
    expect(byChannel.email?.body).toContain('921677797');
    // The same words as the seller's preview (lib/preview).
    expect(byChannel.email?.body).toContain('・商品番号 921676424\n・商品番号 921677797');
    expect(byChannel.email?.body).toMatch(/^テストショップからショップクーポンが発行されました。\n/);
    expect(byChannel.email?.body).toContain('2026/12/31 23:59');
    expect(byChannel.app).toMatchObject({ subject: null, body: APP_PUSH_TEXT, address: 'fan-in' });
    expect(byChannel.qpost?.body).toContain('テストショップ');
    expect(byChannel.qpost?.body).toContain('冬のありがとうクーポン');
  });

  it('is idempotent: a second run adds nothing, a cancelled push is never sent', () => {
    const sent = insertPush(db, push());
    const cancelled = insertPush(db, push({ sendAt: '2026-11-29T10:00:00+09:00' }));
    db.prepare("UPDATE pushes SET status = 'cancelled' WHERE id = ?").run(cancelled);
    const first = dispatchDue(db, AT_SEND);
    const rows = outbox(db);
    expect(first.added).toBe(rows.length);
    expect(dispatchDue(db, AT_SEND)).toEqual({ sent: [], added: 0 });
    expect(dispatchDue(db, new Date(AT_SEND.getTime() + 86_400_000))).toEqual({ sent: [], added: 0 });
    expect(outbox(db)).toEqual(rows);
    expect(outbox(db, cancelled)).toEqual([]);
    expect(findPush(db, sent)?.status).toBe('sent');
  });

  it('sends a push whose time passed while nobody dispatched, stamped with when it went out', () => {
    const id = insertPush(db, push());
    const late = new Date('2026-12-01T09:00:00+09:00');
    dispatchDue(db, late);
    expect(findPush(db, id)).toMatchObject({ status: 'sent', sent_at: '2026-12-01T09:00:00+09:00' });
    expect(recipientsOf(outbox(db, id))).toHaveLength(3);
  });

  it('the timer dispatches against the settable clock', async () => {
    const id = insertPush(db, push());
    const clock = createClock({ start: new Date(AT_SEND.getTime() - 60_000), frozen: true });
    const stop = startDispatcher(db, clock, 10);
    try {
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(findPush(db, id)?.status).toBe('scheduled');
      clock.set(AT_SEND);
      await expect.poll(() => findPush(db, id)?.status, { timeout: 2000, interval: 10 }).toBe('sent');
    } finally {
      stop();
    }
  });
});

describe('dispatchDueAsync', () => {
  const kinds: [string, Partial<NewPush>][] = [
    ['ad, all periods', {}],
    ['ad with a period', { period: { from: '2026-11-01', to: '2026-11-20' } }],
    [
      'compensation, one buyer twice',
      { type: 'compensation', orderNumbers: ['262749754', '2627497550', '262749756', '262749757'] },
    ],
  ];

  it.each(kinds)('%s: one recipient a transaction writes what one transaction does', async (_, overrides) => {
    const id = insertPush(db, push(overrides));
    const stored = findPush(db, id);
    if (!stored) throw new Error('push not stored');
    const expected = eligibleRecipients(db, stored);
    expect(countRecipients(db, stored)).toBe(expected.length);
    const whole = openDatabase(':memory:');
    seedShopA(whole);
    expect(insertPush(whole, push(overrides))).toBe(id);
    dispatchDue(whole, AT_SEND);
    // A slice of 0 ms: every transaction writes one recipient, so each page boundary is crossed.
    const batches: number[] = [];
    const report = await dispatchDueAsync(db, AT_SEND, {
      sliceMs: 0,
      afterBatch: (_id, written) => batches.push(written),
    });
    expect(report.sent).toEqual([{ id: String(id), recipients: expected.length }]);
    expect(batches.slice(0, expected.length)).toEqual(expected.map((_recipient, i) => i + 1));
    expect(outbox(db, id)).toEqual(outbox(whole, id));
    expect(findPush(db, id)).toMatchObject({ status: 'sent', recipients: expected.length });
    whole.close();
  });
});

describe('dispatchDue across processes', () => {
  it('two dispatchers on one database file at once still send each message once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-dispatch-'));
    const file = join(dir, 'qsm.sqlite');
    try {
      const shared = openDatabase(file);
      seedShopA(shared);
      const ids = [
        insertPush(shared, push()),
        insertPush(shared, push({ type: 'compensation', orderNumbers: ['262749754', '262749756'] })),
      ];
      const script = `
        const { openDatabase } = await import('./backend/db.ts');
        const { dispatchDue } = await import('./backend/dispatch.ts');
        const db = openDatabase(process.env.QPP_DB);
        const report = dispatchDue(db, new Date(process.env.QPP_NOW));
        db.close();
        console.log(JSON.stringify(report));`;
      const run = () =>
        new Promise<{ added: number }>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--no-warnings', '--import', './backend/register.ts', '--input-type=module', '-e', script],
            { cwd: ROOT, env: { ...process.env, QPP_DB: file, QPP_NOW: SEND_AT }, timeout: 20_000 },
          );
          let out = '';
          let err = '';
          child.stdout.on('data', (chunk) => {
            out += chunk;
          });
          child.stderr.on('data', (chunk) => {
            err += chunk;
          });
          child.on('close', (code) =>
            code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err || `exit ${code}`)),
          );
        });
      const reports = await Promise.all([run(), run()]);
      const rows = outbox(shared);
      // 3 fans on the ad push, 2 buyers on the compensation push, 3 channels each.
      expect(rows).toHaveLength((3 + 2) * CHANNELS.length);
      expect(reports.map((report) => report.added).sort((a, b) => a - b)).toEqual([0, rows.length]);
      for (const id of ids) expect(findPush(shared, id)?.status).toBe('sent');
      shared.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
