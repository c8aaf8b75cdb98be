/**
 * What the store of known pushes learns: the rows of QSM's history dialog merged in, applications
 * the seller was seen making recorded, and those QSM never accepted forgotten. Pure data in, data out.
 */
import { z } from 'zod/mini';
import { isoInstantSchema, jstDateSchema, type PushDraft, pushStatusSchema, pushTypeSchema } from '../schema';
import { parseEach } from '../storage/parse';
import { jstDate, sendAtOf, toJstIso } from '../time/jst';
import { lazy } from '../util/lazy';
import { foldNfkc } from '../util/nfkc';
import {
  isSyntheticId,
  PUSH_STORE_VERSION,
  type PushStore,
  type StoredPush,
  storedPushSchema,
  syntheticId,
} from './store';

/** A history table row as the adapter reads it, without its element (lib/qsm/types.ts HistoryRow). */
export const historyRowDataSchema = lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    couponNumber: z.string().check(z.minLength(1)),
    shop: z.optional(z.string()),
    type: z.nullable(pushTypeSchema),
    sendAt: isoInstantSchema,
    status: pushStatusSchema,
    statusWord: z.optional(z.string()),
    tab: z.enum(['cancel', 'ad', 'compensation']),
  }),
);
export type HistoryRowData = z.infer<ReturnType<typeof historyRowDataSchema>>;

/**
 * What the history dialog's cancel tab (取消发送) lists: every push QSM registered on a JST date from
 * `from` to `to`, for one coupon when `couponNumber` is set, scheduled or not. `complete` is false
 * when the page may not show the whole listing (still rendering, a row that did not read, a pager).
 */
export const cancelListingSchema = lazy(() =>
  z.object({
    from: jstDateSchema,
    to: jstDateSchema,
    couponNumber: z.optional(z.string().check(z.minLength(1))),
    complete: z.boolean(),
    rows: z.array(historyRowDataSchema()),
  }),
);
export type CancelListing = z.infer<ReturnType<typeof cancelListingSchema>>;

/**
 * How far the browser's clock may be from QSM's: an application stamped this close to a day's edge
 * might carry the other day as its registration date, so no listing judges it.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;

function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

type PushKey = Pick<StoredPush, 'id' | 'couponNumber' | 'sendAt'>;

/** Whether two rows or records describe one push: the same id, or the same coupon and send time. */
function samePush(a: PushKey, b: PushKey): boolean {
  return a.id === b.id || (a.couponNumber === b.couponNumber && sameInstant(a.sendAt, b.sendAt));
}

/** The stored record a row or application describes: same id, else same coupon and send time. */
function findMatch(records: StoredPush[], push: PushKey): number {
  const byId = records.findIndex((record) => record.id === push.id);
  return byId >= 0 ? byId : records.findIndex((record) => samePush(record, push));
}

/**
 * Folds the rows of the history dialog's tables into the store. Rows update the status, send time
 * and shop of the push they match (by id, else by coupon number and send time). A row without a type
 * (cancel tab) keeps a known type, else takes the type of a row of the same push from another tab in
 * the same batch, else leaves the push with `typeKnown: false`. Merging the same rows twice changes
 * nothing; `seenAt` stamps only pushes learned for the first time.
 */
