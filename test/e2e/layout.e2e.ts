/**
 * What the seller is told, and when: nothing is flagged before the seller acts, each finding is said
 * once (full beside its field, a short title in the panel that goes there). That nothing of ours
 * covers QSM's controls or dialogs is test/e2e/flows/layout.e2e.ts (Chromium and Firefox).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { chooseCoupon, field } from './form';
import { type Harness, launch } from './harness';

describe.each<[Lang, string]>([
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
])('the extension stays out of QSM’s way (%s)', (lang, locale) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId: 'Asia/Shanghai' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('does not shout before the seller acts, and shows every error once 申请 is pressed', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    // A fresh form: no coupon yet is "not filled in yet", said neutrally, and nothing is red.
    await expect.poll(() => status.textContent()).toBe(t(lang, 'panel.pending', { n: 1 }));
    expect(await page.locator('[data-finding]').count()).toBe(0);

    // Choosing goods by hand and opening the picker is not yet "no item".
    await page.click(field('rdoGoodsManual'));
    await page.click(field('btnGoodsSelect'));
    await page.locator(field('divGoodsLayer')).waitFor();
    expect(await page.locator('[data-finding="items-manual-empty"]').count()).toBe(0);
    await page.click(field('btnGoodsClose'));

    // A wrong value shows as soon as the seller picks it; the empty goods once they move on.
    await chooseCoupon(page, '1207399');
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]').count())
      .toBe(1);
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-finding="items-manual-empty"]').count())
      .toBe(1);

    // 申请 on a fresh form: the guard still holds it, and now every error shows.
    const fresh = await harness.openFixture(`coupon-push.${lang}`);
    await fresh.locator('[data-qpp="panel"] [data-qpp="status"]').waitFor();
    await fresh.click(field('btnApply'));
    await expect
      .poll(() => fresh.locator('[data-qpp="apply-guard"] [data-finding="coupon-missing"]').count())
      .toBe(1);
    await fresh.keyboard.press('Escape');
    await expect
      .poll(() => fresh.locator('[data-qpp^="findings-"] [data-finding="coupon-missing"]').count())
      .toBe(1);
    expect(await fresh.locator('[data-qpp="panel"] [data-qpp="status"]').textContent()).toBe(
      t(lang, 'panel.errors', { n: 1 }),
    );
  });

  it('says each finding once: the sentence beside the field, a short title in the panel that goes there', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseCoupon(page, '1207399');
    const title = page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]');
    await expect.poll(() => title.textContent()).toBe(t(lang, 'finding.coupon-qstore-only.title'));
    const beside = page.locator('[data-qpp="findings-coupon"] [data-finding="coupon-qstore-only"]');
    expect(await beside.textContent()).toContain(t(lang, 'finding.coupon-qstore-only.fix'));
    expect(await page.locator('[data-qpp="panel"]').textContent()).not.toContain(
      t(lang, 'finding.coupon-qstore-only.fix'),
    );

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await title.locator('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ctl00_ContentPlaceHolder1_ddlCoupon');
  });
});
