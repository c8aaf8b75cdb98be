/**
 * The banner fitter's contain mode in Chromium: a tall picture shown whole on a banner padded with a
 * colour the seller chose, as JPEG at a chosen quality; the file put into QSM's banner field is
 * 1860×240 with that colour at its edges. Also the README's screenshot of the fitter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodablePng } from '../support/images';
import { field, fillValidAdPush } from './form';
import { type Harness, launch } from './harness';
import { screenshot, screenshotsWanted } from './screenshots';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  harness.setServerData({ history: [] });
});
afterAll(async () => harness?.close());

describe('the banner fitter, contain', () => {
  it('pads a tall picture with the chosen colour and puts a 1860×240 JPEG into the banner field', async () => {
    const page = await harness.openFixture('coupon-push.ja');
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
    expect(await frame.locator('[data-qpp="banner-fit-preview"]').getAttribute('data-mode')).toBe('contain');
    if (screenshotsWanted) {
      await page.setViewportSize({ width: 1280, height: 1100 });
      await page.locator('[data-qpp="banner-fit-frame"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'docs/banner-fit.png');
    }
    await frame.locator('[data-qpp="banner-fit-put"]').click();
    await expect.poll(() => page.inputValue(field('txtBannerFile'))).toBe('tall-1860x240.jpg');

    // The field's file, decoded by the page: its size, and the padding colour left and right of the picture.
    const read = await page.$eval(field('fuBanner'), async (input) => {
      const file = (input as HTMLInputElement).files?.[0];
      if (!file) return null;
      const bitmap = await createImageBitmap(file);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context?.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => Array.from(context?.getImageData(x, y, 1, 1).data ?? []);
      return {
        type: file.type,
        size: [bitmap.width, bitmap.height],
        left: at(20, 120),
        right: at(1840, 120),
      };
    });
    expect(read?.type).toBe('image/jpeg');
    expect(read?.size).toEqual([1860, 240]);
    for (const pixel of [read?.left, read?.right]) {
      const [r = 0, g = 0, b = 0] = pixel ?? [];
      // JPEG is lossy: within a few steps of #3366cc.
      expect(Math.abs(r - 0x33) + Math.abs(g - 0x66) + Math.abs(b - 0xcc)).toBeLessThan(24);
    }
    await expect.poll(() => page.locator('[data-qpp="panel"] [data-finding]').count()).toBe(0);
  });
});