export function mergeHistoryRows(store: PushStore, rows: readonly HistoryRowData[], seenAt: Date): PushStore {
  const parsed = parseEach(historyRowDataSchema(), rows);
  const typeOf = (row: HistoryRowData) =>
    row.type ?? parsed.find((other) => other.type !== null && samePush(other, row))?.type ?? null;

  const records = store.records.map((record) => ({ ...record }));
  for (const row of parsed) {
    const type = typeOf(row);
    const index = findMatch(records, row);
    const existing = index >= 0 ? records[index] : undefined;
    if (!existing) {
      records.push({
        id: row.id,
        couponNumber: row.couponNumber,
        type: type ?? 'ad',
        typeKnown: type !== null,
        sendAt: row.sendAt,
        status: row.status,
        ...(row.statusWord ? { statusWord: row.statusWord.slice(0, 40) } : {}),
        ...(row.shop ? { shop: row.shop } : {}),
        source: 'history',
        learnedAt: toJstIso(seenAt),
      });
      continue;
    }
    const { statusWord: _was, ...kept } = existing;
    records[index] = {
      ...kept,
      ...(row.statusWord ? { statusWord: row.statusWord.slice(0, 40) } : {}),
      ...(existing.source === 'applied' && !existing.confirmedAt ? { confirmedAt: toJstIso(seenAt) } : {}),
      // QSM's own id is the stabler key; a synthetic one gives way to it.
      id: isSyntheticId(existing.id) && !isSyntheticId(row.id) ? row.id : existing.id,
      couponNumber: row.couponNumber,
      sendAt: row.sendAt,
      status: row.status,
      ...(row.shop ? { shop: row.shop } : {}),
      ...(type !== null ? { type, typeKnown: true } : {}),
    };
  }
  return { version: PUSH_STORE_VERSION, records };
}

/**
 * The push a draft becomes once the seller applied for it, or null when the draft lacks what a push
 * needs (type, coupon, send date and time).
 */
export function recordFromDraft(draft: PushDraft, now: Date): StoredPush | null {
  const instant = sendAtOf(draft);
  if (!draft.type || !draft.coupon?.number || !instant) return null;
  const sendAt = toJstIso(instant);
  return {
    id: syntheticId(draft.coupon.number, sendAt),
    couponNumber: draft.coupon.number,
    type: draft.type,
    typeKnown: true,
    sendAt,
    status: 'scheduled',
    source: 'applied',
    learnedAt: toJstIso(now),
  };
}

/**
 * Adds a push the seller was seen applying for. If the store already knows it (the history came
 * first), only a missing type is filled in: the history is QSM's word and wins on everything else.
 */
export function recordApplication(store: PushStore, record: StoredPush): PushStore {
  const parsed = storedPushSchema.safeParse(record);
  if (!parsed.success) return store;
  const applied = parsed.data;
  const index = findMatch(store.records, applied);
  const existing = index >= 0 ? store.records[index] : undefined;
  if (!existing) return { version: PUSH_STORE_VERSION, records: [...store.records, applied] };
  if (existing.typeKnown) return store;
  const records = [...store.records];
  records[index] = { ...existing, type: applied.type, typeKnown: true };
  return { version: PUSH_STORE_VERSION, records };
}

function sameCoupon(a: string, b: string): boolean {
  return foldNfkc(a).trim() === foldNfkc(b).trim();
}

/**
 * Forgets the applications QSM never accepted. A push the seller was seen applying for and no history
 * row has shown yet is dropped when a complete cancel-tab listing should show it and does not: it
 * was applied before the listing was produced (`listedAt`, when QSM rendered the page), on a JST date
 * inside the listing's range even allowing for clock skew, for the listing's coupon if it has one.
 * Exact coupon equality, because QSM's coupon search may match exactly or by part. Pushes learned
 * from the history are never dropped. Returns the same store when nothing is dropped.
 */
export function reconcileApplied(store: PushStore, listing: CancelListing, listedAt: Date): PushStore {
  const parsed = cancelListingSchema().safeParse(listing);
  if (!parsed.success || !parsed.data.complete) return store;
  const { from, to, couponNumber, rows } = parsed.data;
  const listedMs = listedAt.getTime();
  if (Number.isNaN(listedMs)) return store;
  const refused = (record: StoredPush) => {
    if (record.source !== 'applied' || record.confirmedAt) return false;
    const learned = Date.parse(record.learnedAt);
    if (!(learned < listedMs)) return false;
    const earliest = jstDate(new Date(learned - CLOCK_SKEW_MS));
    const latest = jstDate(new Date(learned + CLOCK_SKEW_MS));
    if (earliest < from || latest > to) return false;
    if (couponNumber !== undefined && !sameCoupon(record.couponNumber, couponNumber)) return false;
    return !rows.some((row) => samePush(record, row));
  };
  const records = store.records.filter((record) => !refused(record));
  return records.length === store.records.length ? store : { version: PUSH_STORE_VERSION, records };
}
