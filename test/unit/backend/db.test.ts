import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../../backend/checkpoint.ts';
import {
  FIXTURE_SAMPLE_ORDERS,
  MIGRATIONS,
  migrate,
  openDatabase,
  schemaVersion,
  seedDemo,
} from '../../../backend/db.ts';
import { startServer } from '../../../backend/listen.ts';
import { countFans, listCoupons, listPushes } from '../../../backend/store.ts';
import { NOW } from './harness.ts';

const rows = (db: ReturnType<typeof openDatabase>, sql: string) => db.prepare(sql).all();

describe('schema', () => {
  it('migrates a new database to the latest version, and a second run changes nothing', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const tables = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map(
      (r) => r.name,
    );
    expect(tables).toEqual([
      'coupons',
      'customers',
      'fans',
      'orders',
      'outbox',
      'push_orders',
      'pushes',
      'sandbox_clock',
      'shops',
    ]);
    db.close();
  });

  it('keeps data and version in a file across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-db-'));
    try {
      const file = join(dir, 'nested', 'qsm.sqlite');
      const first = openDatabase(file);
      seedDemo(first, NOW);
      const pushes = listPushes(first, 'qoo10-sample-shop').length;
      first.close();
      const again = openDatabase(file);
      expect(schemaVersion(again)).toBe(MIGRATIONS.length);
      expect(listPushes(again, 'qoo10-sample-shop')).toHaveLength(pushes);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a file in WAL mode, synced at checkpoints rather than at every commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-db-'));
    try {
      const db = openDatabase(join(dir, 'qsm.sqlite'));
      expect(db.prepare('PRAGMA journal_mode').get()?.journal_mode).toBe('wal');
      // 1 = NORMAL: a commit's fsync no longer stalls a long dispatch; a killed process loses nothing.
      expect(db.prepare('PRAGMA synchronous').get()?.synchronous).toBe(1);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an outbox row twice for one push, recipient and channel', () => {
    const db = openDatabase(':memory:');
    seedDemo(db, NOW);
    const [push] = listPushes(db, 'qoo10-sample-shop');
    const insert = db.prepare(
      "INSERT INTO outbox (push_id, recipient_id, channel, address, body, created_at) VALUES (?, ?, 'email', 'a@b', 'x', 'now')",
    );
    const customer = String(rows(db, 'SELECT id FROM customers LIMIT 1')[0]?.id);
    insert.run(push?.id ?? 0, customer);
    expect(() => insert.run(push?.id ?? 0, customer)).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('WAL checkpoints', () => {
  it('run in a worker thread: the server connection never checkpoints at a commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-db-'));
    const file = join(dir, 'qsm.sqlite');
    const db = openDatabase(file);
    // Its timer is out of the way: this test asks for each checkpoint itself.
    const checkpointer = startCheckpointer(db, file, 3_600_000);
    try {
      expect(db.prepare('PRAGMA wal_autocheckpoint').get()?.wal_autocheckpoint).toBe(0);
      seedDemo(db, NOW);
      // Well past SQLite's 1,000-page threshold, so the connection would have checkpointed by itself.
      const insert = db.prepare(
        'INSERT INTO customers (id, email, email_verified, coupon_opt_out) VALUES (?, ?, 1, 0)',
      );
      db.exec('BEGIN');
      for (let i = 0; i < 40_000; i++) insert.run(`bulk${i}`, `${'x'.repeat(80)}${i}@example.jp`);
      db.exec('COMMIT');
      const walPages = statSync(`${file}-wal`).size / Number(db.prepare('PRAGMA page_size').get()?.page_size);
      expect(walPages).toBeGreaterThan(1000);
      const done = await checkpointer.run();
      expect(done.log).toBeGreaterThan(1000);
      expect(done).toMatchObject({ busy: 0, checkpointed: done.log });
    } finally {
      await checkpointer.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop with the server, whose database then opens with everything written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qpp-db-'));
    const file = join(dir, 'qsm.sqlite');
    try {
      const running = await startServer({ dbPath: file, dispatchEveryMs: 0 });
      const pushes = (await (await fetch(`${running.url}__sandbox/pushes`)).json()) as { pushes: unknown[] };
      await running.close();
      const again = openDatabase(file);
      expect(listPushes(again, 'qoo10-sample-shop')).toHaveLength(pushes.pushes.length);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seedDemo', () => {
  const db = openDatabase(':memory:');
  const shopId = seedDemo(db, NOW);

  it('seeds a shop with the fixture coupons, a Qstore-only one among them', () => {
    const coupons = listCoupons(db, shopId);
    expect(coupons.map((c) => c.number)).toEqual(['1207384', '1207391', '1207399', '1207412']);
    expect(coupons.filter((c) => c.qstore_only).map((c) => c.number)).toEqual(['1207399']);
  });

  it('seeds about 50 fans over varied dates, some unverified and some opted out', () => {
    expect(countFans(db, shopId, 'all')).toBe(50);
    const fans = rows(
      db,
      'SELECT f.registered_on, c.email_verified, c.coupon_opt_out FROM fans f JOIN customers c ON c.id = f.customer_id',
    );
    expect(new Set(fans.map((f) => f.registered_on)).size).toBeGreaterThan(30);
    expect(fans.some((f) => f.email_verified === 0)).toBe(true);
    expect(fans.some((f) => f.coupon_opt_out === 1)).toBe(true);
    expect(countFans(db, shopId, { from: '2026-10-28', to: '2026-11-27' })).toBeGreaterThan(0);
    expect(fans.every((f) => String(f.registered_on) <= '2026-11-27')).toBe(true);
  });

  it('seeds orders with 9 or 10 digit numbers, the fixture sample orders among them', () => {
    const numbers = rows(db, 'SELECT number FROM orders').map((o) => String(o.number));
    expect(numbers.every((n) => /^\d{9,10}$/.test(n))).toBe(true);
    expect(numbers.some((n) => n.length === 10)).toBe(true);
    expect(numbers).toEqual(expect.arrayContaining(FIXTURE_SAMPLE_ORDERS));
  });

  it('seeds only past pushes, so a push can be applied for this week', () => {
    const pushes = listPushes(db, shopId);
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((p) => new Date(p.send_at) < NOW && p.status !== 'scheduled')).toBe(true);
  });

  it('does nothing the second time, and seeds the same shop every time', () => {
    const count = (sql: string) => rows(db, sql).length;
    const before = count('SELECT * FROM orders');
    seedDemo(db, NOW);
    expect(count('SELECT * FROM orders')).toBe(before);
    const other = openDatabase(':memory:');
    seedDemo(other, NOW);
    const snapshot = (d: typeof db) => rows(d, 'SELECT * FROM orders ORDER BY number');
    expect(snapshot(other)).toEqual(snapshot(db));
    other.close();
  });
});
