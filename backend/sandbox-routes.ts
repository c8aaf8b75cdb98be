/**
 * The sandbox's control routes under /__sandbox/ for tests and demos: the clock (read, set, reset
 * with the demo data), the dispatcher, the outbox and the pushes as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { toJstIso } from '../lib/time/jst.ts';
import type { Clock } from './clock.ts';
import { resetDemo } from './db.ts';
import { dispatchDueAsync } from './dispatch.ts';
import { HttpError, readJson, sendJson, wholeParam } from './http.ts';
import { say } from './messages.ts';
import { listPushes, type Shop, toPushRecord } from './store.ts';

const clockBody = z.object({ now: z.union([z.string(), z.number()]) });
/** Messages per page of `/__sandbox/outbox` unless `limit` asks for fewer; also the most it may ask for. */
export const OUTBOX_PAGE = 1000;

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

export interface SandboxContext {
  db: DatabaseSync;
  clock: Clock;
  /** The signed-in shop; throws a 503 when there is none. */
  shop: () => Shop;
}

/** Answers one request under /__sandbox/. */
export async function sandboxRoute(
  { db, clock, shop }: SandboxContext,
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
