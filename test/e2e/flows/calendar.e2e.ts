/**
 * The calendar export end to end (Chromium and Firefox): the pushes learned from QSM's history dialog
 * come out of the popup and the options page as an .ics file, read back from the saved download by a
 * real parser (ical.js): one event per pending push at its send time, with alarms at the reminder lead
 * and at the cancel deadline, and the same UIDs from both pages.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { pendingPushes } from '../../../lib/pushes/countdown';
import { type Driver, launchDriver, type Tab } from '../driver';
import { storedPushes } from './extension';
import { field } from './form';

const DAY = 86_400_000;
let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'ja-JP', timezoneId: 'Asia/Shanghai' });
});
afterAll(async () => browser?.close());

interface Exported {
  name: string;
  events: { uid: string; start: number; summary: string; alarms: number[] }[];
}

async function exportFrom(tab: Tab): Promise<Exported> {
  const saved = await tab.download(() => tab.click('[data-qpp="calendar-export"]'));
  const calendar = new ICAL.Component(ICAL.parse(saved.bytes.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate().getTime();
    const alarms = vevent
      .getAllSubcomponents('valarm')
      .map((alarm) => start + (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000);
    return { uid: event.uid, start, summary: event.summary, alarms };
  });
  return { name: saved.name, events };
}

describe('calendar export', () => {
  it('exports the pending pushes from the popup, then from the options page with the reminder lead', async () => {
    const qsm = await browser.openFixture('coupon-push.ja');
    await qsm.click(field('btnHistory'));
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.count('[data-qpp="push"]')).toBe(2);
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
    expect(await popup.text('[data-qpp="calendar-export-status"]')).toBe(
      t('ja', 'calendar.export.done', { file: fromPopup.name, n: 2 }),
    );

    const options = await browser.openExtensionPage('options.html');
    await options.fill('input[name="reminderLeadMinutes"]', '90');
    await options.click('[data-qpp="options"] button[type="submit"]');
    await expect.poll(() => options.attr('[data-qpp="save-status"]', 'data-status')).toBe('saved');
    await expect.poll(() => options.count('[data-qpp="options-calendar"]')).toBe(1);
    // The fixture's first pending push is past its cancel deadline (no alarm); the second is not.
    const fromOptions = await exportFrom(options);
    expect(fromOptions.events[1]?.alarms[0]).toBe(Date.parse(pending[1]?.sendAt ?? '') - DAY - 90 * 60_000);
    // The same pushes keep their UIDs: importing the newer file updates the events.
    expect(fromOptions.events.map((e) => e.uid)).toEqual(fromPopup.events.map((e) => e.uid));
  });
});
