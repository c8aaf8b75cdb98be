/**
 * The dispatcher in batches (issue 12.5): the event loop gets turns during a long dispatch, and a
 * run stopped half way (a crash) and run again still reaches every recipient exactly once.
 * The sandbox clock survives a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedClock } from '../../../backend/clock.ts';
import { openDatabase } from '../../../backend/db.ts';
import { CHANNELS, dispatchDueAsync } from '../../../backend/dispatch.ts';
import { startServer } from '../../../backend/listen.ts';
import { findPush, insertPush } from '../../../backend/store.ts';
import { newPush, SEND_AT, seedShop } from '../helpers/dispatch';

const SHOP = 'shop-big';
const FANS = 2_000;

function seedFans(db: DatabaseSync, count: number): number {
  db.exec('BEGIN');
  seedShop(db, SHOP, 'Big', 'Winter');
  const customer = db.prepare(
    'INSERT INTO customers (id, email, email_verified, coupon_opt_out) VALUES (?, ?, 1, 0)',
  );
  const fan = db.prepare(
    "INSERT INTO fans (shop_id, customer_id, registered_on) VALUES (?, ?, '2026-11-01')",
  );
  for (let i = 0; i < count; i++) {
    customer.run(`c${i}`, `c${i}@example.jp`);
    fan.run(SHOP, `c${i}`);
  }
  db.exec('COMMIT');
  return insertPush(db, newPush(SHOP));
}

const perRecipient = (db: DatabaseSync) =>
  db
    .prepare('SELECT recipient_id, COUNT(*) AS n FROM outbox GROUP BY recipient_id')
    .all()
    .map((row) => Number(row.n));

let db: DatabaseSync;
let pushId: number;
beforeEach(() => {
  db = openDatabase(':memory:');
  pushId = seedFans(db, FANS);
});
afterEach(() => db.close());

/** Counts the turns of the event loop other work gets (a setImmediate chain) until `stop`. */
function countTurns(): { count: () => number; stop: () => void } {
  let turns = 0;
  let finished = false;
  const tick = () => {
    if (finished) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    count: () => turns,
    stop: () => {
      finished = true;
    },
  };
}

describe('dispatchDueAsync', () => {
  it('gives the event loop turns between batches', async () => {
    const turns = countTurns();
    const report = await dispatchDueAsync(db, new Date(SEND_AT), { batch: 100 });
    turns.stop();
    expect(report.sent).toEqual([{ id: String(pushId), recipients: FANS }]);
    // 20 batches, each followed by a turn: other work (requests) ran while the push went out.
    expect(turns.count()).toBeGreaterThanOrEqual(FANS / 100 - 1);
  });

  it('commits and yields when a transaction has used its time, whatever the count', async () => {
    const batches: number[] = [];
    const turns = countTurns();
    // No count cap and no time: each transaction writes the one recipient it must, then yields.
    await dispatchDueAsync(db, new Date(SEND_AT), {
      sliceMs: 0,
      afterBatch: (_id, written) => batches.push(written),
    });
    turns.stop();
    expect(batches.slice(0, FANS)).toEqual(Array.from({ length: FANS }, (_, i) => i + 1));
    expect(turns.count()).toBeGreaterThanOrEqual(FANS - 1);
    expect(findPush(db, pushId)).toMatchObject({ status: 'sent', recipients: FANS });
  });

  it('reaches every recipient exactly once on each channel after a crash half way', async () => {
    const crash = new Error('killed');
    // Batches end by time as well as by count, so the crash comes after the first commit past 900.
    let crashedAt = 0;
    await expect(
      dispatchDueAsync(db, new Date(SEND_AT), {
        batch: 300,
        afterBatch: (_id, written) => {
          crashedAt = written;
          if (written >= 900) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(findPush(db, pushId)?.status).toBe('scheduled');
    // Consistent half way: each recipient written so far has all its channels, nobody else has any.
    expect(perRecipient(db)).toHaveLength(crashedAt);
    expect(new Set(perRecipient(db))).toEqual(new Set([CHANNELS.length]));
    const report = await dispatchDueAsync(db, new Date(SEND_AT), { batch: 300 });
    expect(report.added).toBe((FANS - crashedAt) * CHANNELS.length);
    expect(findPush(db, pushId)).toMatchObject({ status: 'sent', recipients: FANS });
    const counts = perRecipient(db);
    expect(counts).toHaveLength(FANS);
    expect(new Set(counts)).toEqual(new Set([CHANNELS.length]));
    expect((await dispatchDueAsync(db, new Date(SEND_AT))).added).toBe(0);
  });

  it('lets two overlapping runs add each message once', async () => {
    const [a, b] = await Promise.all([
      dispatchDueAsync(db, new Date(SEND_AT), { batch: 250 }),
      dispatchDueAsync(db, new Date(SEND_AT), { batch: 250 }),
    ]);
    expect(a.added + b.added).toBe(FANS * CHANNELS.length);
    expect(new Set(perRecipient(db))).toEqual(new Set([CHANNELS.length]));
  });
});

describe('the sandbox clock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qpp-clock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on from the instant set, across a reopened database', () => {
    const path = join(dir, 'qsm.sqlite');
    let real = 1_000_000;
    const first = openDatabase(path);
    storedClock(first, () => real).set(new Date('2030-01-01T00:00:00Z'));
    first.close();
    real += 60_000;
    const again = openDatabase(path);
    expect(
      storedClock(again, () => real)
        .now()
        .toISOString(),
    ).toBe('2030-01-01T00:01:00.000Z');
    again.close();
  });

  it('survives a restart of the server', async () => {
    const dbPath = join(dir, 'qsm.sqlite');
    const first = await startServer({ dbPath, dispatchEveryMs: 0 });
    const set = await fetch(`${first.url}__sandbox/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: '2030-01-01T09:00:00+09:00' }),
    });
    expect(set.status).toBe(200);
    await first.close();
    const second = await startServer({ dbPath, dispatchEveryMs: 0 });
    const { now } = (await (await fetch(`${second.url}__sandbox/clock`)).json()) as { now: string };
    await second.close();
    expect(now.startsWith('2030-01-01T09:0')).toBe(true);
  });
});
