/**
 * The store of known pushes (spec §6): what the extension learned from QSM's history dialog and from
 * applications it watched the seller make. Pure data in, data out; platform/ keeps it in storage.
 *
 * It holds no customer data: only the seller's own pushes (coupon number, shop, type, send time,
 * status) and when the extension learned of them. Every input passes a schema that strips other keys.
 */

import { z } from 'zod/mini';
import {
  isoInstantSchema,
  jstDateSchema,
  type PushDraft,
  type PushRecord,
  pushRecordSchema,
  pushStatusSchema,
  pushTypeSchema,
} from '../schema';
import { isRecord, parseEach } from '../storage/parse';
import { defineVersionedStore } from '../storage/versioned';
import { DAY_MS, jstDate, jstInstant, sendAtOf, toJstIso } from '../time/jst';
import { lazy } from '../util/lazy';
import { foldNfkc } from '../util/nfkc';

export const PUSH_STORE_VERSION = 2;

/**
 * A stored push: a PushRecord plus what the store needs to know about it.
 * `typeKnown: false` means no history tab has shown its type yet (the cancel tab does not show it);
 * `type` then holds 'ad' as a stand-in, which no rule depends on since the weekly limit counts both
 * types together. Screens show "type unknown" instead of the stand-in.
 */
export const storedPushSchema = z.extend(pushRecordSchema, {
  typeKnown: z.boolean(),
  /** Where the extension first learned of the push. */
  source: z.enum(['history', 'applied']),
  /** When the extension first learned of the push. */
  learnedAt: isoInstantSchema,
  /**
   * For a push the seller was seen applying: when a history row first showed it, i.e. QSM accepted
   * it. Absent until then (and on pushes learned from the history, which QSM showed to begin with).
   */
  confirmedAt: z.optional(isoInstantSchema),
});
export type StoredPush = z.infer<typeof storedPushSchema>;

export const pushStoreSchema = z.object({
  version: z.literal(PUSH_STORE_VERSION),
  records: z.array(storedPushSchema),
});
export type PushStore = z.infer<typeof pushStoreSchema>;

