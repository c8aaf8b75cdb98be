/**
 * The loader (Chromium: the scripts a page parses, from the DevTools protocol): a QSM page without
 * work receives no feature code at all, a page with work gets the features (配送管理 and クレーム管理
 * the collect bar's bundle alone). A page script forging
 * the extension's events, and the UI with its shadow roots closed: flows/forged-events.e2e.ts, both
 * browsers.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field } from './form';
import { fixtureUrl, type Harness, launch } from './harness';

/** The extension scripts a page parses, by file, as the DevTools protocol reports them. */
async function extensionScripts(harness: Harness, page: Page, fixture: string): Promise<() => string[]> {
  const session = await harness.context.newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(`chrome-extension://${harness.extensionId}/`)) urls.push(new URL(url).pathname);
  });
  await session.send('Debugger.enable');
  await page.goto(fixtureUrl(fixture));
  return () => [...new Set(urls)].sort();
}

describe('the loader (zh pages, Chinese browser)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('gives a QSM page without work the loader only, and the push form the features', async () => {
    const other = await harness.context.newPage();
    const otherScripts = await extensionScripts(harness, other, 'other-page.zh');
    await expect.poll(otherScripts).toEqual(['/qsm-loader.js']);

    const form = await harness.context.newPage();
    const formScripts = await extensionScripts(harness, form, 'coupon-push.zh');
    await expect.poll(formScripts).toEqual(['/qsm-features.js', '/qsm-loader.js']);
    await expect.poll(() => form.locator('[data-qpp="panel"]').count()).toBe(1);
    // The page that was left alone still has nothing of ours, however long it stays open.
    expect(await other.locator('[data-qpp]').count()).toBe(0);
    expect(otherScripts()).toEqual(['/qsm-loader.js']);
  });

  it('loads the features when the history arrives late on a page that had none', async () => {
    const source = await harness.openFixture('coupon-push.zh');
    const layer = await source.$eval(field('divHistoryLayer'), (element) => element.outerHTML);
    await source.close();
    const page = await harness.context.newPage();
    const scripts = await extensionScripts(harness, page, 'other-page.zh');
    await expect.poll(scripts).toEqual(['/qsm-loader.js']);
    await page.evaluate((html) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      document.body.append(holder);
    }, layer);
    await expect.poll(scripts).toEqual(['/qsm-features.js', '/qsm-loader.js']);
  });

  it('gives 配送管理 and クレーム管理 the collect bar’s bundle, not the features', async () => {
    for (const fixture of ['Delivery/DeliveryManagement.zh', 'Claim/ClaimManagement.zh']) {
      const page = await harness.context.newPage();
      const scripts = await extensionScripts(harness, page, fixture);
      await expect.poll(() => page.locator('[data-qpp="order-collect"]').count()).toBe(1);
      expect(scripts()).toEqual(['/qsm-collect.js', '/qsm-loader.js']);
      await page.close();
    }
  });
});
