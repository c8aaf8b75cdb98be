/**
 * Nothing a page script dispatches switches the extension off (issue 12.1), in Chromium and Firefox:
 * WXT's "newer copy started" event, forged from the page's own world with the extension's real id
 * (a store extension's id is public), leaves the panel, every host and the apply guard in place.
 * Which scripts a page parses (the loader only where there is no work) is read through the DevTools
 * protocol: loader.e2e.ts, Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, launchDriver } from '../driver';
import { chooseCoupon, chooseType, field, panel, sendDay, setSendAt } from './form';

let browser: Driver;
let extensionId: string;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  browser.setServerData({ history: [] });
  const page = await browser.openExtensionPage('options.html');
  extensionId = await page.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
  );
  await page.close();
});
afterAll(async () => browser?.close());

describe('a page script forging the extension’s events (zh page, Chinese browser)', () => {
  it('stays on, guard and panel, when a page script forges WXT’s “newer copy started” event', async () => {
    const tab = await browser.openFixture('coupon-push.zh');
    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207399'); // Qstore-only: an error that holds 申请 back
    await setSendAt(tab, sendDay(2), '15:00');
    await expect.poll(() => tab.count(panel('[data-finding="coupon-qstore-only"]'))).toBe(1);
    // What the extension mounted into the page (hosts in the light DOM; their insides are ours).
    const hostCount = () => tab.evaluate(() => document.querySelectorAll('[data-qpp-host]').length);
    const hosts = await hostCount();
    expect(hosts).toBeGreaterThan(5);

    await tab.evaluate((id) => {
      for (const name of ['qsm', 'qsm-loader', 'qsm-features']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(
          new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'x' } }),
        );
        window.postMessage({ type, contentScriptName: name, messageId: 'x' }, '*');
      }
    }, extensionId);

    const before = browser.submissions.length;
    await tab.click(field('btnApply'));
    await expect
      .poll(() => tab.count('[data-qpp="apply-guard"] >>> [data-finding="coupon-qstore-only"]'))
      .toBe(1);
    expect(browser.submissions.length).toBe(before);
    expect(await tab.count('[data-qpp="panel"]')).toBe(1);
    expect(await hostCount()).toBe(hosts);
    await tab.close();
  });
});
