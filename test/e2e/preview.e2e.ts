import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { APP_PUSH_TEXT, EMAIL_SUBJECT } from '../../lib/preview';
import { addJstDays, jstDate } from '../../lib/time';
import { png } from '../support/images';
import { chooseCoupon, chooseType, field, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

const SHOP = 'さくら雑貨店';
/** Item numbers of the fixture's goods catalogue, in the order the seller picks them (not the catalogue's). */
const PICKED = ['921679170', '921676424', '921680543'];

describe('the preview of all three channels (zh page, Chinese browser, seller in Shanghai)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // One push next week, so the history tables name the shop and this week stays free.
    const nextWeek = addJstDays(jstDate(new Date()), 9).replaceAll('-', '/');
    const today = jstDate(new Date()).replaceAll('-', '/');
    harness.setServerData({
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
  afterAll(async () => harness?.close());

  it('shows the e-mail, the QPOST note and the app push built from the filled-in form', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207384');
    const day = sendDay(2);
    await setSendAt(page, day, '15:00');

    await page.click(field('btnGoodsSelect'));
    for (const no of PICKED) await page.click(`${field('divGoodsResult')} [data-goods-no="${no}"]`);
    await page.click(field('btnGoodsConfirm'));

    await page.check(field('chkBanner'));
    await page.setInputFiles(field('fuBanner'), {
      name: 'banner.png',
      mimeType: 'image/png',
      buffer: png(1860, 240),
    });
    await page.check(field('rdoLinkPlan'));
    // The panel has read the banner file: the draft the preview is built from now holds it.
    await expect
      .poll(() => page.locator('[data-qpp="panel"] [data-draft="banner"]').textContent())
      .toContain('1860×240');

    const button = page.locator('[data-qpp="preview-button"] button');
    expect(await button.textContent()).toBe(t('zh', 'preview.button'));
    await button.click();
    const dialog = page.locator('[data-qpp="preview"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const part = (name: string) => dialog.locator(`[data-preview="${name}"]`);

    // E-mail, the tab that opens first.
    expect(await part('subject').textContent()).toBe(EMAIL_SUBJECT);
    expect(await part('coupon-number').textContent()).toBe('1207384');
    expect(await part('intro').textContent()).toBe(`${SHOP}からショップクーポンが発行されました。`);
    expect(await part('discount').textContent()).toBe('10%OFF');
    expect(
      await dialog
        .locator('[data-preview="item"]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-item-id'))),
    ).toEqual(PICKED);
    expect(await part('items').getAttribute('data-mode')).toBe('manual');
    const banner = dialog.locator('[data-preview="banner"] img');
    const bannerUrl = (await banner.getAttribute('src')) ?? '';
    expect(bannerUrl).toMatch(/^blob:/);
    const readable = (url: string) =>
      page.evaluate(
        (u) =>
          fetch(u).then(
            (r) => r.arrayBuffer().then((b) => b.byteLength),
            () => -1,
          ),
        url,
      );
    expect(await readable(bannerUrl)).toBe(png(1860, 240).length);
    expect(await part('banner-link').textContent()).toBe(
      t('zh', 'preview.banner.link', { link: t('zh', 'preview.link.special') }),
    );
    // 15:00 in Tokyo is 14:00 in Shanghai: both are shown.
    const sendAt = part('send-at');
    expect((await sendAt.locator('[data-zone="jst"]').textContent())?.replaceAll('\u00a0', ' ')).toContain(
      `${day.replaceAll('/', '-')} 15:00`,
    );
    expect(await sendAt.locator('[data-zone="local"]').textContent()).toContain('14:00');
    expect(await part('eligible').textContent()).toBe(t('zh', 'preview.eligible'));
    expect(await dialog.locator('[data-gap]').count()).toBe(0);

    await dialog.locator('[data-tab="qpost"]').click();
    const qpost = part('qpost-body');
    await expect.poll(() => qpost.isVisible()).toBe(true);
    expect(await qpost.textContent()).toContain('クーポン番号 1207384（10%OFF / 3,000円以上購入時）');
    expect(await part('qpost-from').textContent()).toBe(SHOP);

    await dialog.locator('[data-tab="app"]').click();
    await expect.poll(() => part('app-body').isVisible()).toBe(true);
    expect(await part('app-body').textContent()).toBe(APP_PUSH_TEXT);
    expect(await part('app-source').textContent()).toBe(`Qoo10 · ${t('zh', 'preview.app.now')}`);

    await part('close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Closing let go of the picked file.
    await expect.poll(() => readable(bannerUrl)).toBe(-1);

    // QSM's own preview still works as before.
    await page.click(field('btnPreview'));
    await expect.poll(() => page.locator(field('divPreviewLayer')).isVisible()).toBe(true);
    expect(await page.locator(field('divMailPreview')).textContent()).toContain(EMAIL_SUBJECT);
  });

  it('follows the form while open: placeholders first, then the coupon and top N the seller picks', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    await page.locator('[data-qpp="preview-button"] button').click();
    const dialog = page.locator('[data-qpp="preview"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const part = (name: string) => dialog.locator(`[data-preview="${name}"]`);

    await expect.poll(() => dialog.locator('[data-gap="coupon"]').count()).toBe(1);
    expect(await part('coupon').getAttribute('data-placeholder')).toBe('true');
    expect(await part('coupon-number').count()).toBe(0);
    expect(await part('items').getAttribute('data-mode')).toBe('auto');
    expect(await dialog.locator('[data-preview="item"]').count()).toBe(4);

    await chooseCoupon(page, '1207391');
    await page.selectOption(field('ddlGoodsTopN'), '8');
    await expect.poll(() => part('coupon-number').textContent()).toBe('1207391');
    await expect.poll(() => dialog.locator('[data-preview="item"]').count()).toBe(8);
    expect(await dialog.locator('[data-gap="coupon"]').count()).toBe(0);

    await dialog.locator('[data-tab="email"]').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
