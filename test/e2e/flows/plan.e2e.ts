/**
 * The push plan end to end (Chromium and Firefox): a weekly slot built on the options page, its next
 * send time in the popup, and on the push form inside its apply window one click that fills the form
 * for it (the slot's template with the planned date and time), undone like a template fill. Nothing
 * is submitted. The alarms with a test clock: ../plan.e2e.ts (Chromium).
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { applyWindow, weekdayOf } from '../../../lib/plan';
import { addJstDays, jstDate } from '../../../lib/time/jst';
import { templateStore, weeklyTemplate } from '../../support/templates';
import { type Driver, launchDriver } from '../driver';
import { axeViolations } from './axe';
import { field, plain, sendDay } from './form';

interface StorageGlobals {
  chrome: { storage: { local: { set(value: object): Promise<void> } } };
}

const bar = (inside: string) => `[data-qpp="templates"] >>> ${inside}`;

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  browser.setServerData({ history: [] });
  const options = await browser.openExtensionPage('options.html');
  await options.evaluate(
    (store) => (globalThis as unknown as StorageGlobals).chrome.storage.local.set({ templates: store }),
    templateStore(weeklyTemplate()),
  );
  await options.close();
});
afterAll(async () => browser?.close());

describe('the push plan', () => {
  it('is built on the options page, shown in the popup, and fills the push form inside its window', async () => {
    // The weekday two days ahead (JST): its window (S−3..S−1) is open today.
    const sendDate = addJstDays(jstDate(new Date()), 2);
    const weekday = weekdayOf(sendDate);
    const sendAt = `${sendDate}T20:00:00+09:00`;

    const options = await browser.openExtensionPage('options.html');
    await options.waitFor('[data-qpp="plan"] [data-qpp="plan-add"]');
    await options.select('[data-qpp="plan-weekday"]', weekday);
    await options.select('[data-qpp="plan-time"]', '20:00');
    await options.select('[data-qpp="plan-template"]', 'weekly');
    expect(plain(await options.text('[data-qpp="plan-preview"]'))).toContain(
      '20:00 JST (19:00 China Standard Time)',
    );
    await options.click('[data-qpp="plan-add"]');
    const slot = '[data-qpp="plan"] [data-qpp="plan-slot"]';
    await expect.poll(() => options.count(slot)).toBe(1);
    expect(await options.attr(slot, 'data-state')).toBe('open');
    expect(await options.attr(slot, 'data-next')).toBe(sendAt);
    expect(await options.text(slot)).toContain('Template: Weekly fans');

    // A second weekly slot would send in the same week: refused, with the reason.
    await options.select('[data-qpp="plan-weekday"]', weekday === 'mon' ? 'tue' : 'mon');
    await options.click('[data-qpp="plan-add"]');
    await expect.poll(() => options.attr('[data-qpp="plan-status"]', 'data-status')).toBe('error');
    expect(await options.text('[data-qpp="plan-status"]')).toContain('Only one push a week is allowed');
    expect(await options.count(slot)).toBe(1);
    expect(await axeViolations(options)).toEqual([]);

    // The calendar export: the planned sends as tentative events, and each window's opening.
    const saved = await options.download(() => options.click('[data-qpp="calendar-export"]'));
    const events = new ICAL.Component(ICAL.parse(saved.bytes.toString('utf8')))
      .getAllSubcomponents('vevent')
      .map((vevent) => ({
        uid: String(vevent.getFirstPropertyValue('uid')),
        status: vevent.getFirstPropertyValue('status'),
        start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
      }));
    const planned = events.filter((event) => event.status === 'TENTATIVE');
    expect(planned.map((event) => event.start)).toEqual(
      [0, 7, 14, 21].map((days) => Date.parse(`${addJstDays(sendDate, days)}T20:00:00+09:00`)),
    );
    expect(planned[0]?.uid).toMatch(/^plan-.+@qsm-push-pilot\.invalid$/);
    expect(events.filter((event) => event.uid.startsWith('plan-open-'))).toHaveLength(4);

    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.attr('[data-qpp="plan-slot"]', 'data-next')).toBe(sendAt);
    expect(await popup.attr('[data-qpp="plan-slot"]', 'data-state')).toBe('open');
    const { from, to } = applyWindow(sendAt);
    const name = (date: string) =>
      ({ mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' })[
        weekdayOf(date)
      ];
    expect(plain(await popup.text('[data-qpp="plan-next"]'))).toBe(
      `Next: ${name(sendDate)} ${sendDate} 20:00 JST (19:00 China Standard Time), apply ${name(from)}–${name(to)}`,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const qsm = await browser.openFixture('coupon-push.en');
    await expect.poll(() => qsm.count(bar('[data-qpp="plan-fill"]'))).toBe(1);
    expect(plain(await qsm.text(bar('[data-qpp="plan-fill"]')))).toContain(
      `Fill for the planned push on ${name(sendDate)} ${sendDate} 20:00 JST`,
    );
    const timeBefore = await qsm.value(field('ddlSendTime'));
    await qsm.click(bar('[data-qpp="plan-fill"]'));
    await expect.poll(() => qsm.value(field('txtSendDate'))).toBe(sendDay(2));
    expect(await qsm.value(field('ddlSendTime'))).toBe('20:00');
    expect(await qsm.value(field('ddlCoupon'))).toBe('1207384');
    expect(await qsm.text(bar('[data-qpp="plan-fill-notice"]'))).toContain(
      'Check the form, then press Apply yourself.',
    );

    await qsm.click(bar('[data-qpp="plan-undo"]'));
    await expect.poll(() => qsm.value(field('ddlSendTime'))).toBe(timeBefore);
    expect(await qsm.text(bar('[data-qpp="plan-fill-notice"]'))).toBe(t('en', 'templates.undone'));
    // Nothing was sent for the seller.
    expect(browser.submissions).toEqual([]);
    await qsm.close();
  });
});
