/**
 * The sandbox keeps serving while it dispatches (issue 12.5): 100,000 recipients, the longest the
 * event loop waited for a turn, batched by time (the server's dispatcher) against one transaction (the old way).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { startCheckpointer } from '../backend/checkpoint.ts';
import { openDatabase } from '../backend/db.ts';
import { CHANNELS, DISPATCH_SLICE_MS, dispatchDue, dispatchDueAsync } from '../backend/dispatch.ts';
import { insertPush } from '../backend/store.ts';

const RECIPIENTS = 100_000;
const SEND_AT = '2026-11-29T14:00:00+09:00';

function seed(path = ':memory:'): DatabaseSync {
  const db = openDatabase(path);
  db.exec('BEGIN');
  db.prepare(
    "INSERT INTO shops (id, name, created_at) VALUES ('s', 'Big', '2020-01-01T00:00:00+09:00')",
  ).run();
  db.prepare(
    `INSERT INTO coupons (number, shop_id, name, rate, yen, min_purchase, valid_from, valid_to, qstore_only)
     VALUES ('1207384', 's', 'Winter', 10, NULL, 3000, '2026-11-20T00:00:00+09:00', '2026-12-31T23:59:00+09:00', 0)`,
  ).run();
  const customer = db.prepare(
    'INSERT INTO customers (id, email, email_verified, coupon_opt_out) VALUES (?, ?, 1, 0)',
  );
  const fan = db.prepare(
    "INSERT INTO fans (shop_id, customer_id, registered_on) VALUES ('s', ?, '2026-11-01')",
  );
  for (let i = 0; i < RECIPIENTS; i++) {
    customer.run(`c${i}`, `c${i}@example.jp`);
    fan.run(`c${i}`);
  }
  db.exec('COMMIT');
  insertPush(db, {
    shopId: 's',
    couponNumber: '1207384',
    type: 'ad',
    sendAt: SEND_AT,
    period: 'all',
    items: { mode: 'auto', topN: 4 },
    bannerLink: 'minishop',
    orderNumbers: [],
    createdAt: '2026-11-27T12:00:00+09:00',
  });
  return db;
}

/** Runs `work` while a chain of setImmediate callbacks measures the longest wait between turns. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; totalMs: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  running = false;
  await new Promise((resolve) => setImmediate(resolve));
  return { stallMs: Math.max(longest, performance.now() - last), totalMs };
}

test(`dispatch of ${RECIPIENTS.toLocaleString('en')} recipients: longest event-loop stall`, {
  timeout: 600_000,
}, async () => {
  const load = () => `load ${loadavg()[0]?.toFixed(1)}`;
  const batched = seed();
  const a = await longestStall(() => dispatchDueAsync(batched, new Date(SEND_AT)));
  const rows = Number(batched.prepare('SELECT COUNT(*) AS n FROM outbox').get()?.n);
  expect(rows).toBe(RECIPIENTS * CHANNELS.length);
  batched.close();
  console.log(
    `batched (~${DISPATCH_SLICE_MS} ms a transaction), in memory: longest stall ${a.stallMs.toFixed(0)} ms in ${(a.totalMs / 1000).toFixed(1)} s (budget 250 ms), ${load()}`,
  );
  // The server's own setting: a file in WAL mode, where each commit writes (and may sync) to disk.
  const dir = mkdtempSync(join(tmpdir(), 'qpp-bench-'));
  try {
    for (const worker of [false, true]) {
      const file = join(dir, `qsm-${worker}.sqlite`);
      const onDisk = seed(file);
      const checkpointer = worker ? startCheckpointer(onDisk, file) : null;
      const f = await longestStall(() => dispatchDueAsync(onDisk, new Date(SEND_AT)));
      await checkpointer?.stop();
      onDisk.close();
      const how = worker ? 'checkpoints in a worker (the server)' : 'checkpoints at commits (before)';
      console.log(
        `batched, on a WAL file, ${how}: longest stall ${f.stallMs.toFixed(0)} ms in ${(f.totalMs / 1000).toFixed(1)} s, ${load()}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The floor: the same measurement with nothing to do, as long, on the same machine at the same load.
  const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, a.totalMs)));
  console.log(`no work (the machine's own floor): longest stall ${idle.stallMs.toFixed(0)} ms, ${load()}`);
  const whole = seed();
  const b = await longestStall(async () => dispatchDue(whole, new Date(SEND_AT)));
  whole.close();
  console.log(`one transaction (before), in memory: longest stall ${b.stallMs.toFixed(0)} ms, ${load()}`);
});
