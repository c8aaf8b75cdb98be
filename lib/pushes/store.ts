/**
 * The store of known pushes: what the extension learned from QSM's history dialog and from
 * applications it watched the seller make (merge.ts), as stored: its schema, its versions and their
 * migration, pruning. Pure data in, data out; platform/ keeps it in storage.
 *
 * It holds no customer data: only the seller's own pushes (coupon number, shop, type, send time,
 * status) and when the extension learned of them. Every input passes a schema that strips other keys.
 */

import { z } from 'zod/mini';
import {
  isoInstantSchema,
  type PushRecord,
  pushRecordSchema,
  pushStatusSchema,
  pushTypeSchema,
} from '../schema';
import { isRecord } from '../storage/parse';
import { defineVersionedStore, salvageList } from '../storage/versioned';
import { DAY_MS, jstInstant, toJstIso } from '../time/jst';
import { lazy } from '../util/lazy';

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
  /** QSM's own status word when it is not one we know (the status is then assumed scheduled). */
  statusWord: z.optional(z.string().check(z.maxLength(40))),
});
export type StoredPush = z.infer<typeof storedPushSchema>;

export const pushStoreSchema = z.object({
  version: z.literal(PUSH_STORE_VERSION),
  records: z.array(storedPushSchema),
});
export type PushStore = z.infer<typeof pushStoreSchema>;

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

export function isSyntheticId(id: string): boolean {
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
  salvage: salvageList(PUSH_STORE_VERSION, 'records', storedPushSchema),
  migrations: [migrateV1],
  afterChange: (store, now) => prune(store, now),
});

/**
 * Reads whatever storage holds into the current store. Older versions are upgraded; records that do
 * not parse are dropped one by one; a newer version is read as far as its records parse; anything
 * unrecognisable gives an empty store. Never throws.
 */
export function migrate(raw: unknown): PushStore {
  return pushStore.read(raw);
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

/** Narrows a stored push to the public PushRecord shape (lib/schema). */
export function toPushRecord(record: StoredPush): PushRecord {
  const { id, couponNumber, type, sendAt, status, shop } = record;
  return { id, couponNumber, type, sendAt, status, ...(shop ? { shop } : {}) };
}

/**
 * One change of the stored value `raw` (a history merge, an application, reconciling, the upgrade on
 * install), pruned: the store it gives, and what to write, or null to leave storage as it is
 * (nothing changed, or a newer version wrote it: then the change lives only in memory).
 */
export const changeStore = pushStore.change;