/** A history table row as the adapter reads it, without its element (lib/qsm/types.ts HistoryRow). */
export const historyRowDataSchema = lazy(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    couponNumber: z.string().check(z.minLength(1)),
    shop: z.optional(z.string()),
    type: z.nullable(pushTypeSchema),
    sendAt: isoInstantSchema,
    status: pushStatusSchema,
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

/**
 * Version 1, as the first builds stored it: one entry per coupon number, the send time as QSM shows
 * it ('YYYY/MM/DD HH:mm', JST), no ids, no record of where the push came from.
 */
const pushV1Schema = lazy(() =>
  z.object({
    type: z.optional(z.nullable(pushTypeSchema)),
    sendAt: z.string(),
    status: z.optional(pushStatusSchema),
    shop: z.optional(z.string()),
    /** Epoch milliseconds. */
    seenAt: z.optional(z.number()),
  }),
);
export const pushStoreV1Schema = lazy(() =>
  z.object({
    version: z.optional(z.literal(1)),
    pushes: z.record(z.string(), pushV1Schema()),
  }),
);
export type PushStoreV1 = z.infer<ReturnType<typeof pushStoreV1Schema>>;

/** Records whose send time is this far in the past are dropped: no rule or screen looks back further. */
export const KEEP_MS = 8 * 7 * DAY_MS;

export function emptyStore(): PushStore {
  return { version: PUSH_STORE_VERSION, records: [] };
}

/** The id of a push QSM has not named, `<couponNumber>@<sendAt>`: history rows and applications alike. */
export function syntheticId(couponNumber: string, sendAt: string): string {
  return `${couponNumber}@${sendAt}`;
}

function isSyntheticId(id: string): boolean {
  return id.includes('@');
}

/** 'YYYY/MM/DD HH:mm' (or with '-') in JST → ISO with +09:00, or null. */
function parseV1SendAt(text: string): string | null {
  const match = /^(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const instant = jstInstant(`${match[1]}-${match[2]}-${match[3]}`, `${match[4]}:${match[5]}`);
  return instant ? toJstIso(instant) : null;
}

function learnedAtOf(seenAt: number | undefined, sendAt: string): string {
  const seen = new Date(seenAt ?? Number.NaN);
  return Number.isNaN(seen.getTime()) ? sendAt : toJstIso(seen);
}

function fromV1(v1: PushStoreV1): PushStore {
  const records: StoredPush[] = [];
  for (const [couponNumber, entry] of Object.entries(v1.pushes)) {
    const sendAt = parseV1SendAt(entry.sendAt);
    if (!couponNumber || !sendAt) continue;
    records.push({
      id: syntheticId(couponNumber, sendAt),
      couponNumber,
      type: entry.type ?? 'ad',
      typeKnown: entry.type != null,
      sendAt,
      status: entry.status ?? 'scheduled',
      ...(entry.shop ? { shop: entry.shop } : {}),
      source: 'history',
      learnedAt: learnedAtOf(entry.seenAt, sendAt),
    });
  }
  return { version: PUSH_STORE_VERSION, records };
}

/** Version 1 read into the current store: whole, or entry by entry when some entries are damaged. */
function migrateV1(raw: Record<string, unknown>): PushStore | null {
  const v1 = pushStoreV1Schema().safeParse(raw);
  if (v1.success) return fromV1(v1.data);
  if ((raw.version === 1 || raw.version === undefined) && isRecord(raw.pushes)) {
    const entries = Object.entries(raw.pushes).flatMap(([couponNumber, entry]) => {
      const parsed = pushV1Schema().safeParse(entry);
      return parsed.success ? [[couponNumber, parsed.data] as const] : [];
    });
    return fromV1({ pushes: Object.fromEntries(entries) });
  }
  return null;
}

/** The pushes store as a versioned value (lib/storage/versioned). */
export const pushStore = defineVersionedStore<PushStore>({
  area: 'pushes',
  version: PUSH_STORE_VERSION,
  schema: pushStoreSchema,
  empty: emptyStore,
  // The current version with some records damaged, or a newer one: what reads is read, the rest left out.
  salvage: (raw) =>
    Array.isArray(raw.records)
      ? { version: PUSH_STORE_VERSION, records: parseEach(storedPushSchema, raw.records) }
      : null,
  migrations: [migrateV1],
});

/**
 * Reads whatever storage holds into the current store. Older versions are upgraded; records that do
 * not parse are dropped one by one; a newer version is read as far as its records parse; anything
 * unrecognisable gives an empty store. Never throws.
 */
export function migrate(raw: unknown): PushStore {
  return pushStore.read(raw);
}

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
        ...(row.shop ? { shop: row.shop } : {}),
        source: 'history',
        learnedAt: toJstIso(seenAt),
      });
      continue;
    }
    records[index] = {
      ...existing,
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

/** Drops pushes sent (or due) more than eight weeks before now. */
export function prune(store: PushStore, now: Date, keepMs = KEEP_MS): PushStore {
  const cutoff = now.getTime() - keepMs;
  const records = store.records.filter((record) => Date.parse(record.sendAt) >= cutoff);
  return records.length === store.records.length ? store : { version: PUSH_STORE_VERSION, records };
}

/** The records as the rules engine and screens take them, in send-time order. */
export function pushRecords(store: PushStore): StoredPush[] {
  return [...store.records].sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
}

/** Narrows a stored push to the public PushRecord shape (spec §8). */
export function toPushRecord(record: StoredPush): PushRecord {
  const { id, couponNumber, type, sendAt, status, shop } = record;
  return { id, couponNumber, type, sendAt, status, ...(shop ? { shop } : {}) };
}

/**
 * One change of the stored value `raw` (a history merge, an application, reconciling, the upgrade on
 * install), pruned: the store it gives, and what to write, or null to leave storage as it is
 * (nothing changed, or a newer version wrote it: then the change lives only in memory).
 */
export function changeStore(
  raw: unknown,
  change: (store: PushStore) => PushStore,
  now: Date,
): { store: PushStore; write: PushStore | null } {
  return pushStore.change(raw, (store) => prune(change(store), now), now);
}
