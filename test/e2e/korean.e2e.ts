/**
 * A Korean seller (QSM served in Korean, a Korean browser, in Seoul): the panel, the findings beside
 * their fields and the guard all speak Korean, in the catalogue's own words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { chooseCoupon, chooseType, field, fillValidAdPush, sendDay, setSendAt } from './form';
import { type Harness, launch } from './harness';

describe('the push form in Korean (ko page, Korean browser, seller in Seoul)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    harness.setServerData({ history: [] });
  });
  afterAll(async () => harness?.close());

  it('reads the ko form into a Korean panel and says when it is ready', async () => {
    const page = await harness.openFixture('coupon-push.ko');
    const panel = page.locator('[data-qpp="panel"]');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.locator('[data-draft="type"]').textContent()).toBe(t('ko', 'type.ad'));
    await fillValidAdPush(page);
    await expect.poll(() => panel.locator('[data-qpp="status"]').textContent()).toBe(t('ko', 'panel.ready'));
    // Seoul's clock reads as Tokyo's: only Japan time is shown, named in Korean.
    const sendAt = panel.locator('[data-draft="sendAt"]');
    expect((await sendAt.textContent())?.replaceAll('\u00a0', ' ')).toContain(
      `${sendDay(2).replaceAll('/', '-')} 15:00 일본 시간`,
    );
    expect(await sendAt.locator('[data-zone="local"]').count()).toBe(0);
  });

  it('shows findings in Korean beside their fields and in the panel, and guards 신청 in Korean', async () => {
    const page = await harness.openFixture('coupon-push.ko');
    await chooseType(page, 'ad');
    await chooseCoupon(page, '1207399'); // Qstore-only
    await setSendAt(page, sendDay(2), '15:00');
    await page.click(field('btnApply'));
    const guard = page.locator('[data-qpp="guard-fix"]');
    await expect.poll(() => guard.textContent()).toBe(t('ko', 'guard.fix'));
    await guard.click();
    const beside = page.locator('[data-qpp^="findings-"] [data-finding="coupon-qstore-only"]');
    await expect.poll(() => beside.count()).toBe(1);
    expect(await beside.textContent()).toContain(
      t('ko', 'finding.coupon-qstore-only', { couponNumber: '1207399' }),
    );
    expect(await beside.textContent()).toContain(t('ko', 'finding.coupon-qstore-only.fix'));
    const listed = page.locator('[data-qpp="panel"] [data-finding="coupon-qstore-only"]');
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain(t('ko', 'finding.coupon-qstore-only.title'));
  });
});
