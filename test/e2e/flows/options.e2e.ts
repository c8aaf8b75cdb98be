/**
 * The options page (English browser, seller in Los Angeles): settings are checked, saved, kept and
 * acted on (the reminder alarm moves with its lead time); templates saved from QSM's form are renamed
 * and duplicated there, and the bar in QSM follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { type Driver, launchDriver, type Tab } from '../driver';
import { alarms, storedPushes } from './extension';
import { field, fillValidAdPush } from './form';

const HOUR = 3_600_000;
const bar = (inside: string) => `[data-qpp="templates"] >>> [data-qpp="templates-bar"] ${inside}`;
const manager = (inside: string) => `[data-qpp="templates-manager"] ${inside}`;

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });
});
afterAll(async () => browser?.close());

async function reminderAt(tab: Tab, id: string) {
  return (await alarms(tab)).find((a) => a.name === `qpp:before-deadline:${id}`)?.scheduledTime;
}

describe('settings on the options page', () => {
  it('refuses a bad value, saves a good one, keeps it, and moves the reminder by it', async () => {
    // The fixture's history holds one cancellable push: opening the history teaches it to the extension.
    const qsm = await browser.openFixture('coupon-push.en');
    await qsm.click(field('btnHistory'));
    await expect.poll(() => qsm.count(`${field('tblCancelList')} [data-qpp="countdown"]`)).toBe(5);

    const options = await browser.openExtensionPage('options.html');
    await options.waitFor('[data-qpp="options"] input[name="reminderLeadMinutes"]');
    const push = (await storedPushes(options)).find(
      (r) => r.couponNumber === '1207384' && r.status === 'scheduled',
    );
    if (!push) throw new Error('expected the cancellable push in storage');
    const deadline = Date.parse(push.sendAt) - 24 * HOUR;
    await expect.poll(() => reminderAt(options, push.id)).toBe(deadline - 2 * HOUR);

    await options.fill('input[name="reminderLeadMinutes"]', 'soon');
    await options.click('[data-qpp="options"] button[type="submit"]');
    await expect.poll(() => options.attr('[data-qpp="save-status"]', 'data-status')).toBe('invalid');
    expect(await options.count('[data-qpp="field-error"][data-field="reminderLeadMinutes"]')).toBe(1);
    expect(await options.attr('input[name="reminderLeadMinutes"]', 'aria-invalid')).toBe('true');

    await options.fill('input[name="reminderLeadMinutes"]', '180');
    await options.click('input[name="weekRule"][value="rolling-7-days"]');
    await options.click('[data-qpp="options"] button[type="submit"]');
    await expect.poll(() => options.attr('[data-qpp="save-status"]', 'data-status')).toBe('saved');
    expect(await options.text('[data-qpp="save-status"]')).toBe(t('en', 'pushes.options.saved'));
    expect(await options.count('[data-qpp="field-error"]')).toBe(0);
    // The background follows the setting: the reminder now comes 3 h before the deadline.
    await expect.poll(() => reminderAt(options, push.id)).toBe(deadline - 3 * HOUR);

    await options.reload();
    await options.waitFor('input[name="reminderLeadMinutes"]');
    await expect.poll(() => options.value('input[name="reminderLeadMinutes"]')).toBe('180');
    expect(await options.checked('input[name="weekRule"][value="rolling-7-days"]')).toBe(true);
    await options.close();
    await qsm.close();
  });
});

describe('templates on the options page', () => {
  it('saves a filled form as a template, fills a fresh form from it, and renames it on the options page', async () => {
    browser.setServerData({ history: [] });
    const first = await browser.openFixture('coupon-push.en');
    await expect.poll(() => first.count(bar(''))).toBe(1);
    await fillValidAdPush(first);
    await first.select(field('ddlGoodsTopN'), '8');
    await first.click(bar('[data-qpp="template-save"]'));
    await first.fill(bar('input[name="templateName"]'), 'Weekly fans');
    await first.click(bar('[data-qpp="template-save-confirm"]'));
    await expect
      .poll(() => first.text(bar('[data-qpp="template-notice"]')))
      .toBe(t('en', 'templates.save.saved', { name: 'Weekly fans' }));
    await first.close();

    const fresh = await browser.openFixture('coupon-push.en');
    await expect.poll(() => fresh.count(bar('[data-qpp="template-fill"]'))).toBe(1);
    expect(await fresh.value(field('ddlCoupon'))).toBe('');
    await fresh.click(bar('[data-qpp="template-fill"]'));
    await expect.poll(() => fresh.value(field('ddlCoupon'))).toBe('1207384');
    expect(await fresh.value(field('ddlGoodsTopN'))).toBe('8');
    expect(await fresh.value(field('ddlSendTime'))).toBe('15:00');
    await expect.poll(() => fresh.text('[data-qpp="panel"] >>> [data-draft="coupon"]')).toContain('1207384');

    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.texts(manager('[data-qpp="template-name"]'))).toEqual(['Weekly fans']);
    await options.click(manager('[data-action="rename"]'));
    await options.fill(manager('input[name="templateName"]'), 'Monday fans');
    await options.click(manager('[data-action="rename-save"]'));
    await expect.poll(() => options.texts(manager('[data-qpp="template-name"]'))).toEqual(['Monday fans']);
    await options.click(manager('[data-action="duplicate"]'));
    await expect
      .poll(() => options.texts(manager('[data-qpp="template-name"]')))
      .toEqual(['Monday fans', 'Monday fans (2)']);
    // The bar in the open QSM tab follows the store.
    await expect
      .poll(() => fresh.texts(bar('[data-qpp="template-select"] option')))
      .toEqual(['Monday fans', 'Monday fans (2)']);
  });
});
