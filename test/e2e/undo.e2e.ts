/**
 * Undoing a template fill in Chromium, on the zh, ja and en forms: the seller's own entries come
 * back through QSM's controls, and the undo goes away once the seller edits the form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { TEMPLATE_STORE_VERSION } from '../../lib/templates';
import { chooseCoupon, field, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  harness.setServerData({ history: [] });
  const options = await harness.openExtensionPage('options.html');
  await options.evaluate(async (version) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome;
    await api.storage.local.set({
      templates: {
        version,
        templates: [
          {
            id: 'weekly',
            name: 'Weekly fans',
            createdAt: '2026-11-20T10:00:00+09:00',
            updatedAt: '2026-11-20T10:00:00+09:00',
            type: 'ad',
            couponNumber: '1207384',
            items: { mode: 'auto', topN: 8 },
            audience: { lastDays: 30 },
            sendTime: '15:30',
            sendDay: { kind: 'offset', days: 2 },
            banner: { enabled: true, link: 'item' },
          },
        ],
      },
    });
  }, TEMPLATE_STORE_VERSION);
  await options.close();
});
afterAll(async () => harness?.close());

const bar = (page: Page) => page.locator('[data-qpp="templates"] [data-qpp="templates-bar"]');

/** The form's own controls, by id: values, and ticks of radios and boxes. */
function controls(page: Page) {
  return page.$$eval('#aspnetForm input, #aspnetForm select', (els) =>
    Object.fromEntries(
      (els as HTMLInputElement[])
        .filter((el) => el.id && el.type !== 'file' && el.type !== 'hidden')
        .map((el) => [el.id, el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value]),
    ),
  );
}

describe.each(['zh', 'ja', 'en'] as const)('undoing a fill on the %s form', (lang) => {
  it('gives back what the seller had entered, until the seller edits', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => bar(page).locator('[data-qpp="template-fill"]').count()).toBe(1);
    // The seller's own start: a coupon, D+3 at 21:00, no banner.
    await chooseCoupon(page, '1207391');
    await setSendAt(page, sendDay(3), '21:00');
    const panelCoupon = page.locator('[data-qpp="panel"] [data-draft="coupon"]');
    await expect.poll(() => panelCoupon.textContent()).toContain('1207391');
    const before = await controls(page);

    await bar(page).locator('[data-qpp="template-fill"]').click();
    await expect.poll(() => page.inputValue(field('ddlCoupon'))).toBe('1207384');
    expect(await page.inputValue(field('ddlSendTime'))).toBe('15:30');
    await expect.poll(() => panelCoupon.textContent()).toContain('1207384');

    await bar(page).locator('[data-qpp="template-undo"]').click();
    await expect.poll(() => controls(page)).toEqual(before);
    await expect.poll(() => panelCoupon.textContent()).toContain('1207391');
    expect(await bar(page).locator('[data-qpp="template-notice"]').textContent()).toBe(
      t('en', 'templates.undone'),
    );
    expect(await bar(page).locator('[data-qpp="template-undo"]').count()).toBe(0);

    // Filled again, then edited by hand: the undo is withdrawn.
    await bar(page).locator('[data-qpp="template-fill"]').click();
    await expect.poll(() => bar(page).locator('[data-qpp="template-undo"]').count()).toBe(1);
    await page.selectOption(field('ddlGoodsTopN'), '12');
    await expect.poll(() => bar(page).locator('[data-qpp="template-undo"]').count()).toBe(0);
    expect(await page.inputValue(field('ddlCoupon'))).toBe('1207384');
    await page.close();
  });
});
