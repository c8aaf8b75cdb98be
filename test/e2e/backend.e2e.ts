/**
 * The push form served by the sandbox QSM (backend/) in real Chromium with the extension loaded: the
 * page shows the database's coupons and history, the form's own apply and cancel posts reach the
 * server, and the dispatcher sends at the send time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../backend/listen.ts';
import { startServer } from '../../backend/listen.ts';
import { field, fillValidAdPush, sendDay, setSendAt } from './form';
import { answerFromSandbox, type Harness, launch } from './harness';

interface SandboxPush {
  id: string;
  status: string;
  sendAt: string;
  couponNumber: string;
}

let sandbox: RunningServer;
beforeAll(async () => {
  sandbox = await startServer({ port: 0, dbPath: ':memory:', dispatchEveryMs: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

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
const pushes = async (): Promise<SandboxPush[]> => (await api('/__sandbox/pushes')).pushes;

/** A browser with the extension whose QSM host is answered by the sandbox. */
async function browserOnSandbox(): Promise<Harness> {
  const harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await answerFromSandbox(harness.context, sandbox.url);
  return harness;
}

describe('the sandbox QSM behind the push form (ja page, seller in Tokyo)', () => {
  let harness: Harness;
  beforeAll(async () => {
    await api('/__sandbox/reset', 'POST', {});
    harness = await browserOnSandbox();
  });
  afterAll(async () => harness?.close());

  it('shows the coupons and the history from the database', async () => {
    const page = await harness.openFixture('coupon-push.ja');
    const options = await page.$$eval(`${field('ddlCoupon')} option`, (all) =>
      all.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
    );
    expect(options).toEqual(['1207384', '1207391', '1207399', '1207412']);
    await page.click(field('btnHistory'));
    const ids = await page.$$eval(`${field('tblCancelList')} tbody input[type=checkbox]`, (boxes) =>
      boxes.map((box) => (box as HTMLInputElement).value),
    );
    expect(ids).toEqual((await pushes()).map((push) => push.id));
    await page.close();
  });

  it('applies through the form, cancels from the history dialog, and dispatches at the send time', async () => {
    const page = await harness.openFixture('coupon-push.ja');
    await fillValidAdPush(page);
    await Promise.all([page.waitForURL(/coupon-push\.ja\.aspx/), page.click(field('btnApply'))]);
    const result = page.locator('#qsmServerResult[data-result="applied"]');
    await expect.poll(() => result.count()).toBe(1);
    const id = await result.getAttribute('data-push-id');
    expect((await pushes()).find((push) => push.id === id)).toMatchObject({
      status: 'scheduled',
      couponNumber: '1207384',
      sendAt: `${sendDay(2).replaceAll('/', '-')}T15:00:00+09:00`,
    });

    // Cancel it the way a seller does: 申請記録 → tick the row → 送信キャンセル (a __doPostBack).
    await harness.openFixture('coupon-push.ja', page);
    await page.click(field('btnHistory'));
    await page.check(`${field('tblCancelList')} input[value="${id}"]`);
    await Promise.all([page.waitForLoadState('load'), page.click(field('btnCancelPush'))]);
    await expect.poll(() => page.locator('#qsmServerNotice li[data-outcome="cancelled"]').count()).toBe(1);
    expect((await pushes()).find((push) => push.id === id)?.status).toBe('cancelled');

    // The week is free again: apply once more, then let the clock reach the send time.
    await harness.openFixture('coupon-push.ja', page);
    await fillValidAdPush(page);
    await setSendAt(page, sendDay(2), '16:30');
    await Promise.all([page.waitForURL(/coupon-push\.ja\.aspx/), page.click(field('btnApply'))]);
    const second = await page.locator('#qsmServerResult').getAttribute('data-push-id');
    const scheduled = (await pushes()).find((push) => push.id === second);
    expect(scheduled?.status).toBe('scheduled');

    await api('/__sandbox/clock', 'POST', { now: scheduled?.sendAt });
    const report = await api('/__sandbox/dispatch', 'POST');
    expect(report.sent.map((sent: { id: string }) => sent.id)).toEqual([second]);
    const outbox = await api(`/__sandbox/outbox?push=${second}`);
    expect(outbox.messages.length).toBe(report.sent[0].recipients * 3);
    expect((await pushes()).find((push) => push.id === second)?.status).toBe('sent');
    await page.close();
  });
});

describe('the sandbox QSM is the authority (a fresh browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    await api('/__sandbox/reset', 'POST', {});
    harness = await browserOnSandbox();
  });
  afterAll(async () => harness?.close());

  it('refuses what the extension could not know, and gives the form back as the seller left it', async () => {
    const page = await harness.openFixture('coupon-push.ja');
    await fillValidAdPush(page);
    // Meanwhile someone else applies for the same week (another tab, another member of staff).
    const N = 'ctl00$ContentPlaceHolder1$';
    const other = new URLSearchParams({
      [`${N}PushType`]: 'rdoTypeAd',
      [`${N}ddlCoupon`]: '1207384',
      [`${N}GoodsMode`]: 'rdoGoodsAuto',
      [`${N}ddlGoodsTopN`]: '4',
      [`${N}RegPeriod`]: 'rdoRegAll',
      [`${N}txtSendDate`]: sendDay(2),
      [`${N}ddlSendTime`]: '10:00',
    });
    const taken = await fetch(new URL('/GMKT.INC.Gsm.Web/coupon-push.ja.aspx', sandbox.url), {
      method: 'POST',
      body: other,
      signal: AbortSignal.timeout(5000),
    });
    expect(taken.status).toBe(200);

    await Promise.all([page.waitForURL(/coupon-push\.ja\.aspx/), page.click(field('btnApply'))]);
    await expect
      .poll(() => page.locator('#qsmServerNotice [data-server-finding="weekly-limit"]').count())
      .toBe(1);
    expect(await page.inputValue(field('ddlCoupon'))).toBe('1207384');
    expect(await page.inputValue(field('txtSendDate'))).toBe(sendDay(2));
    expect(await page.inputValue(field('ddlSendTime'))).toBe('15:00');
    expect((await pushes()).filter((push) => push.status === 'scheduled')).toHaveLength(1);
    await page.close();
  });
});
