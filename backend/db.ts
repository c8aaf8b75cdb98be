/**
 * The sandbox QSM's database (node:sqlite, no native addon): schema, migrations and a demo shop.
 * Instants are stored as ISO 8601 with the +09:00 offset (what QSM shows is Japan time); fan
 * registration days as JST calendar dates (YYYY-MM-DD), because audience periods are whole days.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { addJstDays, DAY_MS, HOUR_MS, jstDate, jstInstant, toJstIso } from '../lib/time/jst.ts';

/** Each entry moves the schema one version up; `PRAGMA user_version` says how many have run. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE shops (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE coupons (
    number TEXT PRIMARY KEY,
    shop_id TEXT NOT NULL REFERENCES shops(id),
    name TEXT NOT NULL,
    rate INTEGER,
    yen INTEGER,
    min_purchase INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    qstore_only INTEGER NOT NULL DEFAULT 0 CHECK (qstore_only IN (0, 1)),
    CHECK ((rate IS NULL) <> (yen IS NULL))
  );
  CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_verified INTEGER NOT NULL CHECK (email_verified IN (0, 1)),
    coupon_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (coupon_opt_out IN (0, 1))
  );
  CREATE TABLE fans (
    shop_id TEXT NOT NULL REFERENCES shops(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    registered_on TEXT NOT NULL,
    PRIMARY KEY (shop_id, customer_id)
  );
  CREATE INDEX fans_by_day ON fans (shop_id, registered_on);
  CREATE TABLE orders (
    number TEXT PRIMARY KEY CHECK (length(number) BETWEEN 9 AND 10),
    shop_id TEXT NOT NULL REFERENCES shops(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    ordered_at TEXT NOT NULL,
    amount INTEGER NOT NULL
  );
  CREATE TABLE pushes (
    id INTEGER PRIMARY KEY,
    shop_id TEXT NOT NULL REFERENCES shops(id),
    coupon_number TEXT NOT NULL REFERENCES coupons(number),
    type TEXT NOT NULL CHECK (type IN ('ad', 'compensation')),
    send_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'sent', 'cancelled', 'failed')),
    audience_from TEXT,
    audience_to TEXT,
    items TEXT NOT NULL,
    banner_link TEXT NOT NULL,
    recipients INTEGER,
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    sent_at TEXT,
    CHECK ((audience_from IS NULL) = (audience_to IS NULL))
  );
  CREATE INDEX pushes_due ON pushes (status, send_at);
  CREATE TABLE push_orders (
    push_id INTEGER NOT NULL REFERENCES pushes(id),
    order_number TEXT NOT NULL REFERENCES orders(number),
    PRIMARY KEY (push_id, order_number)
  );
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    push_id INTEGER NOT NULL REFERENCES pushes(id),
    recipient_id TEXT NOT NULL REFERENCES customers(id),
    channel TEXT NOT NULL CHECK (channel IN ('qpost', 'email', 'app')),
    address TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (push_id, recipient_id, channel)
  );`,
  // The sandbox clock, so a clock set for a demo survives a restart: how far it runs from real
  // time (offset_ms), or the instant it is frozen at (frozen_ms).
  `CREATE TABLE sandbox_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    offset_ms INTEGER NOT NULL DEFAULT 0,
    frozen_ms INTEGER
  );`,
];

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return Number(row?.user_version ?? 0);
}

/** Runs the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: DatabaseSync): number {
  for (let version = schemaVersion(db); version < MIGRATIONS.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[version] ?? '');
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return schemaVersion(db);
}

/** Opens (creating the folder if needed) and migrates a database; `:memory:` for tests. */
export function openDatabase(path = ':memory:'): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON');
  // A second connection (another server, a test) waits for the writer instead of failing at once.
  db.exec('PRAGMA busy_timeout = 5000');
  if (path !== ':memory:') {
    db.exec('PRAGMA journal_mode = WAL');
    // In WAL, NORMAL syncs at checkpoints rather than at every commit (a commit's fsync stalled the
    // event loop for 100 ms and more on a busy disk); a killed process still loses nothing committed.
    db.exec('PRAGMA synchronous = NORMAL');
  }
  migrate(db);
  return db;
}

/** Runs `work` in one write transaction (BEGIN IMMEDIATE), so readers of its effects see all or none. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

export const DEMO_SHOP_ID = 'qoo10-sample-shop';
export const DEMO_SHOP_NAME = 'Qoo10 サンプルショップ';
/** The order numbers the fixture page shows when an .xlsx is uploaded (page.js SAMPLE_BUYERS). */
export const FIXTURE_SAMPLE_ORDERS = ['262749754', '262749755', '262749756', '262749757', '262749758'];

/** A small deterministic PRNG (mulberry32), so every seeded demo shop is the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Empties every table (children first) and seeds the demo shop again, relative to `now`. */
export function resetDemo(db: DatabaseSync, now: Date): string {
  inTransaction(db, () => {
    for (const table of [
      'outbox',
      'push_orders',
      'pushes',
      'orders',
      'fans',
      'customers',
      'coupons',
      'shops',
    ]) {
      db.exec(`DELETE FROM ${table}`);
    }
  });
  return seedDemo(db, now);
}

