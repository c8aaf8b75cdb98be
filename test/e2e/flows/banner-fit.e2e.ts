/**
 * The banner fitter (Chromium and Firefox): a 1920×300 PNG picked in the form gets the size finding
 * and "Fit it"; the fitter frame puts a 1860×240 file into QSM's banner field, read back from its
 * bytes, and the finding goes; contain pads a tall picture with the colour chosen, as JPEG. A file no
 * browser can decode gets a clear error instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffImage } from '../../../lib/banner/image';
import { t } from '../../../lib/i18n';
import { animatedGif, decodablePng, webp } from '../../support/images';
import { type Driver, launchDriver, type Tab } from '../driver';
import { field, fillValidAdPush, panel } from './form';

const offer = '[data-qpp="banner-fit"] >>> [data-qpp="banner-fit-open"]';

/** What QSM's banner field holds, read by the page as QSM would: its name, bytes and decoded size. */
function bannerField(tab: Tab) {
  return tab.evaluate(async (selector) => {
    const file = (document.querySelector(selector) as HTMLInputElement).files?.[0];
    if (!file) return null;
    const bitmap = await createImageBitmap(file);
    return {
      name: file.name,
      type: file.type,
      bytes: Array.from(new Uint8Array(await file.arrayBuffer())),
      decoded: [bitmap.width, bitmap.height],
    };
  }, field('fuBanner'));
}

