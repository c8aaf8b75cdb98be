/** The panel and its draft on the zh, ja and en forms, in a browser of that language, seller in Shanghai. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../../lib/i18n';
import { type Driver, launchDriver } from '../driver';
import {
  chooseCoupon,
  chooseType,
  field,
  fillValidAdPush,
  panel,
  plain,
  sendDay,
  setSendAt,
  status,
} from './form';

/** Each language's browser, and what the seller's zone (Asia/Shanghai) is called in that language. */
const browsers: [Lang, string, string][] = [
  ['zh', 'zh-CN', '北京时间'],
  ['ja', 'ja-JP', '中国標準時'],
  ['en', 'en-US', 'China Standard Time'],
];

describe.each(browsers)('the panel on the %s push form', (lang, locale, shanghai) => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale, timezoneId: 'Asia/Shanghai' });
    // A shop with no push applied yet: the fixture's sample history would take this week.
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('shows what it read, and follows the seller’s edits', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => tab.count(panel())).toBe(1);
    await expect.poll(() => tab.text(panel('[data-draft="type"]'))).toBe(t(lang, 'type.ad'));

    await chooseType(tab, 'compensation');
    await expect.poll(() => tab.text(panel('[data-draft="type"]'))).toBe(t(lang, 'type.compensation'));
    await expect.poll(() => tab.count(panel('[data-draft="recipients"]'))).toBe(1);

    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207384');
    await expect.poll(() => tab.text(panel('[data-draft="coupon"]'))).toContain('1207384');

    const day = sendDay(2);
    await setSendAt(tab, day, '15:00');
    // 15:00 in Tokyo is 14:00 in Shanghai: both are shown.
    await expect
      .poll(async () => plain(await tab.text(panel('[data-draft="sendAt"] [data-zone="jst"]'))))
      .toContain(`${day.replaceAll('/', '-')} 15:00`);
    const local = await tab.text(panel('[data-draft="sendAt"] [data-zone="local"]'));
    expect(local).toContain('14:00');
    // The seller's zone named in the seller's language.
    expect(local).toContain(shanghai);
    await expect.poll(() => tab.text(status)).toBe(t(lang, 'panel.ready'));
    await tab.close();
  });

  it('stays collapsed, across pages, once the seller collapses it', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => tab.count(panel('[data-qpp="draft"]'))).toBe(1);
    await tab.click(panel('header button'));
    await expect.poll(() => tab.count(panel('[data-qpp="draft"]'))).toBe(0);
    // The status line stays, so a collapsed panel still says whether the form is ready.
    expect(await tab.count(status)).toBe(1);

    const next = await browser.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => next.count(status)).toBe(1);
    // It opens expanded until the stored choice is read, then folds.
    await expect.poll(() => next.count(panel('[data-qpp="draft"]'))).toBe(0);
    await next.click(panel('header button'));
    await expect.poll(() => next.count(panel('[data-qpp="draft"]'))).toBe(1);
    await tab.close();
    await next.close();
  });

  it('reports a field it cannot find instead of flagging it, and does not block apply for it', async () => {
    const tab = await browser.openFixture(`coupon-push.${lang}`);
    await fillValidAdPush(tab);
    await expect.poll(() => tab.text(status)).toBe(t(lang, 'panel.ready'));
    // A QSM redesign that moves the send time somewhere the adapter does not look.
    await tab.evaluate(() => document.getElementById('ctl00_ContentPlaceHolder1_trSendTime')?.remove());
    await expect.poll(() => tab.count(panel('[data-qpp="missing"]'))).toBe(1);
    expect(await tab.text(panel('[data-qpp="missing"]'))).toContain(t(lang, 'field.sendDate'));
    expect(await tab.count('[data-finding="send-at-missing"]')).toBe(0);
    expect(await tab.text(status)).toBe(t(lang, 'panel.ready'));

    const before = browser.submissions.length;
    await tab.click(field('btnApply'));
    await expect.poll(() => browser.submissions.length).toBe(before + 1);
  });

  it('leaves a page it does not recognise untouched', async () => {
    const other = await browser.openFixture('other-page.zh');
    const before = await other.evaluate(() => document.body.innerHTML.length);
    // The form opened after it has its panel: the extension has had its turn on the page opened first.
    const form = await browser.openFixture(`coupon-push.${lang}`);
    await expect.poll(() => form.count(panel())).toBe(1);
    expect(await other.count('[data-qpp]')).toBe(0);
    expect(await other.evaluate(() => document.body.innerHTML.length)).toBe(before);
    await form.close();
    await other.close();
  });
});
