/**
 * The store of known pushes: migration of what older builds stored, history rows merged,
 * applications recorded and refused ones forgotten. Over 300 lines: the cases share their rows.
 */
import { describe, expect, it } from 'vitest';
import {
  type CancelListing,
  CLOCK_SKEW_MS,
  type HistoryRowData,
  mergeHistoryRows,
  reconcileApplied,
  recordApplication,
  recordFromDraft,
} from '../../../lib/pushes/merge';
import {
  emptyStore,
  KEEP_MS,
  migrate,
  PUSH_STORE_VERSION,
  type PushStore,
  prune,
  pushRecords,
  type StoredPush,
  toPushRecord,
} from '../../../lib/pushes/store';
import { emptyDraft, pushRecordSchema } from '../../../lib/schema';

const seenAt = new Date('2026-11-25T03:00:00Z'); // 12:00 JST

const row = (over: Partial<HistoryRowData> = {}): HistoryRowData => ({
  id: '880001',
  couponNumber: '1234567',
  shop: 'Sakura Shop',
  type: null,
  sendAt: '2026-11-28T10:00:00+09:00',
  status: 'scheduled',
  tab: 'cancel',
  ...over,
});

describe('migrate', () => {
  it('keeps a current store as it is', () => {
    const store = mergeHistoryRows(emptyStore(), [row({ type: 'ad', tab: 'ad' })], seenAt);
    expect(migrate(JSON.parse(JSON.stringify(store)))).toEqual(store);
  });

  it('upgrades what version 1 stored: keyed by coupon, send time as QSM shows it in JST', () => {
    // An example of what a version 1 build wrote to storage.local under "pushes".
    const v1 = {
      version: 1,
      pushes: {
        '1234567': {
          type: 'compensation',
          sendAt: '2026/11/28 10:00',
          status: 'scheduled',
          seenAt: Date.parse('2026-11-25T02:00:00Z'),
        },
        '7654321': { type: null, sendAt: '2026/11/20 21:30', status: 'sent', shop: 'Sakura Shop' },
      },
    };
    const store = migrate(v1);
    expect(store.version).toBe(PUSH_STORE_VERSION);
    expect(store.records).toEqual([
      {
        id: '1234567@2026-11-28T10:00:00+09:00',
        couponNumber: '1234567',
        type: 'compensation',
        typeKnown: true,
        sendAt: '2026-11-28T10:00:00+09:00',
        status: 'scheduled',
        source: 'history',
        learnedAt: '2026-11-25T11:00:00+09:00',
      },
      {
        id: '7654321@2026-11-20T21:30:00+09:00',
        couponNumber: '7654321',
        type: 'ad',
        typeKnown: false,
        sendAt: '2026-11-20T21:30:00+09:00',
        status: 'sent',
        shop: 'Sakura Shop',
        source: 'history',
        learnedAt: '2026-11-20T21:30:00+09:00',
      },
    ]);
    for (const record of store.records) expect(pushRecordSchema.safeParse(record).success).toBe(true);
  });

  it('reads version 1 without a version field and drops only its broken entries', () => {
    const store = migrate({
      pushes: {
        '1111111': { sendAt: '2026/12/01 22:00' },
        '2222222': { sendAt: 'tomorrow morning' },
        '3333333': { sendAt: '2026/02/30 10:00' },
        '4444444': 'not an entry',
      },
    });
    expect(store.records.map((r) => [r.couponNumber, r.sendAt, r.status])).toEqual([
      ['1111111', '2026-12-01T22:00:00+09:00', 'scheduled'],
    ]);
  });

  it('drops broken records of a current store one by one', () => {
    const good = mergeHistoryRows(emptyStore(), [row()], seenAt).records[0];
    const store = migrate({ version: 2, records: [good, { id: '', sendAt: 'x' }, 42] });
    expect(store.records).toEqual([good]);
  });

  it.each([undefined, null, 42, 'pushes', [], { version: 3, records: [] }, { records: 'x' }, { pushes: [] }])(
    'gives an empty store for %j',
    (raw) => {
      expect(migrate(raw)).toEqual(emptyStore());
    },
  );
});