describe('the banner fitter', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('fits a 1920×300 PNG into a 1860×240 banner and puts it into the banner field', async () => {
    const tab = await browser.openFixture('coupon-push.en');
    await fillValidAdPush(tab);
    await tab.click(field('chkBanner'));
    await tab.setFiles(field('fuBanner'), [
      { name: 'winter sale.png', mimeType: 'image/png', buffer: decodablePng(1920, 300) },
    ]);
    await expect.poll(() => tab.attrs(panel('[data-finding]'), 'data-finding')).toEqual(['banner-size']);
    await expect.poll(() => tab.count(offer)).toBe(1);

    await tab.click(offer);
    const frame = await tab.frame('/banner-fit.html', '[data-qpp="banner-fit-put"]');
    expect(await frame.text('[data-qpp="banner-fitter"] p.muted')).toContain(
      t('en', 'bannerFit.source', { name: 'winter sale.png', width: 1920, height: 300 }),
    );
    await expect
      .poll(() => frame.text('[data-qpp="banner-fit-result"]'))
      .toMatch(/^Result: 1860 × 240 px JPEG, \d+ KB$/);
    // Cover: the centred crop of the full width; the arrow keys move the window over the picture.
    const preview = '[data-qpp="banner-fit-preview"]';
    expect(await frame.attr(preview, 'data-crop')).toBe('0,26,1920,248');
    await frame.click(preview);
    const press = async (key: string) => {
      if (browser.browser === 'chromium') return tab.press(key);
      // Firefox's BiDi cannot send keys into an extension frame (driver.ts): the canvas gets the event.
      await frame.evaluate(
        ([selector, name]) =>
          document
            .querySelector(selector)
            ?.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })),
        [preview, key] as const,
      );
    };
    await press('ArrowDown');
    await expect.poll(() => frame.attr(preview, 'data-crop')).toBe('0,36,1920,248');
    await press('ArrowUp');
    await press('ArrowUp');
    await press('ArrowUp');
    await expect.poll(() => frame.attr(preview, 'data-crop')).toBe('0,6,1920,248');
    await frame.click('input[name="type"][value="image/png"]');
    await expect
      .poll(() => frame.text('[data-qpp="banner-fit-result"]'))
      .toMatch(/^Result: 1860 × 240 px PNG, \d+ KB$/);
    await frame.click('[data-qpp="banner-fit-put"]');
    await expect.poll(() => frame.text('[data-qpp="banner-fit-status"]')).toBe(t('en', 'bannerFit.put.done'));

    const held = await bannerField(tab);
    expect(held?.name).toBe('winter_sale-1860x240.png');
    expect(held?.decoded).toEqual([1860, 240]);
    // Read back from its bytes, as the banner check reads it.
    expect(sniffImage(new Uint8Array(held?.bytes ?? []))).toEqual({
      type: 'image/png',
      width: 1860,
      height: 240,
    });
    // QSM's page saw the pick (its text field names the file) and the finding is gone.
    expect(await tab.value(field('txtBannerFile'))).toBe('winter_sale-1860x240.png');
    await expect.poll(() => tab.count(panel('[data-finding]'))).toBe(0);
    expect(await tab.count(offer)).toBe(0);
  });

  it('contain: pads a tall picture with the chosen colour and puts a 1860×240 JPEG into the banner field', async () => {
    const tab = await browser.openFixture('coupon-push.ja');
    await fillValidAdPush(tab);
    await tab.click(field('chkBanner'));
    await tab.setFiles(field('fuBanner'), [
      { name: 'tall.png', mimeType: 'image/png', buffer: decodablePng(600, 900) },
    ]);
    await tab.click(offer);
    const frame = await tab.frame('/banner-fit.html', '[data-qpp="banner-fit-put"]');
    await frame.click('input[name="mode"][value="contain"]');
    await frame.click('input[name="pad"][value="custom"]');
    await frame.fill('input[type="color"]', '#3366cc');
    await frame.fill('input[type="range"]', '70');
    await expect.poll(() => frame.text('[data-qpp="banner-fit-result"]')).toMatch(/JPEG/);
    expect(await frame.attr('[data-qpp="banner-fit-preview"]', 'data-mode')).toBe('contain');
    await frame.click('[data-qpp="banner-fit-put"]');
    await expect.poll(() => tab.value(field('txtBannerFile'))).toBe('tall-1860x240.jpg');

    // The field's file, decoded by the page: its size, and the padding colour left and right of the picture.
    const read = await tab.evaluate(async (selector) => {
      const file = (document.querySelector(selector) as HTMLInputElement).files?.[0];
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
    }, field('fuBanner'));
    expect(read?.type).toBe('image/jpeg');
    expect(read?.size).toEqual([1860, 240]);
    for (const pixel of [read?.left, read?.right]) {
      const [r = 0, g = 0, b = 0] = pixel ?? [];
      // JPEG is lossy: within a few steps of #3366cc.
      expect(Math.abs(r - 0x33) + Math.abs(g - 0x66) + Math.abs(b - 0xcc)).toBeLessThan(24);
    }
    await expect.poll(() => tab.count(panel('[data-finding]'))).toBe(0);
    await tab.close();
  });

  it('says clearly when the picked file is no picture the browser can read', async () => {
    const tab = await browser.openFixture('coupon-push.en');
    await fillValidAdPush(tab);
    await tab.click(field('chkBanner'));
    await tab.setFiles(field('fuBanner'), [{ name: 'banner.webp', mimeType: 'image/webp', buffer: webp() }]);
    await expect.poll(() => tab.attrs(panel('[data-finding]'), 'data-finding')).toEqual(['banner-format']);
    await tab.click(offer);
    const frame = await tab.frame('/banner-fit.html', '[data-qpp="banner-fit-error"]');
    expect(await frame.text('[data-qpp="banner-fit-error"]')).toBe(t('en', 'bannerFit.error.decode'));
    await frame.click('[data-qpp="banner-fit-close"]');
    await expect.poll(() => tab.count(offer)).toBe(1);
  });

  it('keeps only the first frame of an animated GIF, and says so', async () => {
    const tab = await browser.openFixture('coupon-push.en');
    await fillValidAdPush(tab);
    await tab.click(field('chkBanner'));
    await tab.setFiles(field('fuBanner'), [
      { name: 'moving.gif', mimeType: 'image/gif', buffer: animatedGif() },
    ]);
    await expect.poll(() => tab.attrs(panel('[data-finding]'), 'data-finding')).toEqual(['banner-size']);
    await tab.click(offer);
    const frame = await tab.frame('/banner-fit.html', '[data-qpp="banner-fit-animated"]');
    expect(await frame.text('[data-qpp="banner-fit-animated"]')).toBe(t('en', 'bannerFit.animated'));
    await frame.click('[data-qpp="banner-fit-put"]');
    await expect.poll(() => tab.value(field('txtBannerFile'))).toBe('moving-1860x240.jpg');
    await expect.poll(() => tab.count(panel('[data-finding]'))).toBe(0);
  });
});
