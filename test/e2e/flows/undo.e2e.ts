/**
 * Undoing a template fill (Chromium and Firefox), on the zh, ja and en forms: the seller's own
 * entries come back through QSM's controls, and the undo goes away once the seller edits the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { TEMPLATE_STORE_VERSION } from '../../../lib/templates';
import { weeklyTemplate } from '../../support/templates';
import { type Driver, launchDriver, type Tab } from '../driver';
import { chooseCoupon, field, panel, sendDay, setSendAt } from './form';

const weekly = weeklyTemplate({ updatedAt: '2026-11-20T10:00:00+09:00' });

interface StorageGlobals {
  chrome: { storage: { local: { set(value: object): Promise<void> } } };
}

const bar = (inside: string) => `[data-qpp="templates"] >>> ${inside}`;

/** The form's own controls, by id: values, and ticks of radios and boxes. */
function controls(tab: Tab) {
  return tab.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLInputElement>('#aspnetForm input, #aspnetForm select'))
        .filter((el) => el.id && el.type !== 'file' && el.type !== 'hidden')
        .map((el) => [el.id, el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value]),
    ),
  );
}

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  browser.setServerData({ history: [] });
  const options = await browser.openExtensionPage('options.html');
  await options.evaluate(
    ([version, template]) =>
      (globalThis as unknown as StorageGlobals).chrome.storage.local.set({
        templates: { version, templates: [template] },
      }),
    [TEMPLATE_STORE_VERSION, weekly] as const,
  );
  await options.close();
});
afterAll(async () => browser?.close());

describe.each(['zh', 'ja', 'en'] as const)('undoing a fill on the %s form', (lang) => {
  it('gives back what the seller had entered, until the seller edits', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => tab.count(bar('[data-qpp="template-fill"]'))).toBe(1);
    // The seller's own start: a coupon, D+3 at 21:00, no banner.
    await chooseCoupon(tab, '1207391');
    await setSendAt(tab, sendDay(3), '21:00');
    await expect.poll(() => tab.text(panel('[data-draft="coupon"]'))).toContain('1207391');
    const before = await controls(tab);

    await tab.click(bar('[data-qpp="template-fill"]'));
    await expect.poll(() => tab.value(field('ddlCoupon'))).toBe('1207384');
    expect(await tab.value(field('ddlSendTime'))).toBe('15:30');
    await expect.poll(() => tab.text(panel('[data-draft="coupon"]'))).toContain('1207384');

    await tab.click(bar('[data-qpp="template-undo"]'));
    await expect.poll(() => controls(tab)).toEqual(before);
    await expect.poll(() => tab.text(panel('[data-draft="coupon"]'))).toContain('1207391');
    expect(await tab.text(bar('[data-qpp="template-notice"]'))).toBe(t('en', 'templates.undone'));
    expect(await tab.count(bar('[data-qpp="template-undo"]'))).toBe(0);

    // Filled again, then edited by hand: the undo is withdrawn.
    await tab.click(bar('[data-qpp="template-fill"]'));
    await expect.poll(() => tab.count(bar('[data-qpp="template-undo"]'))).toBe(1);
    await tab.select(field('ddlGoodsTopN'), '12');
    await expect.poll(() => tab.count(bar('[data-qpp="template-undo"]'))).toBe(0);
    expect(await tab.value(field('ddlCoupon'))).toBe('1207384');
    await tab.close();
  });
});
