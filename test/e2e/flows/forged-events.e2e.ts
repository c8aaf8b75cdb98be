/**
 * Nothing a page script does switches the extension off (issue 12.1), in Chromium and Firefox:
 * WXT's "newer copy started" event, forged from the page's own world with the extension's real id
 * (a store extension's id is public), leaves the panel, every host and the apply guard in place; and
 * with the shadow roots closed, as the extension ships, a page script finds no way into its UI while
 * the guard still holds an erroneous form back.
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

describe('the extension’s UI as it ships: closed shadow roots', () => {
  let shipped: Driver;
  beforeAll(async () => {
    shipped = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', closedShadowRoots: true });
    shipped.setServerData({ history: [] });
  });
  afterAll(async () => shipped?.close());

  it('gives a page script no way into the panel or the guard, and still holds an erroneous form back', async () => {
    const tab = await shipped.openFixture('coupon-push.zh');
    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207399'); // Qstore-only
    await setSendAt(tab, sendDay(2), '15:00');
    const hosts = () =>
      tab.evaluate(() =>
        Array.from(document.querySelectorAll('[data-qpp-host]')).map((host) => ({
          name: host.getAttribute('data-qpp'),
          open: host.shadowRoot !== null,
        })),
      );
    await expect.poll(async () => (await hosts()).some((host) => host.name === 'panel')).toBe(true);
    expect((await hosts()).filter((host) => host.open)).toEqual([]);

    const before = shipped.submissions.length;
    await tab.click(field('btnApply'));
    // The guard's dialog took the focus: from the page, the focus is on its host, nothing inside.
    await expect
      .poll(() => tab.evaluate(() => document.activeElement?.getAttribute('data-qpp') ?? null))
      .toBe('apply-guard');
    expect(shipped.submissions.length).toBe(before);
    await tab.close();
  });
});
