/**
 * A Korean seller (QSM served in Korean, a Korean browser, in Seoul), in Chromium and Firefox: the
 * panel, the findings beside their fields and the guard all speak Korean, in the catalogue's own words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
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

describe('the push form in Korean (ko page, Korean browser, seller in Seoul)', () => {
  let browser: Driver;
  beforeAll(async () => {
    browser = await launchDriver({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    browser.setServerData({ history: [] });
  });
  afterAll(async () => browser?.close());

  it('reads the ko form into a Korean panel and says when it is ready', async () => {
    const tab = await browser.openFixture('coupon-push.ko');
    await expect.poll(() => tab.count(panel())).toBe(1);
    await expect.poll(() => tab.text(panel('[data-draft="type"]'))).toBe(t('ko', 'type.ad'));
    await fillValidAdPush(tab);
    await expect.poll(() => tab.text(status)).toBe(t('ko', 'panel.ready'));
    // Seoul's clock reads as Tokyo's: only Japan time is shown, named in Korean.
    expect(plain(await tab.text(panel('[data-draft="sendAt"]')))).toContain(
      `${sendDay(2).replaceAll('/', '-')} 15:00 일본 시간`,
    );
    expect(await tab.count(panel('[data-draft="sendAt"] [data-zone="local"]'))).toBe(0);
    await tab.close();
  });

  it('shows findings in Korean beside their fields and in the panel, and guards 신청 in Korean', async () => {
    const tab = await browser.openFixture('coupon-push.ko');
    await chooseType(tab, 'ad');
    await chooseCoupon(tab, '1207399'); // Qstore-only
    await setSendAt(tab, sendDay(2), '15:00');
    await tab.click(field('btnApply'));
    const fix = '[data-qpp="apply-guard"] >>> [data-qpp="guard-fix"]';
    await expect.poll(() => tab.text(fix)).toBe(t('ko', 'guard.fix'));
    await tab.click(fix);
    const beside = '[data-qpp^="findings-"] >>> [data-finding="coupon-qstore-only"]';
    await expect.poll(() => tab.count(beside)).toBe(1);
    const besideText = await tab.text(beside);
    expect(besideText).toContain(t('ko', 'finding.coupon-qstore-only', { couponNumber: '1207399' }));
    expect(besideText).toContain(t('ko', 'finding.coupon-qstore-only.fix'));
    const listed = panel('[data-finding="coupon-qstore-only"]');
    await expect.poll(() => tab.count(listed)).toBe(1);
    expect(await tab.text(listed)).toContain(t('ko', 'finding.coupon-qstore-only.title'));
    await tab.close();
  });
});
