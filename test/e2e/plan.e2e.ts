/**
 * The plan's reminders in the background (Chromium): the window-open reminder rings once, nothing is
 * announced again after the browser restarts (the same profile launched again), the last call's
 * alarm survives the restart, and once the seller applies for the planned push the slot is
 * "applied" and the last call is withdrawn. The popup's clock (Playwright's page.clock) then walks
 * the slot through its states. Both browsers: flows/plan.e2e.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_ALARM_PREFIX, PLAN_STORE_VERSION, planAlarmName, weekdayOf } from '../../lib/plan';
import { addJstDays, DAY_MS, jstDate, toJstIso } from '../../lib/time/jst';
import { chooseCoupon, chooseType, field } from './form';
import { type Harness, launch, storedPushes } from './harness';

interface Chrome {
  chrome: {
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
    notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
    runtime: { reload(): void };
  };
}

let harness: Harness;
const profile = mkdtempSync(join(tmpdir(), 'qpp-e2e-plan-'));
beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Shanghai', profile });
  harness.setServerData({ history: [] });
});
afterAll(async () => {
  await harness?.close();
  rmSync(profile, { recursive: true, force: true });
});

const planAlarms = (page: Page) =>
  page.evaluate(
    async (prefix) =>
      (await (globalThis as unknown as Chrome).chrome.alarms.getAll())
        .filter((alarm) => alarm.name.startsWith(prefix))
        .map((alarm) => [alarm.name, alarm.scheduledTime] as const),
    PLAN_ALARM_PREFIX,
  );
const announced = (page: Page) =>
  page.evaluate(
    async () =>
      (await (globalThis as unknown as Chrome).chrome.storage.local.get('plan.announced'))[
        'plan.announced'
      ] ?? [],
  );
const notifications = (page: Page) =>
  page.evaluate(async () =>
    Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()),
  );

describe('plan reminders', () => {
  it('rings once when the window opens, survives a restart, and turns applied once the push is applied', async () => {
    const now = Date.now();
    // Sent three days ahead (JST): its window opens today at the reminder time, 00:00 JST, already
    // past; the slot was planned two days ago, so the opening is announced now, late but once.
    const sendDate = addJstDays(jstDate(new Date(now)), 3);
    const sendAt = `${sendDate}T20:00:00+09:00`;
    const open = planAlarmName('open', 'slot', sendAt);
    const last = planAlarmName('last', 'slot', sendAt);
    const page = await harness.openExtensionPage('popup.html');
    await page.evaluate((plan) => (globalThis as unknown as Chrome).chrome.storage.local.set({ plan }), {
      version: PLAN_STORE_VERSION,
      remindAt: '00:00',
      slots: [
        {
          kind: 'weekly',
          weekday: weekdayOf(sendDate),
          time: '20:00',
          id: 'slot',
          templateId: null,
          paused: false,
          createdAt: toJstIso(new Date(now - 2 * DAY_MS)),
        },
      ],
    });
    await expect.poll(() => announced(page)).toEqual([open]);
    await expect.poll(() => notifications(page)).toEqual([open]);
    await expect.poll(async () => (await planAlarms(page)).map(([name]) => name)).toEqual([last]);
    const [[, lastAt] = ['', 0]] = await planAlarms(page);
    expect(lastAt).toBe(Date.parse(`${addJstDays(sendDate, -1)}T00:00:00+09:00`));
    await page.evaluate((id) => (globalThis as unknown as Chrome).chrome.notifications.clear(id), open);

    // The browser restarts with the same profile: the background starts again and rebuilds its alarms.
    await harness.close();
    harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Shanghai', profile });
    harness.setServerData({ history: [] });
    const after = await harness.openExtensionPage('popup.html');
    await expect.poll(() => planAlarms(after)).toEqual([[last, lastAt]]);
    // Longer than a late reminder's delay (CATCH_UP_MS): the opening is not announced again.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await notifications(after)).toEqual([]);
    expect(await announced(after)).toEqual([open]);
    await expect.poll(() => after.locator('[data-qpp="plan-slot"]').getAttribute('data-state')).toBe('open');

    // The seller fills the form from the plan and presses 申请 themselves.
    const form = await harness.openFixture('coupon-push.en');
    const fill = form.locator('[data-qpp="templates"] [data-qpp="plan-fill"]');
    await fill.click();
    await expect.poll(() => form.inputValue(field('ddlSendTime'))).toBe('20:00');
    await chooseType(form, 'ad');
    await chooseCoupon(form, '1207384');
    const before = harness.submissions.length;
    await form.click(field('btnApply'));
    await expect.poll(() => harness.submissions.length).toBe(before + 1);
    await expect.poll(async () => (await storedPushes(after)).map((push) => push.sendAt)).toEqual([sendAt]);
    await expect
      .poll(() => after.locator('[data-qpp="plan-slot"]').getAttribute('data-state'))
      .toBe('applied');
    // Nothing left to remind of for that week.
    await expect.poll(() => planAlarms(after)).toEqual([]);

    // The popup's clock: a week on, the next Friday's window is not open yet; inside it, open.
    const popup = await harness.openExtensionPage('popup.html');
    const slot = popup.locator('[data-qpp="plan-slot"]');
    await popup.clock.setFixedTime(Date.parse(`${addJstDays(sendDate, 2)}T12:00:00+09:00`));
    await expect.poll(() => slot.getAttribute('data-state')).toBe('applied');
    await popup.clock.setFixedTime(Date.parse(`${addJstDays(sendDate, 4)}T12:00:00+09:00`));
    await expect.poll(() => slot.getAttribute('data-state')).toBe('open');
    expect(await slot.getAttribute('data-next')).toBe(`${addJstDays(sendDate, 7)}T20:00:00+09:00`);
    await popup.clock.setFixedTime(Date.parse(`${addJstDays(sendDate, 7)}T12:00:00+09:00`));
    await expect.poll(() => slot.getAttribute('data-state')).toBe('missed');
  });
});
