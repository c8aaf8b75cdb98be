/**
 * The real portal's JSON services by POST (Chromium only): the coupons and the history arrive as
 * `{"d": ...}` answers to the page's own fetches, which Firefox 140's interception cannot read the
 * body of (there the fixture answers them in the page, as late: flows/real.e2e.ts, both browsers).
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

describe('the real portal’s JSON services (Chromium)', () => {
  it('reads the coupons and the grid history that arrive from the services by POST', async () => {
    const seen = await harness.openFixture('coupon-push-real.en');
    await expect.poll(() => seen.locator('[data-qpp="panel"]').count()).toBe(1);
    await expect.poll(() => seen.locator(`${F}ddlCoupon option`).count()).toBe(5);
    await seen.click(`${F}btnHistory`);
    await expect
      .poll(() => seen.locator('#__grid_CancelList .objbox [data-qpp="countdown"]').count())
      .toBe(5);
    await seen.close();
  });
});
