/**
 * The sandbox QSM as a node:http request handler: the coupon push page in zh/ja/en/ko with data from
 * the database, the form's own posts (apply, cancel) decided server-side by lib/rules, and sandbox
 * endpoints for tests and demos (the clock, the outbox, the dispatcher).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { checkPush } from '../lib/rules/index.ts';
import type { Finding } from '../lib/schema.ts';
import { cancelDeadline, sendAtOf, toJstIso } from '../lib/time/jst.ts';
import type { Clock } from './clock.ts';
import { inTransaction, resetDemo } from './db.ts';
import { dispatchDueAsync } from './dispatch.ts';
import { cancelIds, FIELD_PREFIX, formLimitExceeded, isCancelPost, readApplication } from './form.ts';
import { isPageLang, messageLang, type PageLang, say } from './messages.ts';
import { orderPage } from './order-pages.ts';
import {
  confirmationPage,
  FIXTURES_DIR,
  findingLines,
  jstText,
  type Notice,
  postedControls,
  pushPage,
  readFixture,
  type ServerData,
} from './pages.ts';
import { qsmDate, qsmDateTime } from './qsm-format.ts';
import { SERVICE_ANSWER, serviceMethod } from './services.ts';
import {
  countFans,
  countRecipients,
  findPush,
  findShop,
  firstShop,
  insertPush,
  listCoupons,
  listPushes,
  type Shop,
  toPushRecord,
} from './store.ts';

export const BASE_PATH = '/GMKT.INC.Gsm.Web/';
/** Posts larger than this are refused (a banner of 1860×240 px is far smaller). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** The sandbox's own JSON requests ({"now": …}) are a few dozen bytes. */
export const MAX_JSON_BYTES = 4 * 1024;

export interface AppOptions {
  db: DatabaseSync;
  clock: Clock;
  /** Which shop is signed in; the first shop when omitted. */
  shopId?: string;
  fixturesDir?: string;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}

const sendHtml = (response: ServerResponse, status: number, html: string) =>
  send(response, status, 'text/html; charset=utf-8', html);
const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json; charset=utf-8', `${JSON.stringify(value, null, 2)}\n`);

function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        const mb = Math.round((limit / 1024 / 1024) * 1000) / 1000;
        reject(new HttpError(413, say('en', 'sandbox.error.tooLarge', { limit: mb })));
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Urlencoded or multipart, through the same parser browsers' fetch uses. */
async function readForm(request: IncomingMessage): Promise<FormData> {
  const body = await readBody(request);
  const type = request.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  try {
    return await new Request('http://sandbox/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    }).formData();
  } catch (error) {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: String(error) }));
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = (await readBody(request, MAX_JSON_BYTES)).toString('utf8');
  try {
    return body.trim() ? JSON.parse(body) : {};
  } catch (error) {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: String(error) }));
  }
}

const clockBody = z.object({ now: z.union([z.string(), z.number()]) });
/** Messages per page of `/__sandbox/outbox` unless `limit` asks for fewer; also the most it may ask for. */
export const OUTBOX_PAGE = 1000;

/** A query parameter as a whole number in [min, max], else a 400 that says so; `fallback` when absent. */
function wholeParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = query.get(name);
  if (value === null) return fallback;
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= min && n <= max) return n;
  const reason = `${name} must be a whole number from ${min} to ${max}`;
  throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason }));
}

/** Reads `/__sandbox/outbox`'s query: `push` (one push's messages), `after` (the cursor), `limit`. */
function outboxPage(query: URLSearchParams): { pushId: number | null; after: number; limit: number } {
  const push = query.get('push');
  if (push !== null && !/^\d{1,15}$/.test(push)) {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: 'push must be a push id' }));
  }
  return {
    pushId: push === null ? null : Number(push),
    after: wholeParam(query, 'after', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: wholeParam(query, 'limit', OUTBOX_PAGE, 1, OUTBOX_PAGE),
  };
}

const badClock = () =>
  new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: 'expected {"now": ISO 8601}' }));

