/**
 * The options and converter pages share one layout, in Chromium and Firefox: their column is at the
 * same place and of the same width, also when one page is taller than the window and the other is not
 * (Firefox's 12 px scrollbar must not move the column of the page that has it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver } from '../driver';

// The test window, and one where the options page (≈ 920 px) is clearly taller and the converter (≈ 400 px) is not.
const sizes = [
  { width: 1280, height: 900, oneTaller: false },
  { width: 1024, height: 600, oneTaller: true },
];

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'en-US' });
});
afterAll(async () => browser?.close());

/** Where the page's column is, and whether the page is taller than its window. */
async function column(path: string, { width, height }: { width: number; height: number }) {
  const tab = await browser.openExtensionPage(path);
  await tab.setViewport({ width, height });
  await tab.waitFor('main.page > *');
  const found = await tab.evaluate(() => {
    const main = document.querySelector('main.page')?.getBoundingClientRect();
    const root = document.documentElement;
    return {
      left: Math.round(main?.left ?? Number.NaN),
      width: Math.round(main?.width ?? Number.NaN),
      overflows: root.scrollHeight > root.clientHeight,
    };
  });
  await tab.close();
  return found;
}

describe('the options and converter pages', () => {
  it.each(sizes)('put their column at one place at $width×$height', async (size) => {
    const options = await column('options.html', size);
    const converter = await column('converter.html', size);
    if (size.oneTaller) {
      // The case a scrollbar would break: the options page is taller than the window, the converter is not.
      expect(options.overflows).toBe(true);
      expect(converter.overflows).toBe(false);
    }
    expect(options.width).toBe(760);
    expect({ left: converter.left, width: converter.width }).toEqual({
      left: options.left,
      width: options.width,
    });
  });
});
