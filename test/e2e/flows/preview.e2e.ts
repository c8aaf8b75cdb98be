/**
 * The preview of all three channels (zh page, Chinese browser, seller in Shanghai): built from the
 * filled-in form, the picked banner file included, and following the form while open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { APP_PUSH_TEXT, EMAIL_SUBJECT } from '../../../lib/preview';
import { addJstDays, jstDate } from '../../../lib/time/jst';
import { png } from '../../support/images';
import { type Driver, launchDriver, type Tab } from '../driver';
import { chooseCoupon, chooseType, field, panel, plain, sendDay, setSendAt } from './form';

const SHOP = 'さくら雑貨店';
/** Item numbers of the fixture's goods catalogue, in the order the seller picks them (not the catalogue's). */
const PICKED = ['921679170', '921676424', '921680543'];
const dialog = (inside = '') => `[data-qpp="preview"]${inside ? ` >>> ${inside}` : ''}`;
const part = (name: string) => dialog(`[data-preview="${name}"]`);
const button = '[data-qpp="preview-button"] >>> button';

/** The size of what a blob URL holds, as the page can fetch it; -1 once it is let go. */
const readable = (tab: Tab, url: string) =>
  tab.evaluate(
    (u) =>
      fetch(u).then(
        (r) => r.arrayBuffer().then((b) => b.byteLength),
        () => -1,
      ),
    url,
  );

let browser: Driver;
beforeAll(async () => {
  browser = await launchDriver({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  // One push next week, so the history tables name the shop and this week stays free.
  const nextWeek = addJstDays(jstDate(new Date()), 9).replaceAll('-', '/');
  const today = jstDate(new Date()).replaceAll('-', '/');
  browser.setServerData({
    shopName: SHOP,
    history: [
      {
        id: '2700001',
        couponNo: '1207384',
        type: 'ad',
        sendAt: `${nextWeek} 12:00`,
        status: 'scheduled',
        registered: today,
        recipients: 100,
      },
    ],
  });
});
afterAll(async () => browser?.close());

describe('the preview of all three channels', () => {
  it('shows the e-mail, the QPOST note and the app push built from the filled-in form', async () => {
    const tab = await browser.openFixture('coupon-push.zh');
    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207384');
    const day = sendDay(2);
    await setSendAt(tab, day, '15:00');

    await tab.click(field('btnGoodsSelect'));
    for (const no of PICKED) await tab.click(`${field('divGoodsResult')} [data-goods-no="${no}"]`);
    await tab.click(field('btnGoodsConfirm'));

    await tab.click(field('chkBanner'));
    await tab.setFiles(field('fuBanner'), [
      { name: 'banner.png', mimeType: 'image/png', buffer: png(1860, 240) },
    ]);
    await tab.click(field('rdoLinkPlan'));
    // The panel has read the banner file: the draft the preview is built from now holds it.
    await expect.poll(() => tab.text(panel('[data-draft="banner"]'))).toContain('1860px*240px');

    expect(await tab.text(button)).toBe(t('zh', 'preview.button'));
    await tab.click(button);
    await expect.poll(() => tab.count(dialog())).toBe(1);

    // E-mail, the tab that opens first.
    await expect.poll(() => tab.text(part('subject'))).toBe(EMAIL_SUBJECT);
    expect(await tab.text(part('coupon-number'))).toBe('1207384');
    expect(await tab.text(part('intro'))).toBe(`${SHOP}からショップクーポンが発行されました。`);
    expect(await tab.text(part('discount'))).toBe('10%OFF');
    expect(await tab.attrs(part('item'), 'data-item-id')).toEqual(PICKED);
    expect(await tab.attr(part('items'), 'data-mode')).toBe('manual');
    const bannerUrl = (await tab.attr(dialog('[data-preview="banner"] img'), 'src')) ?? '';
    expect(bannerUrl).toMatch(/^blob:/);
    expect(await readable(tab, bannerUrl)).toBe(png(1860, 240).length);
    expect(await tab.text(part('banner-link'))).toBe(
      t('zh', 'preview.banner.link', { link: t('zh', 'preview.link.special') }),
    );
    // 15:00 in Tokyo is 14:00 in Shanghai: both are shown.
    expect(plain(await tab.text(dialog('[data-preview="send-at"] [data-zone="jst"]')))).toContain(
      `${day.replaceAll('/', '-')} 15:00`,
    );
    expect(await tab.text(dialog('[data-preview="send-at"] [data-zone="local"]'))).toContain('14:00');
    expect(await tab.text(part('eligible'))).toBe(t('zh', 'preview.eligible'));
    expect(await tab.count(dialog('[data-gap]'))).toBe(0);

    await tab.click(dialog('[data-tab="qpost"]'));
    await expect.poll(() => tab.visible(part('qpost-body'))).toBe(true);
    expect(await tab.text(part('qpost-body'))).toContain(
      'クーポン番号 1207384（10%OFF / 3,000円以上購入時）',
    );
    expect(await tab.text(part('qpost-from'))).toBe(SHOP);

    await tab.click(dialog('[data-tab="app"]'));
    await expect.poll(() => tab.visible(part('app-body'))).toBe(true);
    expect(await tab.text(part('app-body'))).toBe(APP_PUSH_TEXT);
    expect(await tab.text(part('app-source'))).toBe(`Qoo10 · ${t('zh', 'preview.app.now')}`);

    await tab.click(part('close'));
    await expect.poll(() => tab.count(dialog())).toBe(0);
    // Closing let go of the picked file.
    await expect.poll(() => readable(tab, bannerUrl)).toBe(-1);

    // QSM's own preview still works as before.
    await tab.click(field('btnPreview'));
    await expect.poll(() => tab.visible(field('divPreviewLayer'))).toBe(true);
    expect(await tab.text(field('divMailPreview'))).toContain(EMAIL_SUBJECT);
    await tab.close();
  });

  it('follows the form while open: placeholders first, then the coupon and top N the seller picks', async () => {
    const tab = await browser.openFixture('coupon-push.zh');
    await tab.click(button);
    await expect.poll(() => tab.count(dialog())).toBe(1);
    await expect.poll(() => tab.count(dialog('[data-gap="coupon"]'))).toBe(1);
    expect(await tab.attr(part('coupon'), 'data-placeholder')).toBe('true');
    expect(await tab.count(part('coupon-number'))).toBe(0);
    expect(await tab.attr(part('items'), 'data-mode')).toBe('auto');
    expect(await tab.count(part('item'))).toBe(4);

    await chooseCoupon(tab, '1207391');
    await tab.select(field('ddlGoodsTopN'), '8');
    await expect.poll(() => tab.text(part('coupon-number'))).toBe('1207391');
    await expect.poll(() => tab.count(part('item'))).toBe(8);
    expect(await tab.count(dialog('[data-gap="coupon"]'))).toBe(0);

    await tab.click(dialog('[data-tab="email"]'));
    await tab.press('Escape');
    await expect.poll(() => tab.count(dialog())).toBe(0);
  });
});
