import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { chooseCoupon, chooseType, field, fillValidAdPush, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';
import { screenshot, screenshotsWanted } from './screenshots';

describe('the panel on the push form (zh page, Chinese browser, seller in Shanghai)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // A shop with no push applied yet: the fixture's sample history would take this week.
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('shows what it read, and follows the seller’s edits', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    const panel = page.locator('[data-qpp="panel"]');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.locator('[data-draft="type"]').textContent()).toBe(t('zh', 'type.ad'));

    await chooseType(page, 'compensation');
    await expect
      .poll(() => panel.locator('[data-draft="type"]').textContent())
      .toBe(t('zh', 'type.compensation'));
    await expect.poll(() => panel.locator('[data-draft="recipients"]').count()).toBe(1);

    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207384');
    await expect.poll(() => panel.locator('[data-draft="coupon"]').textContent()).toContain('1207384');

    const day = sendDay(2);
    await setSendAt(page, day, '15:00');
    const sendAt = panel.locator('[data-draft="sendAt"]');
    // 15:00 in Tokyo is 14:00 in Shanghai: both are shown.
    await expect
      .poll(async () => (await sendAt.locator('[data-zone="jst"]').textContent())?.replaceAll('\u00a0', ' '))
      .toContain(`${day.replaceAll('/', '-')} 15:00`);
    expect(await sendAt.locator('[data-zone="local"]').textContent()).toContain('14:00');
    expect(await sendAt.locator('[data-zone="local"]').textContent()).toContain('北京时间');
  });

  it('says the form is ready once every check passes, and shows it (README screenshot)', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    await fillValidAdPush(page);
    const status = page.locator('[data-qpp="panel"] [data-qpp="status"]');
    await expect.poll(() => status.textContent()).toBe(t('zh', 'panel.ready'));
    if (screenshotsWanted) {
      await page.setViewportSize({ width: 1280, height: 820 });
      await screenshot(page, 'docs/panel.png');
    }
  });

  it('stays collapsed, across pages, once the seller collapses it', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    const panel = page.locator('[data-qpp="panel"]');
    await expect.poll(() => panel.locator('[data-qpp="draft"]').count()).toBe(1);
    await panel.locator('header button').click();
    await expect.poll(() => panel.locator('[data-qpp="draft"]').count()).toBe(0);
    // The status line stays, so a collapsed panel still says whether the form is ready.
    expect(await panel.locator('[data-qpp="status"]').count()).toBe(1);

    const next = await harness.openFixture('coupon-push.zh');
    const nextPanel = next.locator('[data-qpp="panel"]');
    await expect.poll(() => nextPanel.locator('[data-qpp="status"]').count()).toBe(1);
    // It opens expanded until the stored choice is read, then folds.
    await expect.poll(() => nextPanel.locator('[data-qpp="draft"]').count()).toBe(0);
    await nextPanel.locator('header button').click();
    await expect.poll(() => nextPanel.locator('[data-qpp="draft"]').count()).toBe(1);
  });

  it('reports a field it cannot find instead of flagging it, and does not block apply for it', async () => {
    const page = await harness.openFixture('coupon-push.zh');
    await fillValidAdPush(page);
    const panel = page.locator('[data-qpp="panel"]');
    await expect.poll(() => panel.locator('[data-qpp="status"]').textContent()).toBe(t('zh', 'panel.ready'));
    // A QSM redesign that moves the send time somewhere the adapter does not look.
    await page.evaluate(() => document.getElementById('ctl00_ContentPlaceHolder1_trSendTime')?.remove());
    await expect.poll(() => panel.locator('[data-qpp="missing"]').count()).toBe(1);
    expect(await panel.locator('[data-qpp="missing"]').textContent()).toContain(t('zh', 'field.sendDate'));
    expect(await page.locator('[data-finding="send-at-missing"]').count()).toBe(0);
    expect(await panel.locator('[data-qpp="status"]').textContent()).toBe(t('zh', 'panel.ready'));

    const before = harness.submissions.length;
    await page.click(field('btnApply'));
    await expect.poll(() => harness.submissions.length).toBe(before + 1);
  });

  it('leaves a page it does not recognise untouched', async () => {
    const page = await harness.openFixture('other-page.zh');
    const before = await page.evaluate(() => document.body.innerHTML.length);
    await page.waitForTimeout(800);
    expect(await page.locator('[data-qpp]').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(before);
  });
});