/** The instant a sandbox request's `now` names; a 400 when it names none. */
function instantOf(now: string | number): Date {
  const instant = new Date(now);
  if (Number.isNaN(instant.getTime())) throw badClock();
  return instant;
}

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

  function serverData(current: Shop): ServerData {
    const pushes = listPushes(db, current.id);
    return {
      now: toJstIso(clock.now()),
      shopName: current.name,
      fans: countFans(db, current.id, 'all'),
      coupons: listCoupons(db, current.id).map((coupon) => ({
        no: coupon.number,
        name: coupon.name,
        ...(coupon.rate !== null ? { rate: coupon.rate } : { yen: coupon.yen ?? 0 }),
        min: coupon.min_purchase.toLocaleString('ja-JP'),
        from: qsmDateTime(coupon.valid_from),
        to: qsmDateTime(coupon.valid_to),
        ...(coupon.qstore_only ? { qstore: true } : {}),
      })),
      history: pushes.map((push) => ({
        id: String(push.id),
        couponNo: push.coupon_number,
        type: push.type,
        sendAt: qsmDateTime(push.send_at),
        status: push.status,
        registered: qsmDate(push.created_at),
        recipients: push.recipients ?? (push.status === 'scheduled' ? countRecipients(db, push) : 0),
      })),
    };
  }

  function renderPushPage(lang: PageLang, notice: Notice | null, posted: FormData | null = null): string {
    const template = readFixture(`coupon-push.${lang}`, fixturesDir);
    if (!template) throw new HttpError(404, say(messageLang(lang), 'sandbox.error.notFound', { path: lang }));
    const values = posted ? postedControls(posted, FIELD_PREFIX) : null;
    return pushPage(template, lang, serverData(shop()), notice, values);
  }

  async function apply(lang: PageLang, form: FormData, response: ServerResponse): Promise<void> {
    const current = shop();
    const words = messageLang(lang);
    const { draft, period, orders } = await readApplication(form, db, current.id);
    const now = clock.now();
    // Check and store in one write transaction: two applications cannot both take the same week.
    const outcome = inTransaction(db, (): { findings: Finding[]; id: number | null } => {
      const history = listPushes(db, current.id).map((push) => toPushRecord(push, current.name));
      const findings = checkPush(draft, { now, history });
      const sendAt = sendAtOf(draft);
      if (
        findings.some((finding) => finding.severity === 'error') ||
        !draft.type ||
        !draft.coupon ||
        !sendAt
      ) {
        return { findings, id: null };
      }
      const id = insertPush(db, {
        shopId: current.id,
        couponNumber: draft.coupon.number,
        type: draft.type,
        sendAt: toJstIso(sendAt),
        period,
        items: draft.items,
        bannerLink: draft.banner.link,
        orderNumbers: draft.type === 'compensation' ? orders : [],
        createdAt: toJstIso(now),
      });
      return { findings, id };
    });
    const stored = outcome.id === null ? null : findPush(db, outcome.id);
    if (!stored || !draft.coupon) {
      const errors = outcome.findings.filter((finding) => finding.severity === 'error');
      sendHtml(
        response,
        422,
        renderPushPage(
          lang,
          {
            kind: 'refused',
            title: say(words, 'sandbox.refused.title'),
            lead: say(words, 'sandbox.refused.lead'),
            lines: findingLines(errors, words),
          },
          form,
        ),
      );
      return;
    }
    const deadline = cancelDeadline(new Date(stored.send_at));
    sendHtml(
      response,
      200,
      confirmationPage(lang, css, {
        id: String(stored.id),
        type: stored.type,
        couponNumber: stored.coupon_number,
        couponLabel: draft.coupon.label ?? '',
        sendAt: stored.send_at,
        cancelDeadline: toJstIso(deadline),
        cancellable: now < deadline,
        recipients: countRecipients(db, stored),
        warnings: outcome.findings.filter((finding) => finding.severity !== 'error'),
      }),
    );
  }

  function cancel(lang: PageLang, form: FormData, response: ServerResponse): void {
    const current = shop();
    const words = messageLang(lang);
    const ids = cancelIds(form);
    const now = clock.now();
    const lines: Notice['lines'] = inTransaction(db, () =>
      ids.map((id) => {
        const push = /^\d+$/.test(id) ? findPush(db, Number(id)) : null;
        if (!push || push.shop_id !== current.id) {
          return { text: say(words, 'sandbox.cancel.notFound', { id }), outcome: 'not-found' };
        }
        if (push.status !== 'scheduled') {
          const status = say(words, `pushes.status.${push.status}`);
          return {
            text: say(words, 'sandbox.cancel.notScheduled', { id, status }),
            outcome: 'not-scheduled',
          };
        }
        const deadline = cancelDeadline(new Date(push.send_at));
        if (now >= deadline) {
          return {
            text: say(words, 'sandbox.cancel.tooLate', { id, deadline: jstText(words, deadline) }),
            outcome: 'too-late',
          };
        }
        db.prepare(
          "UPDATE pushes SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'scheduled'",
        ).run(toJstIso(now), push.id);
        const sendAt = jstText(words, push.send_at);
        return {
          text: say(words, 'sandbox.cancel.done', { id, coupon: push.coupon_number, sendAt }),
          outcome: 'cancelled',
        };
      }),
    );
    if (!lines.length) lines.push({ text: say(words, 'sandbox.cancel.none'), outcome: 'none' });
    const refused = lines.some((line) => line.outcome !== 'cancelled');
    sendHtml(
      response,
      refused ? 409 : 200,
      renderPushPage(lang, { kind: 'cancel', title: say(words, 'sandbox.cancel.title'), lines }),
    );
  }

  async function sandbox(
    method: string,
    path: string,
    url: URL,
    request: IncomingMessage,
    response: ServerResponse,
  ) {
    if (path === '/__sandbox/clock') {
      if (method === 'POST') {
        const parsed = clockBody.safeParse(await readJson(request));
        if (!parsed.success) throw badClock();
        clock.set(instantOf(parsed.data.now));
      } else if (method !== 'GET') throw new HttpError(405, say('en', 'sandbox.error.method', { method }));
      sendJson(response, 200, { now: toJstIso(clock.now()) });
      return;
    }
    if (path === '/__sandbox/reset') {
      if (method !== 'POST') throw new HttpError(405, say('en', 'sandbox.error.method', { method }));
      const parsed = clockBody.partial().safeParse(await readJson(request));
      clock.set(parsed.success && parsed.data.now !== undefined ? instantOf(parsed.data.now) : new Date());
      resetDemo(db, clock.now());
      sendJson(response, 200, { now: toJstIso(clock.now()) });
      return;
    }
    if (path === '/__sandbox/dispatch') {
      if (method !== 'POST') throw new HttpError(405, say('en', 'sandbox.error.method', { method }));
      sendJson(response, 200, await dispatchDueAsync(db, clock.now()));
      return;
    }
    if (method !== 'GET') throw new HttpError(405, say('en', 'sandbox.error.method', { method }));
    if (path === '/__sandbox/outbox') {
      const page = outboxPage(url.searchParams);
      const rows = db
        .prepare(
          `SELECT * FROM outbox WHERE id > ? ${page.pushId === null ? '' : 'AND push_id = ?'} ORDER BY id LIMIT ?`,
        )
        .all(...[page.after, ...(page.pushId === null ? [] : [page.pushId]), page.limit + 1]);
      const more = rows.length > page.limit;
      const shown = more ? rows.slice(0, page.limit) : rows;
      sendJson(response, 200, {
        messages: shown.map((row) => ({
          id: row.id,
          pushId: String(row.push_id),
          recipientId: row.recipient_id,
          channel: row.channel,
          address: row.address,
          subject: row.subject,
          body: row.body,
          createdAt: row.created_at,
        })),
        // The cursor of the next page (`?after=`), or null on the last one.
        next: more ? Number(shown.at(-1)?.id) : null,
      });
      return;
    }
    if (path === '/__sandbox/pushes') {
      const current = shop();
      sendJson(response, 200, {
        now: toJstIso(clock.now()),
        pushes: listPushes(db, current.id).map((push) => ({
          ...toPushRecord(push, current.name),
          recipients: push.recipients,
          audience: push.audience_from ? { from: push.audience_from, to: push.audience_to } : 'all',
          createdAt: push.created_at,
        })),
      });
      return;
    }
    throw new HttpError(404, say('en', 'sandbox.error.notFound', { path }));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const path = decodedPath(url);
    const method = request.method ?? 'GET';
    if (path.startsWith('/__sandbox/')) return sandbox(method, path, url, request, response);
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
      if (method === 'GET') return sendHtml(response, 200, renderPushPage(lang, null));
      if (method !== 'POST')
        throw new HttpError(405, say(messageLang(lang), 'sandbox.error.method', { method }));
      const form = await readForm(request);
      const over = formLimitExceeded(form);
      if (over) {
        const key = over.kind === 'chars' ? 'sandbox.error.tooLong' : 'sandbox.error.tooMany';
        throw new HttpError(413, say(messageLang(lang), key, { field: over.field, limit: over.limit }));
      }
      if (isCancelPost(form)) return cancel(lang, form, response);
      return apply(lang, form, response);
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

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    throw new HttpError(400, say('en', 'sandbox.error.badRequest', { reason: 'malformed path' }));
  }
}

/** The form posts to CouponPush.aspx in real QSM; the page it came from tells the language. */
function langFromReferer(request: IncomingMessage): string {
  const referer = request.headers.referer ?? '';
  return /coupon-push\.(\w+)\.aspx/i.exec(referer)?.[1]?.toLowerCase() ?? 'ja';
}
