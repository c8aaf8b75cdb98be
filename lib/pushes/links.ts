/**
 * Where the popup and notifications send the seller. QSM's coupon push page has no stable public URL
 * (it sits behind the login, reached by Advertising > Seller promotion > Coupon push), so this is the
 * QSM login, which lands a signed-in seller on the dashboard one menu away from the push page.
 */
export const QSM_COUPON_PUSH_URL = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Login.aspx';