describe('mergeHistoryRows', () => {
  it('learns a push from the cancel tab without a type, and keeps no other keys', () => {
    const withExtra = { ...row(), element: 'a row', buyer: '234*****' } as HistoryRowData;
    const store = mergeHistoryRows(emptyStore(), [withExtra], seenAt);
    expect(store.records).toEqual([
      {
        id: '880001',
        couponNumber: '1234567',
        type: 'ad',
        typeKnown: false,
        sendAt: '2026-11-28T10:00:00+09:00',
        status: 'scheduled',
        shop: 'Sakura Shop',
        source: 'history',
        learnedAt: '2026-11-25T12:00:00+09:00',
      },
    ]);
  });

  it('takes the type from another tab of the same batch, matched by coupon and send time', () => {
    const store = mergeHistoryRows(
      emptyStore(),
      [
        row({ id: '1234567@2026-11-28T10:00:00+09:00' }),
        row({ id: '880001', tab: 'compensation', type: 'compensation', sendAt: '2026-11-28T01:00:00Z' }),
      ],
      seenAt,
    );
    expect(store.records).toHaveLength(1);
    expect(store.records[0]).toMatchObject({ id: '880001', type: 'compensation', typeKnown: true });
  });

  it('keeps a known type when the cancel tab shows the push again, and updates the status', () => {
    const first = mergeHistoryRows(emptyStore(), [row({ tab: 'ad', type: 'ad' })], seenAt);
    const later = mergeHistoryRows(first, [row({ status: 'cancelled' })], new Date('2026-11-26T00:00:00Z'));
    expect(later.records).toEqual([{ ...first.records[0], status: 'cancelled' }]);
  });

  it('fills in the type a later tab shows', () => {
    const first = mergeHistoryRows(emptyStore(), [row()], seenAt);
    const later = mergeHistoryRows(first, [row({ tab: 'ad', type: 'ad', status: 'sent' })], seenAt);
    expect(later.records[0]).toMatchObject({ type: 'ad', typeKnown: true, status: 'sent' });
  });

  it('updates the send time of a push matched by id', () => {
    const first = mergeHistoryRows(emptyStore(), [row()], seenAt);
    const later = mergeHistoryRows(first, [row({ sendAt: '2026-11-28T10:30:00+09:00' })], seenAt);
    expect(later.records.map((r) => r.sendAt)).toEqual(['2026-11-28T10:30:00+09:00']);
  });

  it('is idempotent: the same rows seen again change nothing', () => {
    const rows = [row(), row({ id: '880002', couponNumber: '999', sendAt: '2026-12-05T22:00:00+09:00' })];
    const once = mergeHistoryRows(emptyStore(), rows, seenAt);
    const twice = mergeHistoryRows(once, rows, new Date('2026-11-26T00:00:00Z'));
    expect(twice).toEqual(once);
  });

  it('ignores rows that do not parse', () => {
    const bad = [row({ sendAt: '2026/11/28 10:00' }), row({ couponNumber: '' })];
    expect(mergeHistoryRows(emptyStore(), bad, seenAt)).toEqual(emptyStore());
  });
});

