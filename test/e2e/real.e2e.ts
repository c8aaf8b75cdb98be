/**
 * "Open QSM" in the popup goes to the push page last seen (fixture coupon-push-real). Chromium only:
 * the tab the extension opens itself is reached through Playwright's context and chrome.tabs'
 * pendingUrl; the driver has no hold on such a tab in Firefox. The rest of the real portal's
 * structures run in both browsers: flows/real.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

const F = '#ctl00_ContentPlaceHolder1_';
let harness: Harness;

beforeAll(async () => {
  harness = await launch({ locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  harness.setServerData({ serviceDelay: 600 });
});
afterAll(async () => {
  await harness?.close();
});

describe('the real portal’s structures (Chromium)', () => {
  it('opens the push page last seen from the popup, by its address without the query', async () => {
    const seen = await harness.openFixture('coupon-push-real.en');
    await expect.poll(() => seen.locator('[data-qpp="panel"]').count()).toBe(1);
    // Coupons and history from the page's JSON services by POST, as on the real portal (the flows answer in the page).
    await expect.poll(() => seen.locator(`${F}ddlCoupon option`).count()).toBe(5);
    await seen.click(`${F}btnHistory`);
    await expect
      .poll(() => seen.locator('#__grid_CancelList .objbox [data-qpp="countdown"]').count())
      .toBe(5);
    await seen.close();
    const popup = await harness.openExtensionPage('popup.html');
    const pushPage = () =>
      popup.evaluate(async () => {
        const g = globalThis as unknown as ExtensionGlobals;
        return (await g.chrome.storage.local.get('ui.pushPage'))['ui.pushPage'];
      });
    await expect
      .poll(pushPage)
      .toMatch(/^https:\/\/qsm\.qoo10\.jp\/GMKT\.INC\.Gsm\.Web\/coupon-push-real\.en\.aspx$/);
    const stored = await pushPage();
    const [opened] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.click('[data-qpp="open-qsm"]'),
    ]);
    // A tab the extension creates is not served by the test's route: the address it was sent to counts.
    const probe = await harness.openExtensionPage('options.html');
    await expect
      .poll(() =>
        probe.evaluate(async () =>
          (await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({})).map(
            (tab) => tab.pendingUrl || tab.url || '',
          ),
        ),
      )
      .toContain(stored);
    await probe.close();
    await opened.close();
  });
});

/** The extension APIs the test reads inside an extension page (types only). */
interface ExtensionGlobals {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    tabs: {
      query(query: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>;
    };
  };
}
