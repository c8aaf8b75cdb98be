/**
 * A pending push's reminder state as the cancel deadline and the send time pass, in the popup.
 * Chromium only: the popup's clock is moved with Playwright's page.clock (so the shipped build carries
 * no test-only switch), which puppeteer has no counterpart of. Learning the pushes, the countdowns,
 * the popup's list, the badge and the alarms run in both browsers: flows/pushes.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, storedPushes } from './harness';

const HOUR = 3_600_000;

let harness: Harness;

beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
});
afterAll(async () => {
  await harness?.close();
});

describe('pending pushes', () => {
  it('moves a push from cancellable to closing soon to closed as the clock passes its deadlines', async () => {
    // The seller opens 申请记录 once: the extension learns the fixture's pushes.
    const qsm = await harness.openFixture('coupon-push.en');
    await qsm.click('#ctl00_ContentPlaceHolder1_btnHistory');
    await expect
      .poll(() => qsm.locator('#ctl00_ContentPlaceHolder1_tblCancelList [data-qpp="countdown"]').count())
      .toBe(5);
    const probe = await harness.openExtensionPage('popup.html');
    const records = await storedPushes(probe);
    await probe.close();
    const push = records.find((r) => r.couponNumber === '1207384' && r.status === 'scheduled');
    if (!push) throw new Error('expected the cancellable push in storage');
    const sendAt = Date.parse(push.sendAt);
    const deadline = sendAt - 24 * HOUR;

    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    // Installed after load: @date-fns/tz's TZDate must extend the real Date, not the fake one.
    await popup.clock.setFixedTime(deadline - 3 * HOUR);
    const item = popup.locator(`[data-qpp="push"][data-id="${push.id}"]`);
    await expect.poll(() => item.getAttribute('data-state')).toBe('cancellable');

    await popup.clock.setFixedTime(deadline - 2 * HOUR + 60_000);
    await expect.poll(() => item.getAttribute('data-state')).toBe('closing-soon');
    expect(await item.locator('.countdown').textContent()).toBe('01:59:00 left to cancel');

    await popup.clock.setFixedTime(deadline + 1_000);
    await expect.poll(() => item.getAttribute('data-state')).toBe('closed');
    expect(await item.locator('.countdown').textContent()).toBe('Cancel deadline passed');

    await popup.clock.setFixedTime(sendAt + 1_000);
    await expect.poll(() => item.count()).toBe(0);
  });
});