describe('applications', () => {
  const draft = {
    ...emptyDraft(),
    type: 'compensation' as const,
    coupon: { number: '1234567', qstoreOnly: false },
    sendDate: '2026-11-28',
    sendTime: '10:00',
  };

  it('turns an applied draft into a scheduled push at its JST send time', () => {
    expect(recordFromDraft(draft, seenAt)).toEqual({
      id: '1234567@2026-11-28T10:00:00+09:00',
      couponNumber: '1234567',
      type: 'compensation',
      typeKnown: true,
      sendAt: '2026-11-28T10:00:00+09:00',
      status: 'scheduled',
      source: 'applied',
      learnedAt: '2026-11-25T12:00:00+09:00',
    });
  });

  it('makes no push of an incomplete draft', () => {
    expect(recordFromDraft({ ...draft, type: null }, seenAt)).toBeNull();
    expect(recordFromDraft({ ...draft, coupon: null }, seenAt)).toBeNull();
    expect(recordFromDraft({ ...draft, sendTime: null }, seenAt)).toBeNull();
    expect(recordFromDraft({ ...draft, sendDate: '2026-02-30' }, seenAt)).toBeNull();
  });

  it('adds an application, then lets the history adopt it under QSM’s id', () => {
    const applied = recordFromDraft(draft, seenAt);
    if (!applied) throw new Error('expected a record');
    const store = recordApplication(emptyStore(), applied);
    expect(store.records).toEqual([applied]);
    const merged = mergeHistoryRows(store, [row()], seenAt);
    expect(merged.records).toEqual([
      {
        ...applied,
        id: '880001',
        shop: 'Sakura Shop',
        type: 'compensation',
        typeKnown: true,
        confirmedAt: '2026-11-25T12:00:00+09:00',
      },
    ]);
    // Seen again later: still confirmed since the first time.
    expect(mergeHistoryRows(merged, [row()], new Date('2026-11-26T00:00:00Z'))).toEqual(merged);
  });

  it('fills a type the history could not tell, and leaves the rest to the history', () => {
    const applied = recordFromDraft(draft, seenAt);
    if (!applied) throw new Error('expected a record');
    const fromHistory = mergeHistoryRows(emptyStore(), [row({ status: 'cancelled' })], seenAt);
    const store = recordApplication(fromHistory, applied);
    expect(store.records).toEqual([{ ...fromHistory.records[0], type: 'compensation', typeKnown: true }]);
    expect(recordApplication(store, { ...applied, type: 'ad' })).toBe(store);
  });
});

