/**
 * Pending pushes end to end: the seller opens 申请记录 once; the cancel tab gets countdowns, the
 * popup lists the pushes, the background sets the badge and the reminder alarms. Then, with the
 * popup's clock moved (Playwright's page.clock, so the shipped build carries no test-only switch),
 * the reminder state changes as the cancel deadline and the send time pass.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, storedPushes } from './harness';
import { countdownMs, fixtureFirstPushLeftMs } from './qsm-host';

const HOUR = 3_600_000;

/** The few extension APIs the test reads inside an extension page (types only; node has no `chrome`). */
interface ExtensionGlobals {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    alarms: {
      getAll(): Promise<{ name: string; scheduledTime: number }[]>;
      get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
    };
  };
}
let harness: Harness;

beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
});
afterAll(async () => {
  await harness?.close();
});

const states = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.state ?? ''));

describe('pending pushes', () => {
  it('learns the pushes from the history dialog and counts down beside each cancel-tab row', async () => {
    const qsm = await harness.openFixture('coupon-push.en');
    await qsm.click('#ctl00_ContentPlaceHolder1_btnHistory');
    const countdowns = qsm.locator('#ctl00_ContentPlaceHolder1_tblCancelList [data-qpp="countdown"]');
    await expect.poll(() => countdowns.count(), { timeout: 10_000 }).toBe(5);
    // The fixture: in 2 days at 14:00 (cancellable), in 20 h (too late), cancelled, sent, failed.
    expect(await states(qsm, '#ctl00_ContentPlaceHolder1_tblCancelList [data-qpp="countdown"]')).toEqual([
      'cancellable',
      'closed',
      'closed',
      'closed',
      'closed',
    ]);
    // Only what QSM's own status does not say: nothing under 已取消 / sent / failed.
    expect(
      await countdowns.evaluateAll((hosts) =>
        hosts.map((host) => Boolean(host.shadowRoot?.querySelector('.row-countdown'))),
      ),
    ).toEqual([true, true, false, false, false]);
    // Layout-neutral: QSM's column widths are the same with the countdowns as without them.
    const widths = () =>
      qsm.evaluate(() =>
        [...document.querySelectorAll('#ctl00_ContentPlaceHolder1_tblCancelList th')].map((th) =>
          Math.round(th.getBoundingClientRect().width),
        ),
      );
    const withCountdowns = await widths();
    await countdowns.evaluateAll((hosts) => {
      for (const host of hosts) (host as HTMLElement).style.display = 'none';
    });
    expect(await widths()).toEqual(withCountdowns);
    await countdowns.evaluateAll((hosts) => {
      for (const host of hosts) (host as HTMLElement).style.display = 'block';
    });
    const first = countdowns.first().locator('[data-qpp="countdown-text"]');
    // The deadline is 14:00 JST tomorrow: the countdown says what is left of it now, to the minute.
    await expect
      .poll(async () => Math.abs(countdownMs(await first.textContent()) - fixtureFirstPushLeftMs(Date.now())))
      .toBeLessThan(60_000);
    const before = await first.textContent();
    await expect.poll(() => first.textContent(), { timeout: 5_000 }).not.toBe(before);
    // QSM's own cell text is untouched: the countdown lives in a shadow root.
    const statusCell = qsm
      .locator('#ctl00_ContentPlaceHolder1_tblCancelList tbody tr')
      .first()
      .locator('td')
      .last();
    expect(await statusCell.evaluate((td) => td.textContent)).toBe('Scheduled');
  });

  it('lists the pending pushes in the popup, sets the badge and the reminder alarms', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    const items = popup.locator('[data-qpp="push"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    expect(await states(popup, '[data-qpp="push"]')).toEqual(['closed', 'cancellable']);
    const text = await popup.locator('[data-qpp="pending-pushes"]').textContent();
    expect(text).toContain('Coupon 1207384');
    expect(text).toContain('Coupon 1207391');
    expect(text).toMatch(/JST \((\d{4}-\d{2}-\d{2}\u00a0)?\d{2}:\d{2} Pacific (Standard|Daylight) Time\)/);
    expect(text).not.toContain('America/Los_Angeles');
    expect(await popup.locator('[data-qpp="weekly-quota"] [data-qpp="next-allowed"]').count()).toBe(1);

    await expect
      .poll(
        () =>
          popup.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({})),
        { timeout: 10_000 },
      )
      .toBe('1');
    const records = await storedPushes(popup);
    const cancellable = records.find((r) => r.couponNumber === '1207384' && r.status === 'scheduled');
    const tooLate = records.find((r) => r.couponNumber === '1207391');
    if (!cancellable || !tooLate)
      throw new Error(`expected both pending pushes in storage: ${JSON.stringify(records)}`);
    const alarms = await popup.evaluate(async () =>
      (await (globalThis as unknown as ExtensionGlobals).chrome.alarms.getAll()).map((a) => a.name).sort(),
    );
    expect(alarms).toEqual(
      [
        `qpp:before-deadline:${cancellable.id}`,
        `qpp:deadline:${cancellable.id}`,
        `qpp:send:${cancellable.id}`,
        `qpp:send:${tooLate.id}`,
      ].sort(),
    );
    const deadline = Date.parse(cancellable.sendAt) - 24 * HOUR;
    const when = await popup.evaluate(
      async (name) =>
        (await (globalThis as unknown as ExtensionGlobals).chrome.alarms.get(name))?.scheduledTime,
      `qpp:before-deadline:${cancellable.id}`,
    );
    expect(when).toBe(deadline - 2 * HOUR);
  });

  it('moves a push from cancellable to closing soon to closed as the clock passes its deadlines', async () => {
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
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 10_000 }).toBe('cancellable');

    await popup.clock.setFixedTime(deadline - 2 * HOUR + 60_000);
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 5_000 }).toBe('closing-soon');
    expect(await item.locator('.countdown').textContent()).toBe('01:59:00 left to cancel');

    await popup.clock.setFixedTime(deadline + 1_000);
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 5_000 }).toBe('closed');
    expect(await item.locator('.countdown').textContent()).toBe('Cancel deadline passed');

    await popup.clock.setFixedTime(sendAt + 1_000);
    await expect.poll(() => item.count(), { timeout: 5_000 }).toBe(0);
  });
});
