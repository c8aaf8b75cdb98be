import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../lib/i18n';
import { chooseCoupon, chooseType, field, fillValidAdPush, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

const browsers: [Lang, string][] = [
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
];

describe.each(browsers)('pre-flight checks in %s', (lang, locale) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale, timezoneId: 'Asia/Shanghai' });
    // A shop with no push applied yet: the fixture's sample history would take this week.
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('shows findings beside their fields and in the panel, in the seller’s language', async () => {
    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseType(page, 'ad');
    // Ends at D+1 23:59 JST: a push on D+2 would announce an expired coupon.
    await chooseCoupon(page, '1207391');
    await setSendAt(page, sendDay(2), '15:00');
    const besideCoupon = page.locator(
      '[data-qpp^="findings-"][data-qpp*="coupon"] [data-finding="coupon-ends-before-send"]',
    );
    await expect.poll(() => besideCoupon.count()).toBe(1);
    const panelFinding = page.locator('[data-qpp="panel"] [data-finding="coupon-ends-before-send"]');
    expect(await panelFinding.count()).toBe(1);
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    expect(await status.textContent()).toBe(t(lang, 'panel.errors', { n: 1 }));

    // Out of the D+1..D+3 window, then back in: the finding comes and goes as the seller types.
    await setSendAt(page, sendDay(5), '15:00');
    const dateFinding = page.locator('[data-finding="send-date-out-of-window"]');
    await expect.poll(() => dateFinding.count()).toBeGreaterThan(0);
    await setSendAt(page, sendDay(1), '15:00');
    await expect.poll(() => dateFinding.count()).toBe(0);

    await chooseCoupon(page, '1207384');
    await expect.poll(() => status.textContent()).toBe(t(lang, 'panel.ready'));
  });

  it('blocks apply with errors, lets the seller override on purpose, and never blocks a valid form', async () => {
    const posted = () => harness.submissions.length;
    const before = posted();

    // A valid form submits untouched, without a dialog. (First: once applied, it takes this week.)
    const valid = await harness.openFixture(`coupon-push.${lang}`);
    await fillValidAdPush(valid);
    await expect
      .poll(() => valid.locator('[data-qpp="panel"] [data-qpp="status"]').textContent())
      .toBe(t(lang, 'panel.ready'));
    await valid.click(field('btnApply'));
    await expect.poll(posted).toBe(before + 1);
    const fields = harness.submissions.at(-1)?.fields;
    expect(fields?.get('ctl00$ContentPlaceHolder1$ddlCoupon')).toBe('1207384');
    expect(fields?.get('ctl00$ContentPlaceHolder1$ddlSendTime')).toBe('15:00');

    const page = await harness.openFixture(`coupon-push.${lang}`);
    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207399'); // Qstore-only
    await setSendAt(page, sendDay(2), '15:00');
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]').count())
      .toBe(1);

    await page.click(field('btnApply'));
    const guard = page.locator('[data-qpp="apply-guard"]');
    await expect.poll(() => guard.locator('[data-finding="coupon-qstore-only"]').count()).toBe(1);
    await page.waitForTimeout(300);
    expect(posted()).toBe(before + 1);

    // "Go back" closes the guard with nothing sent and the form as it was.
    await guard.locator('[data-qpp="guard-fix"]').click();
    await expect.poll(() => guard.locator('[data-finding]').count()).toBe(0);
    expect(await page.inputValue(field('ddlCoupon'))).toBe('1207399');

    // Overriding takes two deliberate clicks; then the page's own submit goes through.
    await page.click(field('btnApply'));
    await guard.locator('[data-qpp="guard-override"]').click();
    expect(posted()).toBe(before + 1);
    await guard.locator('[data-qpp="guard-confirm"]').click();
    await expect.poll(posted).toBe(before + 2);
    expect(harness.submissions.at(-1)?.fields.get('ctl00$ContentPlaceHolder1$ddlCoupon')).toBe('1207399');
  });
});
