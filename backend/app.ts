/**
 * The sandbox QSM as a node:http request handler: routes each request to the coupon push page
 * (push-page.ts), QSM's JSON services (services.ts), the other fixture pages, or the sandbox's
 * control routes (sandbox-routes.ts), and answers what fails with its status.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from './clock.ts';
import { formLimitExceeded, isCancelPost } from './form.ts';
import { decodedPath, HttpError, readForm, send, sendHtml, sendJson } from './http.ts';
import { isPageLang, messageLang, say } from './messages.ts';
import { orderPage } from './order-pages.ts';
import { FIXTURES_DIR, readFixture } from './pages.ts';
import { createPushPage } from './push-page.ts';
import { sandboxRoute } from './sandbox-routes.ts';
import { SERVICE_ANSWER, serviceMethod } from './services.ts';
import { findShop, firstShop, type Shop } from './store.ts';

export { MAX_BODY_BYTES, MAX_JSON_BYTES } from './http.ts';
export { OUTBOX_PAGE } from './sandbox-routes.ts';

export const BASE_PATH = '/GMKT.INC.Gsm.Web/';

export interface AppOptions {
  db: DatabaseSync;
  clock: Clock;
  /** Which shop is signed in; the first shop when omitted. */
  shopId?: string;
  fixturesDir?: string;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function createApp(options: AppOptions): RequestHandler {
  const { db, clock } = options;
  const fixturesDir = options.fixturesDir ?? FIXTURES_DIR;
  const cssFile = join(fixturesDir, 'page.css');
  const css = existsSync(cssFile) ? readFileSync(cssFile, 'utf8') : '';

  function shop(): Shop {
    const found = options.shopId ? findShop(db, options.shopId) : firstShop(db);
    if (!found) throw new HttpError(503, say('en', 'sandbox.error.noShop'));
    return found;
  }

  const pushPage = createPushPage({ db, clock, shop, fixturesDir, css });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const path = decodedPath(url);
    const method = request.method ?? 'GET';
    if (path.startsWith('/__sandbox/'))
      return sandboxRoute({ db, clock, shop }, method, path, url, request, response);
    if (path === '/' || path === BASE_PATH) {
      response.writeHead(302, { location: `${BASE_PATH}coupon-push.zh.aspx` }).end();
      return;
    }
    if (!path.startsWith(BASE_PATH)) throw new HttpError(404, say('en', 'sandbox.error.notFound', { path }));
    const page = path.slice(BASE_PATH.length);
    const pushPageName = /^coupon-push\.(\w+)\.aspx$/i.exec(page);
    const lang = pushPageName?.[1]?.toLowerCase() ?? langFromReferer(request);
    const isPushPage = pushPageName !== null || /^CouponPush\.aspx$/i.test(page);
    if (isPushPage && isPageLang(lang)) {
      if (method === 'GET') return sendHtml(response, 200, pushPage.render(lang, null));
      if (method !== 'POST')
        throw new HttpError(405, say(messageLang(lang), 'sandbox.error.method', { method }));
      const form = await readForm(request);
      const over = formLimitExceeded(form);
      if (over) {
        const key = over.kind === 'chars' ? 'sandbox.error.tooLong' : 'sandbox.error.tooMany';
        throw new HttpError(413, say(messageLang(lang), key, { field: over.field, limit: over.limit }));
      }
      if (isCancelPost(form)) return pushPage.cancel(lang, form, response);
      return pushPage.apply(lang, form, response);
    }
    if (serviceMethod(method, path)) return sendJson(response, 200, SERVICE_ANSWER);
    const orders =
      method === 'GET'
        ? orderPage(page, { db, shopId: () => shop().id, clock, fixturesDir, cookie: request.headers.cookie })
        : null;
    if (orders) return sendHtml(response, 200, orders);
    const other = method === 'GET' ? readFixture(page.replace(/\.aspx$/i, ''), fixturesDir) : null;
    if (other && page.endsWith('.aspx')) return sendHtml(response, 200, other);
    throw new HttpError(404, say('en', 'sandbox.error.notFound', { path }));
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('sandbox request failed', error);
      const text = error instanceof Error ? error.message : String(error);
      if (response.headersSent) response.end();
      else if (request.url?.startsWith('/__sandbox/')) sendJson(response, status, { error: text });
      else send(response, status, 'text/plain; charset=utf-8', `${text}\n`);
    });
  };
}

/** The form posts to CouponPush.aspx in real QSM; the page it came from tells the language. */
function langFromReferer(request: IncomingMessage): string {
  const referer = request.headers.referer ?? '';
  return /coupon-push\.(\w+)\.aspx/i.exec(referer)?.[1]?.toLowerCase() ?? 'ja';
}