describe('prune and read', () => {
  const store: PushStore = mergeHistoryRows(
    emptyStore(),
    [
      row({ id: 'a', sendAt: '2026-12-02T10:00:00+09:00' }),
      row({ id: 'b', sendAt: '2026-09-01T10:00:00+09:00', status: 'sent' }),
      row({ id: 'c', sendAt: '2026-11-28T10:00:00+09:00' }),
    ],
    seenAt,
  );

  it('drops pushes sent more than eight weeks ago', () => {
    const now = new Date('2026-11-25T03:00:00Z');
    expect(prune(store, now).records.map((r) => r.id)).toEqual(['a', 'c']);
    const edge = new Date(Date.parse('2026-09-01T10:00:00+09:00') + KEEP_MS);
    expect(prune(store, edge)).toBe(store);
  });

  it('lists records in send-time order, as PushRecords without store fields', () => {
    expect(pushRecords(store).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    const first = pushRecords(store)[0];
    if (!first) throw new Error('expected a record');
    expect(toPushRecord(first)).toEqual({
      id: 'b',
      couponNumber: '1234567',
      type: 'ad',
      sendAt: '2026-09-01T10:00:00+09:00',
      status: 'sent',
      shop: 'Sakura Shop',
    });
  });
});

describe('reconcileApplied', () => {
  const MINUTE = 60_000;
  const appliedAt = new Date('2026-11-25T03:00:00Z'); // 12:00 JST
  const later = (ms: number, from = appliedAt) => new Date(from.getTime() + ms);
  const applied = (couponNumber = '1234567', at = appliedAt): StoredPush => {
    const record = recordFromDraft(
      {
        ...emptyDraft(),
        type: 'ad',
        coupon: { number: couponNumber, qstoreOnly: false },
        sendDate: '2026-11-27',
        sendTime: '15:00',
      },
      at,
    );
    if (!record) throw new Error('expected a record');
    return record;
  };
  /** QSM's default: registered in the last two weeks, no coupon, the page fully rendered. */
  const listing = (over: Partial<CancelListing> = {}): CancelListing => ({
    from: '2026-11-11',
    to: '2026-11-25',
    complete: true,
    rows: [],
    ...over,
  });
  const listedRow = (over: Partial<HistoryRowData> = {}) =>
    row({ id: '880009', sendAt: '2026-11-27T15:00:00+09:00', ...over });
  const ids = (store: PushStore) => store.records.map((r) => r.id);

  it('drops an application the listing of its registration day does not show', () => {
    const store = recordApplication(emptyStore(), applied());
    expect(reconcileApplied(store, listing(), later(MINUTE)).records).toEqual([]);
    const other = listedRow({ id: '880010', couponNumber: '7654321' });
    expect(reconcileApplied(store, listing({ rows: [other] }), later(MINUTE)).records).toEqual([]);
  });

  it('keeps an application the listing shows, by coupon and send time or by id, and it stays confirmed', () => {
    const store = recordApplication(emptyStore(), applied());
    const shown = listing({ rows: [listedRow({ sendAt: '2026-11-27T06:00:00Z' })] });
    expect(reconcileApplied(store, shown, later(MINUTE))).toBe(store);
    const byId = listing({ rows: [listedRow({ id: applied().id, sendAt: '2026-11-27T16:00:00+09:00' })] });
    expect(reconcileApplied(store, byId, later(MINUTE))).toBe(store);

    const confirmed = mergeHistoryRows(store, shown.rows, later(MINUTE));
    expect(confirmed.records[0]).toMatchObject({
      id: '880009',
      source: 'applied',
      confirmedAt: expect.any(String),
    });
    // QSM showed it once: a later listing that misses it (QSM's own hiccup) does not undo that.
    expect(reconcileApplied(confirmed, listing(), later(2 * MINUTE))).toBe(confirmed);
  });

  it('never drops a push learned from the history', () => {
    const store = mergeHistoryRows(emptyStore(), [listedRow()], appliedAt);
    expect(reconcileApplied(store, listing(), later(MINUTE))).toBe(store);
  });

  it('judges only what the listing covers: applied before it was produced, in its range, for its coupon', () => {
    const store = recordApplication(recordApplication(emptyStore(), applied()), applied('2222222'));
    // Applied after the page rendered its listing: the listing cannot know yet.
    expect(reconcileApplied(store, listing(), later(-MINUTE))).toBe(store);
    expect(reconcileApplied(store, listing(), appliedAt)).toBe(store);
    // Registered outside the range.
    expect(reconcileApplied(store, listing({ to: '2026-11-24' }), later(MINUTE))).toBe(store);
    expect(reconcileApplied(store, listing({ from: '2026-11-26', to: '2026-12-01' }), later(MINUTE))).toBe(
      store,
    );
    // A search for one coupon says nothing of the others, and a partial number matches none.
    const one = reconcileApplied(store, listing({ couponNumber: '2222222' }), later(MINUTE));
    expect(ids(one)).toEqual([applied().id]);
    expect(reconcileApplied(store, listing({ couponNumber: '22222' }), later(MINUTE))).toBe(store);
  });

  it('leaves applications near a range’s edge alone, since QSM’s clock may differ from the browser’s', () => {
    const lateAtNight = new Date('2026-11-25T23:55:00+09:00');
    const nearMidnight = recordApplication(emptyStore(), applied('1234567', lateAtNight));
    const listedAt = later(MINUTE, lateAtNight);
    expect(reconcileApplied(nearMidnight, listing(), listedAt)).toBe(nearMidnight);
    expect(reconcileApplied(nearMidnight, listing({ to: '2026-11-26' }), listedAt).records).toEqual([]);

    const safe = new Date(Date.parse('2026-11-26T00:00:00+09:00') - CLOCK_SKEW_MS - MINUTE);
    const inside = recordApplication(emptyStore(), applied('1234567', safe));
    expect(reconcileApplied(inside, listing(), later(MINUTE, safe)).records).toEqual([]);
    const atDawn = new Date('2026-11-11T00:05:00+09:00');
    const early = recordApplication(emptyStore(), applied('1234567', atDawn));
    expect(reconcileApplied(early, listing(), later(MINUTE, atDawn))).toBe(early);
  });

  it('concludes nothing from a listing the page may not show in full, or one that does not parse', () => {
    const store = recordApplication(emptyStore(), applied());
    expect(reconcileApplied(store, listing({ complete: false }), later(MINUTE))).toBe(store);
    expect(reconcileApplied(store, listing({ from: '2026/11/11' }), later(MINUTE))).toBe(store);
    expect(reconcileApplied(store, listing(), new Date(Number.NaN))).toBe(store);
  });
});
