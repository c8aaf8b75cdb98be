/**
 * QSM's JSON services, as the real-structure pages (coupon-push-real.*) call them:
 * `POST /GMKT.INC.Gsm.Web/swe_<X>BizService.asmx/<Method>`, answered `{"d": ...}`. Neither the sandbox
 * nor the e2e's fake server keeps service data of its own: `{"d": null}` has the page fill in its
 * sample data, after a real round trip, as late as the portal's services answer.
 */
const SERVICE_PATH = /^\/GMKT\.INC\.Gsm\.Web\/swe_\w+BizService\.asmx\/(\w+)$/;

/** The service method a request calls (`GetShopCouponList`, …), or null when it is no service call. */
export function serviceMethod(method: string, path: string): string | null {
  return method === 'POST' ? (SERVICE_PATH.exec(path)?.[1] ?? null) : null;
}

/** What a service call is answered with. */
export const SERVICE_ANSWER = { d: null } as const;
