/**
 * The sandbox's 配送管理 and クレーム管理 serve the shop's own orders (order numbers and dates only), in
 * the page's language; orders collected there and posted as a compensation push reach exactly their
 * buyers in the outbox.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shopOrders } from '../../../backend/order-pages.ts';
import { applyForm, type Sandbox, serverDataOf, startSandbox } from './harness.ts';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.close());

describe('the sandbox’s order pages', () => {
  it.each([
    ['Delivery/DeliveryManagement.aspx', 'ja', '__grid_goods_grid'],
    ['Delivery/DeliveryManagement.zh.aspx', 'zh-CN', '__grid_goods_grid'],
    ['Claim/ClaimManagement.aspx', 'ja', '__grid_ClaimGrid'],
    ['Claim/ClaimManagement.en.aspx', 'en', '__grid_ClaimGrid'],
  ])('serves %s (%s) with the shop’s orders', async (page, htmlLang, grid) => {
    const response = await sandbox.get(`/GMKT.INC.Gsm.Web/${page}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${htmlLang}">`);
    expect(html).toContain(`id="${grid}"`);
    const data = serverDataOf(html) as { orders: { no: string; ordered: string }[] };
    expect(data.orders).toEqual(shopOrders(sandbox.db, sandbox.shopId));
    expect(data.orders.length).toBe(30);
    expect(Object.keys(data.orders[0] ?? {})).toEqual(['no', 'ordered']);
  });

  it('follows QSM’s Language cookie when the address names no language', async () => {
    const response = await fetch(`${sandbox.base}/GMKT.INC.Gsm.Web/Delivery/DeliveryManagement.aspx`, {
      headers: { cookie: 'Language=ko-KR' },
    });
    expect(await response.text()).toContain('<html lang="ko">');
  });

  it('sends a compensation push of collected orders to exactly their buyers', async () => {
    const collected = shopOrders(sandbox.db, sandbox.shopId)
      .map((order) => order.no)
      .slice(0, 6);
    const form = applyForm({
      PushType: 'rdoTypeComp',
      ...Object.fromEntries(collected.map((no, i) => [`rptBuyers$ctl0${i}$chkBuyer`, no])),
    });
    const applied = await sandbox.post('/GMKT.INC.Gsm.Web/coupon-push.ja.aspx', form);
    const id = /data-push-id="(\d+)"/.exec(await applied.text())?.[1];
    expect(id).toBeDefined();
    await sandbox.json('/__sandbox/clock', 'POST', { now: '2026-11-29T14:00:00+09:00' });
    await sandbox.json('/__sandbox/dispatch', 'POST');
    const outbox = (await sandbox.json(`/__sandbox/outbox?push=${id}`)).body as {
      messages: { recipientId: string }[];
    };
    const buyers = sandbox.db
      .prepare(
        `SELECT DISTINCT c.id FROM orders o JOIN customers c ON c.id = o.customer_id
         WHERE o.number IN (${collected.map(() => '?').join(',')}) AND c.email_verified = 1 AND c.coupon_opt_out = 0`,
      )
      .all(...collected)
      .map((row) => String((row as { id: string }).id))
      .sort();
    const reached = [...new Set(outbox.messages.map((m) => m.recipientId))].sort();
    expect(reached).toEqual(buyers);
  });
});