export function isSeeded(db: DatabaseSync): boolean {
  return db.prepare('SELECT 1 FROM shops LIMIT 1').get() !== undefined;
}

/**
 * Seeds the demo shop relative to `now`: the fixture's four coupons, 60 customers of whom 50 are fans
 * (registered from years ago to today; every 7th e-mail unverified, every 9th opted out), 30 orders
 * (the fixture's sample order numbers among them), and two past pushes. Does nothing if a shop exists.
 */
export function seedDemo(db: DatabaseSync, now: Date): string {
  if (isSeeded(db)) return DEMO_SHOP_ID;
  const next = random(20261127);
  const today = jstDate(now);
  const at = (days: number, time = '00:00') => {
    const instant = jstInstant(addJstDays(today, days), time);
    if (!instant) throw new RangeError(`bad seed time ${time}`);
    return toJstIso(instant);
  };
  inTransaction(db, () => {
    db.prepare('INSERT INTO shops (id, name, created_at) VALUES (?, ?, ?)').run(
      DEMO_SHOP_ID,
      DEMO_SHOP_NAME,
      at(-2000),
    );
    const coupon = db.prepare(
      `INSERT INTO coupons (number, shop_id, name, rate, yen, min_purchase, valid_from, valid_to, qstore_only)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    coupon.run('1207384', DEMO_SHOP_ID, '冬のありがとうクーポン', 10, null, 3000, at(-5), at(35, '23:59'), 0);
    coupon.run('1207391', DEMO_SHOP_ID, 'ファン限定 500円OFF', null, 500, 5000, at(-2), at(1, '23:59'), 0);
    coupon.run('1207399', DEMO_SHOP_ID, 'Qstore限定 15%OFF', 15, null, 2000, at(-1), at(20, '23:59'), 1);
    coupon.run('1207412', DEMO_SHOP_ID, '新春先行クーポン', null, 1000, 8000, at(3), at(33, '23:59'), 0);

    const customer = db.prepare(
      'INSERT INTO customers (id, email, email_verified, coupon_opt_out) VALUES (?, ?, ?, ?)',
    );
    const fan = db.prepare('INSERT INTO fans (shop_id, customer_id, registered_on) VALUES (?, ?, ?)');
    const customers: string[] = [];
    for (let n = 1; n <= 60; n++) {
      const id = `C${String(234000 + n * 17)}`;
      customers.push(id);
      customer.run(id, `buyer${n}@example.jp`, n % 7 === 0 ? 0 : 1, n % 9 === 0 ? 1 : 0);
      if (n > 50) continue;
      // Half registered in the last 60 days (so period filters find someone), half over the years.
      const daysAgo = n % 2 === 0 ? Math.floor(next() * 60) : 60 + Math.floor(next() * 1900);
      fan.run(DEMO_SHOP_ID, id, addJstDays(today, -daysAgo));
    }

    const order = db.prepare(
      'INSERT INTO orders (number, shop_id, customer_id, ordered_at, amount) VALUES (?, ?, ?, ?, ?)',
    );
    // The fixture masks its sample buyers 234/236/237/242/242: the last two orders share one buyer.
    const sampleBuyers = [customers[3], customers[5], customers[51], customers[56], customers[56]];
    FIXTURE_SAMPLE_ORDERS.forEach((number, i) => {
      order.run(number, DEMO_SHOP_ID, sampleBuyers[i] ?? '', at(-3 - i, '12:00'), 3000 + i * 500);
    });
    for (let i = 0; i < 25; i++) {
      const digits = i % 3 === 0 ? 10 : 9;
      const number = String(Math.floor(10 ** (digits - 1) * (1 + next() * 8.9)));
      const buyer = customers[Math.floor(next() * customers.length)] ?? '';
      const orderedAt = new Date(now.getTime() - Math.floor(next() * 30 * DAY_MS) - HOUR_MS);
      order.run(number, DEMO_SHOP_ID, buyer, toJstIso(orderedAt), 1000 + Math.floor(next() * 20) * 250);
    }

    const push = db.prepare(
      `INSERT INTO pushes (id, shop_id, coupon_number, type, send_at, status, items, banner_link, recipients,
         created_at, cancelled_at, sent_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'minishop', ?, ?, ?, ?)`,
    );
    const auto = JSON.stringify({ mode: 'auto', topN: 4 });
    const reached = db
      .prepare(
        `SELECT count(*) AS n FROM fans f JOIN customers c ON c.id = f.customer_id
         WHERE f.shop_id = ? AND c.email_verified = 1 AND c.coupon_opt_out = 0`,
      )
      .get(DEMO_SHOP_ID);
    const sentTo = Number(reached?.n ?? 0);
    push.run(
      2611019,
      DEMO_SHOP_ID,
      '1207384',
      'ad',
      at(-8, '10:00'),
      'sent',
      auto,
      sentTo,
      at(-10, '15:12'),
      null,
      at(-8, '10:00'),
    );
    push.run(
      2611021,
      DEMO_SHOP_ID,
      '1207384',
      'compensation',
      at(-4, '18:00'),
      'cancelled',
      auto,
      null,
      at(-6, '11:40'),
      at(-5, '09:03'),
      null,
    );
  });
  return DEMO_SHOP_ID;
}
