/**
 * Where the popup and notifications send the seller. QSM's coupon push page has no stable public URL
 * (it sits behind the login, reached by Advertising > Seller promotion > Coupon push), so this is the
 * QSM login, which lands a signed-in seller on the dashboard one menu away from the push page.
 */
export const QSM_COUPON_PUSH_URL = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Login.aspx';

const QSM_ORIGIN = 'https://qsm.qoo10.jp';

/**
 * The address worth remembering of a page that showed the push form or its history: QSM's origin
 * and the page's path, never its query or fragment (they may carry a session or a seller id). Null
 * for anything that is not a QSM page, or is its login.
 */
export function pushPageAddress(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== QSM_ORIGIN || url.protocol !== 'https:') return null;
  const address = `${url.origin}${url.pathname}`;
  return address === QSM_COUPON_PUSH_URL ? null : address;
}

/** Where "open QSM" goes: the push page the seller last had open, else the login. */
export function openQsmUrl(remembered: string | null | undefined): string {
  return (remembered && pushPageAddress(remembered)) || QSM_COUPON_PUSH_URL;
}
