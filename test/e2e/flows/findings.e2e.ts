/**
 * Pre-flight checks as the seller edits, in the browser's language and a seller in Shanghai; the apply
 * guard holds back a form with errors and lets a clean one submit untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../../lib/i18n';
import { type Driver, launchDriver } from '../driver';
import { chooseCoupon, chooseType, field, fillValidAdPush, panel, sendDay, setSendAt, status } from './form';

const browsers: [Lang, string][] = [
  ['zh', 'zh-CN'],
  ['ja', 'ja-JP'],
  ['en', 'en-US'],
];

describe.each(browsers)('pre-flight checks in %s', (lang, locale) => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale, timezoneId: 'Asia/Shanghai' });
    // A shop with no push applied yet: the fixture's sample history would take this week.
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('shows findings beside their fields and in the panel, live, in the seller’s language', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await chooseType(tab, 'ad');
    // Ends at D+1 23:59 JST: a push on D+2 would announce an expired coupon.
    await chooseCoupon(tab, '1207391');
    await setSendAt(tab, sendDay(2), '15:00');
    const besideCoupon =
      '[data-qpp^="findings-"][data-qpp*="coupon"] >>> [data-finding="coupon-ends-before-send"]';
    await expect.poll(() => tab.count(besideCoupon)).toBe(1);
    expect(await tab.count(panel('[data-finding="coupon-ends-before-send"]'))).toBe(1);
    expect(await tab.text(status)).toBe(t(lang, 'panel.errors', { n: 1 }));

    // Out of the D+1..D+3 window, then back in: the finding comes and goes as the seller edits.
    const dateFinding = '[data-qpp^="findings-"] >>> [data-finding="send-date-out-of-window"]';
    await setSendAt(tab, sendDay(5), '15:00');
    await expect.poll(() => tab.count(dateFinding)).toBeGreaterThan(0);
    await setSendAt(tab, sendDay(1), '15:00');
    await expect.poll(() => tab.count(dateFinding)).toBe(0);

    await chooseCoupon(tab, '1207384');
    await expect.poll(() => tab.text(status)).toBe(t(lang, 'panel.ready'));
    await tab.close();
  });

  it('blocks apply with errors, lets the seller override on purpose, and never blocks a valid form', async () => {
    const posted = () => browser.submissions.length;
    const before = posted();

    // A valid form submits untouched, without a dialog. (First: once applied, it takes this week.)
    const valid = await browser.openFixture(`coupon-push.${lang}`);
    await fillValidAdPush(valid);
    await expect.poll(() => valid.text(status)).toBe(t(lang, 'panel.ready'));
    const form = await valid.evaluate(() => {
      const entries = new FormData(document.getElementById('aspnetForm') as HTMLFormElement);
      return [...entries].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
    });
    await valid.click(field('btnApply'));
    await expect.poll(posted).toBe(before + 1);
    const fields = browser.submissions.at(-1)?.fields;
    expect(fields?.get('ctl00$ContentPlaceHolder1$ddlCoupon')).toBe('1207384');
    expect(fields?.get('ctl00$ContentPlaceHolder1$ddlSendTime')).toBe('15:00');
    // Untouched: exactly the form's own fields, plus what QSM's __doPostBack sets on the way out.
    const sent = new Map(fields ?? []);
    for (const [name, value] of form) {
      if (name === '__EVENTTARGET' || name === '__EVENTARGUMENT') continue;
      expect([name, sent.get(name as string)]).toEqual([name, value]);
    }

    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207399'); // Qstore-only
    await setSendAt(tab, sendDay(2), '15:00');
    await expect.poll(() => tab.count(panel('[data-finding="coupon-qstore-only"]'))).toBe(1);

    await tab.click(field('btnApply'));
    const guard = (inside: string) => `[data-qpp="apply-guard"] >>> ${inside}`;
    await expect.poll(() => tab.count(guard('[data-finding="coupon-qstore-only"]'))).toBe(1);
    expect(posted()).toBe(before + 1);

    // "Go back" closes the guard with nothing sent and the form as it was.
    await tab.click(guard('[data-qpp="guard-fix"]'));
    await expect.poll(() => tab.count(guard('[data-finding]'))).toBe(0);
    expect(await tab.value(field('ddlCoupon'))).toBe('1207399');
    expect(posted()).toBe(before + 1);

    // Overriding takes two deliberate clicks; then the page's own submit goes through.
    await tab.click(field('btnApply'));
    await tab.click(guard('[data-qpp="guard-override"]'));
    expect(posted()).toBe(before + 1);
    await tab.click(guard('[data-qpp="guard-confirm"]'));
    await expect.poll(posted).toBe(before + 2);
    expect(browser.submissions.at(-1)?.fields.get('ctl00$ContentPlaceHolder1$ddlCoupon')).toBe('1207399');
  });
});
