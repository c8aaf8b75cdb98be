/**
 * The whole path of issue 20 on the sandbox QSM (backend/), as `npm start` shows it: the shop's orders
 * on 配送管理 and クレーム管理 from its database, collected there, taken on the push form as a
 * compensation push, applied, and dispatched at the send time to exactly the buyers of those orders.
 * Chromium only: it tests the server behind the pages (test/e2e/flows/collect.e2e.ts runs in both).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../backend/listen.ts';
import { startServer } from '../../backend/listen.ts';
import { chooseCoupon, chooseType, field, sendDay, setSendAt } from './form';
import { answerFromSandbox, type Harness, launch } from './harness';

const BAR = '[data-qpp="order-collect"]';
const dir = mkdtempSync(join(tmpdir(), 'qpp-collect-sandbox-'));
const dbPath = join(dir, 'qsm.sqlite');
let sandbox: RunningServer;
let harness: Harness;

async function api(path: string, method: 'GET' | 'POST' = 'GET', body?: unknown) {
  const response = await fetch(new URL(path, sandbox.url), {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    signal: AbortSignal.timeout(5000),
  });
  return response.json();
}

beforeAll(async () => {
  sandbox = await startServer({ port: 0, dbPath, dispatchEveryMs: 0 });
  harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await answerFromSandbox(harness.context, sandbox.url);
});
afterAll(async () => {
  await harness?.close();
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('collect on the sandbox’s 配送管理 and クレーム管理, apply, dispatch', () => {
  it('sends the compensation push to exactly the buyers of the collected orders', async () => {
    const delivery = await harness.openFixture('Delivery/DeliveryManagement.ja');
    const rows = delivery.locator('#__grid_goods_grid .objbox tr[idd]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const shown = (await rows.evaluateAll((all) => all.map((row) => row.getAttribute('idd')))) as string[];
    await delivery.locator(`${BAR} [data-qpp="collect-all"]`).click();
    await expect.poll(() => delivery.locator(BAR).getAttribute('data-count')).toBe(String(shown.length));

    const claims = await harness.openFixture('Claim/ClaimManagement.ja', delivery);
    const claimRows = claims.locator('#__grid_ClaimGrid .objbox tr[idd]');
    await expect.poll(() => claimRows.count()).toBeGreaterThan(0);
    const faults = (await claimRows.evaluateAll((all) =>
      all.filter((row) => row.textContent?.includes('販売者の責任')).map((row) => row.getAttribute('idd')),
    )) as string[];
    await claims.locator(`${BAR} [data-qpp="collect-seller-fault"]`).click();
    const expected = [...shown, ...faults.filter((n) => !shown.includes(n))];
    await expect.poll(() => claims.locator(BAR).getAttribute('data-count')).toBe(String(expected.length));

    const form = await harness.openFixture('coupon-push.ja', claims);
    await chooseType(form, 'compensation');
    await chooseCoupon(form, '1207384');
    await setSendAt(form, sendDay(2), '15:00');
    const frame = form.frameLocator('[data-qpp="order-converter"] iframe');
    await frame.locator('[data-qpp="use-collected"]').click();
    await expect.poll(() => frame.locator('[data-order-put-done]').count()).toBe(1);
    const buyers = form.locator(`${field('tblBuyers')} tbody input[type=checkbox]`);
    await expect
      .poll(() => buyers.evaluateAll((all) => all.map((box) => (box as HTMLInputElement).value)))
      .toEqual(expected);
    await form.click(field('btnUploadFile'));
    await form.click(field('chkBuyerAll'));
    await Promise.all([form.waitForURL(/coupon-push\.ja\.aspx/), form.click(field('btnApply'))]);
    const result = form.locator('#qsmServerResult[data-result="applied"]');
    await expect.poll(() => result.count()).toBe(1);
    const id = await result.getAttribute('data-push-id');

    const push = (await api('/__sandbox/pushes')).pushes.find((p: { id: string }) => p.id === id);
    expect(push?.type).toBe('compensation');
    await api('/__sandbox/clock', 'POST', { now: push.sendAt });
    await api('/__sandbox/dispatch', 'POST');
    const outbox = await api(`/__sandbox/outbox?push=${id}`);
    const reached = [...new Set(outbox.messages.map((m: { recipientId: string }) => m.recipientId))].sort();

    // The buyers of those orders who can receive a coupon, read from the sandbox's own database.
    const db = new DatabaseSync(dbPath, { readOnly: true });
    const eligible = db
      .prepare(
        `SELECT DISTINCT c.id AS id FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.number IN (${expected.map(() => '?').join(',')}) AND c.email_verified = 1 AND c.coupon_opt_out = 0
         ORDER BY c.id`,
      )
      .all(...expected)
      .map((row) => String(row.id));
    const stored = db
      .prepare('SELECT order_number FROM push_orders WHERE push_id = ? ORDER BY rowid')
      .all(Number(id))
      .map((row) => String(row.order_number));
    db.close();
    expect(stored).toEqual(expected);
    expect(eligible.length).toBeGreaterThan(0);
    expect(reached).toEqual(eligible);
  });
});
