/**
 * The calendar export end to end, in Chromium: the pushes learned from QSM's history dialog come out
 * of the popup and the options page as an .ics file that a real parser (ical.js) reads back, one
 * event per pending push at its send time, with alarms at the reminder lead and at the cancel deadline.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { pendingPushes } from '../../lib/pushes/countdown';
import { type Harness, launch, storedPushes } from './harness';

const DAY = 86_400_000;
let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => harness?.close());

interface Exported {
  name: string;
  events: { uid: string; start: number; summary: string; alarms: number[] }[];
}

async function exportFrom(page: Page): Promise<Exported> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-qpp="calendar-export"]').click(),
  ]);
  const path = await download.path();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate().getTime();
    const alarms = vevent
      .getAllSubcomponents('valarm')
      .map((alarm) => start + (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000);
    return { uid: event.uid, start, summary: event.summary, alarms };
  });
  return { name: download.suggestedFilename(), events };
}

describe('calendar export', () => {
  it('exports the pending pushes from the popup, then from the options page with the reminder lead', async () => {
    const qsm = await harness.openFixture('coupon-push.ja');
    await qsm.click('#ctl00_ContentPlaceHolder1_btnHistory');
    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-qpp="push"]').count()).toBe(2);
    const pending = pendingPushes(await storedPushes(popup), new Date());
    expect(pending).toHaveLength(2);

    const fromPopup = await exportFrom(popup);
    expect(fromPopup.name).toMatch(/^qsm-pushes-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(fromPopup.events.map((e) => e.start)).toEqual(pending.map((p) => Date.parse(p.sendAt)));
    for (const [i, event] of fromPopup.events.entries()) {
      const push = pending[i];
      if (!push) throw new Error('no push');
      const type = push.typeKnown ? t('ja', `type.${push.type}`) : t('ja', 'pushes.type.unknown');
      expect(event.summary).toBe(t('ja', 'calendar.summary', { coupon: push.couponNumber, type }));
      const deadline = Date.parse(push.sendAt) - DAY;
      // Each alarm still ahead: 2 h before the deadline (the default lead), and at it.
      const expected = [deadline - 2 * 3_600_000, deadline].filter((at) => at > Date.now());
      expect(event.alarms).toEqual(expected);
    }
    expect(await popup.locator('[data-qpp="calendar-export-status"]').textContent()).toBe(
      t('ja', 'calendar.export.done', { file: fromPopup.name, n: 2 }),
    );

    const options = await harness.openExtensionPage('options.html');
    const lead = options.locator('input[name="reminderLeadMinutes"]');
    await lead.fill('90');
    await options.locator('form.options button[type="submit"]').click();
    await expect.poll(() => options.locator('[data-qpp="options-calendar"]').count()).toBe(1);
    // The fixture's first pending push is past its cancel deadline (no alarm); the second is not.
    await expect
      .poll(async () => (await exportFrom(options)).events[1]?.alarms[0])
      .toBe(Date.parse(pending[1]?.sendAt ?? '') - DAY - 90 * 60_000);
    const fromOptions = await exportFrom(options);
    // The same pushes keep their UIDs: importing the newer file updates the events.
    expect(fromOptions.events.map((e) => e.uid)).toEqual(fromPopup.events.map((e) => e.uid));
  });
});
