import { describe, expect, it } from 'vitest';
import { openQsmUrl, pushPageAddress, QSM_COUPON_PUSH_URL } from '../../../lib/pushes/links';

describe('the push page address kept for "open QSM"', () => {
  it('keeps QSM’s origin and the page’s path, never its query or fragment', () => {
    expect(
      pushPageAddress(
        'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Popup/Promotion/CouponPush.aspx?sid=abc123&sellerId=shop9#x',
      ),
    ).toBe('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Popup/Promotion/CouponPush.aspx');
  });

  it('keeps nothing of another site, plain http, or the login itself', () => {
    expect(pushPageAddress('https://qsm.qoo10.jp.evil.example/GMKT.INC.Gsm.Web/x.aspx')).toBeNull();
    expect(pushPageAddress('http://qsm.qoo10.jp/GMKT.INC.Gsm.Web/x.aspx')).toBeNull();
    expect(pushPageAddress(`${QSM_COUPON_PUSH_URL}?ReturnUrl=%2f`)).toBeNull();
    expect(pushPageAddress('not a url')).toBeNull();
  });

  it('opens the remembered page, else the login', () => {
    const page = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/coupon-push.ja.aspx';
    expect(openQsmUrl(page)).toBe(page);
    expect(openQsmUrl(`${page}?session=1`)).toBe(page);
    expect(openQsmUrl(null)).toBe(QSM_COUPON_PUSH_URL);
    expect(openQsmUrl('https://example.com/')).toBe(QSM_COUPON_PUSH_URL);
  });
});
