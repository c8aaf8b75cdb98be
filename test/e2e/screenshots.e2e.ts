/**
 * The README's and the store's screenshots of each surface, taken from the built extension on the
 * fixture pages: only under `npm run screenshots` (QPP_SCREENSHOTS=1), so an ordinary run writes
 * nothing. README: docs/screenshots/<lang>/<surface>.png at 1280×820; store: docs/store/<lang>-<n>.png
 * at exactly 1280×800, the size the Chrome Web Store asks for; and the README's pictures
 * docs/panel.png (zh) and docs/banner-fit.png (ja).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { decodablePng } from '../support/images';
import { chooseCoupon, chooseType, field, fillValidAdPush, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';
import { screenshot, screenshotsWanted } from './screenshots';

const sellers: [Lang, string, string][] = [
  ['zh', 'zh-CN', 'Asia/Shanghai'],
  ['ja', 'ja-JP', 'Asia/Tokyo'],
  ['en', 'en-US', 'America/Los_Angeles'],
  ['ko', 'ko-KR', 'Asia/Seoul'],
];

describe.skipIf(!screenshotsWanted).each(sellers)('screenshots (%s)', (lang, locale, timezoneId) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId });
  });
  afterAll(async () => harness?.close());

  const readme = (page: Page, surface: string) => screenshot(page, `docs/screenshots/${lang}/${surface}.png`);
  const store = async (page: Page, n: number) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, `docs/store/${lang}-${n}.png`);
  };

  /**
   * A page of a shop with no push applied yet: the fixture's sample history would take this week (so
   * these two run first, before the history below teaches the extension its pushes).
   */
  async function withoutHistory(name: string): Promise<Page> {
    harness.setServerData({ history: [] });
    try {
      return await harness.openFixture(name);
    } finally {
      harness.setServerData({});
    }
  }

  it.runIf(lang === 'zh')('takes the README’s panel of a form that is ready', async () => {
    const page = await withoutHistory('coupon-push.zh');
    await fillValidAdPush(page);
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    await expect.poll(() => status.textContent()).toBe(t('zh', 'panel.ready'));
    await page.setViewportSize({ width: 1280, height: 820 });
    await screenshot(page, 'docs/panel.png');
  });

  it.runIf(lang === 'ja')('takes the README’s banner fitter padding a tall picture', async () => {
    const page = await withoutHistory('coupon-push.ja');
    await fillValidAdPush(page);
    await page.check(field('chkBanner'));
    await page.setInputFiles(field('fuBanner'), {
      name: 'tall.png',
      mimeType: 'image/png',
      buffer: decodablePng(600, 900),
    });
    await page.locator('[data-qpp="banner-fit"] [data-qpp="banner-fit-open"]').click();
    const frame = page.frameLocator('[data-qpp="banner-fit-frame"] iframe');
    await frame.locator('input[name="mode"][value="contain"]').check();
    await frame.locator('input[name="pad"][value="custom"]').check();
    await frame.locator('input[type="color"]').fill('#3366cc');
    await frame.locator('input[type="range"]').fill('70');
    await expect.poll(() => frame.locator('[data-qpp="banner-fit-result"]').textContent()).toMatch(/JPEG/);
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.locator('[data-qpp="banner-fit-frame"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'docs/banner-fit.png');
  });

  it('takes the form with findings', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207399'); // Qstore-only
    await setSendAt(page, sendDay(2), '15:00');
    await page.click(field('btnApply'));
    await page.locator('[data-qpp="guard-fix"]').click();
    await expect
      .poll(() => page.locator('[data-qpp^="findings-"] [data-finding]').count())
      .toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 820 });
    // "Fix" scrolled to the first field; the picture starts at the panel, so it shows whole.
    await page.locator('[data-qpp="panel"]').evaluate((host) => host.scrollIntoView({ block: 'start' }));
    await readme(page, 'form');
    await store(page, 1);
  });

  it('takes the history with countdowns', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await page.click(field('btnHistory'));
    await expect
      .poll(() => page.locator(`${field('tblCancelList')} [data-qpp="countdown"]`).count())
      .toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 820 });
    await readme(page, 'history');
    await store(page, 2);
  });

  it('takes the preview', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207384');
    await setSendAt(page, sendDay(2), '15:00');
    await page.locator('[data-qpp="preview-button"] button').click();
    await expect.poll(() => page.locator('[data-qpp="preview"]').count()).toBe(1);
    await page.setViewportSize({ width: 1280, height: 820 });
    await readme(page, 'preview');
    await store(page, 3);
  });

  it('takes the collect bar on 配送管理, the ticked orders added and the batches reviewed', async () => {
    const page = await harness.openFixture(`Delivery/DeliveryManagement.${lang}`);
    const rows = page.locator('#__grid_goods_grid .objbox tr[idd]');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    for (const i of [0, 2, 3]) await rows.nth(i).locator('img').click();
    await page.locator('[data-qpp="order-collect"] [data-qpp="collect-ticked"]').click();
    await expect.poll(() => page.locator('[data-qpp="order-collect"]').getAttribute('data-count')).toBe('3');
    await page.locator('[data-qpp="order-collect"] [data-qpp="collect-review"]').click();
    await page.setViewportSize({ width: 1280, height: 820 });
    await readme(page, 'collect');
  });

  it('takes the popup, the options page and the converter page', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 620 });
    await expect.poll(() => popup.locator('[data-qpp="popup"]').count()).toBe(1);
    await readme(popup, 'popup');
    const options = await harness.openExtensionPage('options.html');
    await options.setViewportSize({ width: 1280, height: 820 });
    await expect.poll(() => options.locator('[data-qpp="options"]').count()).toBe(1);
    await readme(options, 'options');
    await store(options, 4);
    const converter = await harness.openExtensionPage('converter.html');
    await converter.setViewportSize({ width: 1280, height: 820 });
    const paste = converter.locator('[data-order-paste]');
    await paste.fill('注文番号\n262749754\n262749886\n262749754\n2.63E+08');
    await converter.locator('[data-order-read]').click();
    await expect.poll(() => converter.locator('[data-order-summary]').count()).toBe(1);
    await readme(converter, 'converter');
    await store(converter, 5);
  });
});
