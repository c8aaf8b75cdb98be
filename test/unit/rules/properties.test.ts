import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../lib/i18n';
import { checkPush, describeFinding, FIELD_ORDER, FINDING_CODES } from '../../../lib/rules';
import type { PushDraft, PushRecord, Settings } from '../../../lib/schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const RUNS = 200;

// Independent of lib/time/jst: JST is UTC+9 without DST, so shifting by 9 h and reading UTC fields is JST.
const jstDay = (ms: number) => new Date(ms + 9 * HOUR).toISOString().slice(0, 10);
const dayAfter = (date: string, days: number) => jstDay(Date.parse(`${date}T00:00:00+09:00`) + days * DAY);
// 1970-01-01 was a Thursday; adding 3 days puts week boundaries on Monday 00:00 JST.
const jstWeekIndex = (ms: number) => Math.floor((ms + 9 * HOUR + 3 * DAY) / WEEK);

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '2026-02-30',
    '2026-13-01',
    '25:00',
    '9:30',
    '２０２６-１１-２９',
    'T',
    '2026-11-29T',
    'NaN',
  ),
);
const now = fc.date({
  min: new Date('2025-12-25T00:00:00Z'),
  max: new Date('2027-01-05T00:00:00Z'),
  noInvalidDate: true,
});

/** A JST date near `nowMs`: mostly inside D+1..D+3, sometimes just outside, sometimes junk. */
const sendDate = (nowMs: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: 3 }).map((k) => dayAfter(jstDay(nowMs), k)) },
    { weight: 2, arbitrary: fc.integer({ min: -2, max: 6 }).map((k) => dayAfter(jstDay(nowMs), k)) },
    { weight: 1, arbitrary: junk },
  );
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const sendTime = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.integer({ min: 20, max: 44 }).map((slot) => hhmm(Math.floor(slot / 2), (slot % 2) * 30)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => hhmm(h, m)),
  },
  { weight: 1, arbitrary: junk },
);
/** An ISO instant within a few days of `nowMs`, written in a random offset, or junk. */
const instantNear = (nowMs: number, spanDays: number) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .integer({ min: -spanDays * 48, max: spanDays * 48 })
        .map((half) => isoIn(nowMs + (half * HOUR) / 2)),
    },
    { weight: 1, arbitrary: junk },
  );
const isoIn = (ms: number) => {
  const offsetH = [9, 0, 8, -8][Math.abs(Math.floor(ms / HOUR)) % 4] ?? 9;
  const local = new Date(ms + offsetH * HOUR).toISOString().slice(0, 19);
  const sign = offsetH < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetH)).padStart(2, '0')}:00`;
};

const draftNear = (nowMs: number): fc.Arbitrary<PushDraft> =>
  fc.record({
    type: fc.constantFrom('ad', 'ad', 'ad', 'compensation', 'compensation', null),
    coupon: fc.option(
      fc.record(
        {
          number: fc.stringMatching(/^[0-9A-Z]{1,12}$/),
          label: fc.string(),
          validFrom: instantNear(nowMs - 3 * DAY, 6),
          validTo: instantNear(nowMs + 5 * DAY, 6),
          qstoreOnly: fc.constantFrom(false, false, false, false, false, false, false, true),
        },
        { requiredKeys: ['number', 'qstoreOnly'] },
      ),
      { freq: 8 },
    ),
    items: fc.oneof(
      fc.record({
        mode: fc.constant('auto' as const),
        topN: fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 4, max: 16 }) },
          fc.integer({ min: -2, max: 20 }),
        ),
      }),
      fc.record({
        mode: fc.constant('manual' as const),
        itemIds: fc.array(fc.constantFrom('921676424', '921676425', '921676426', '1', '2', '3'), {
          maxLength: 20,
        }),
      }),
    ),
    audience: fc.record({
      fanCount: fc.option(fc.nat({ max: 5 })),
      period: fc.oneof(
        { weight: 3, arbitrary: fc.constant('all' as const) },
        fc.record({
          from: fc.oneof(
            fc.integer({ min: -40, max: 3 }).map((k) => dayAfter(jstDay(nowMs), k)),
            junk,
          ),
          to: fc.oneof(
            fc.integer({ min: -40, max: 3 }).map((k) => dayAfter(jstDay(nowMs), k)),
            junk,
          ),
        }),
      ),
    }),
    recipients: fc.record({ uploaded: fc.nat({ max: 3 }), selected: fc.nat({ max: 3 }) }),
    sendDate: fc.option(sendDate(nowMs), { freq: 20 }),
    sendTime: fc.option(sendTime, { freq: 20 }),
    banner: fc.record({
      enabled: fc.constantFrom(false, false, true),
      image: fc.option(
        fc.record({
          type: fc.constantFrom('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'IMAGE/PNG', ''),
          width: fc.constantFrom(1860, 1860, 1860, 1861, 0, 240),
          height: fc.constantFrom(240, 240, 240, 241, 0, 1860),
          bytes: fc.nat(),
        }),
      ),
      link: fc.constantFrom('minishop', 'item', 'special'),
    }),
  }) as fc.Arbitrary<PushDraft>;

const historyNear = (nowMs: number): fc.Arbitrary<PushRecord[]> =>
  fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      couponNumber: fc.stringMatching(/^[0-9]{1,8}$/),
      type: fc.constantFrom('ad', 'compensation'),
      sendAt: instantNear(nowMs, 12),
      status: fc.constantFrom('scheduled', 'sent', 'cancelled', 'failed'),
    }),
    { maxLength: 2 },
  );

const settings: fc.Arbitrary<Partial<Settings> | undefined> = fc.option(
  fc.record(
    {
      weekRule: fc.constantFrom('calendar-week', 'rolling-7-days'),
      couponMarginHours: fc.integer({ min: 0, max: 72 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const scenario = now.chain((at) =>
  fc.record({
    now: fc.constant(at),
    draft: draftNear(at.getTime()),
    history: historyNear(at.getTime()),
    settings,
  }),
);

describe('checkPush properties', () => {
  it('never throws, and returns known codes on draft fields, sorted by field', () => {
    fc.assert(
      fc.property(scenario, ({ now: at, draft, history, settings: s }) => {
        const findings = checkPush(draft, s ? { now: at, history, settings: s } : { now: at, history });
        const ranks = findings.map((f) => FIELD_ORDER.indexOf(f.field as (typeof FIELD_ORDER)[number]));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const f of findings) {
          expect(FINDING_CODES).toContain(f.code);
          // Every placeholder of the catalogue is filled: what is left once the values the seller
          // entered (which may hold braces, a send date typed as "{0}") are taken out names none.
          const entered = Object.values(f.params ?? {}).filter((v): v is string => typeof v === 'string');
          for (const lang of languages) {
            let text = describeFinding(f, lang, 'America/Los_Angeles');
            for (const value of entered) text = text.replaceAll(value, '');
            expect(text).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a draft with no error satisfies every window', () => {
    let clean = 0;
    fc.assert(
      fc.property(scenario, ({ now: at, draft, history, settings: s }) => {
        const findings = checkPush(draft, s ? { now: at, history, settings: s } : { now: at, history });
        if (findings.some((f) => f.severity === 'error')) return;
        clean++;
        const today = jstDay(at.getTime());
        const date = draft.sendDate ?? '';
        expect(draft.type === 'ad' || draft.type === 'compensation').toBe(true);
        expect(date >= dayAfter(today, 1) && date <= dayAfter(today, 3)).toBe(true);
        const [h = Number.NaN, m = Number.NaN] = (draft.sendTime ?? '').split(':').map(Number);
        expect(h * 60 + m >= 600 && h * 60 + m <= 1320 && m % 30 === 0).toBe(true);
        const sendMs = Date.parse(`${draft.sendDate}T${draft.sendTime}:00+09:00`);
        expect(Number.isNaN(sendMs)).toBe(false);

        const items = draft.items;
        if (items.mode === 'auto') expect(items.topN >= 4 && items.topN <= 16).toBe(true);
        else expect(items.itemIds.length >= 1 && items.itemIds.length <= 16).toBe(true);

        if (draft.banner.enabled) {
          expect(draft.banner.image).toMatchObject({ width: 1860, height: 240 });
          expect(['image/jpeg', 'image/png', 'image/gif']).toContain(draft.banner.image?.type.toLowerCase());
        }

        expect(draft.coupon?.qstoreOnly).toBe(false);
        const validTo = Date.parse(draft.coupon?.validTo ?? '');
        if (!Number.isNaN(validTo)) expect(validTo >= sendMs).toBe(true);

        if (draft.type === 'ad') expect(draft.audience.fanCount).not.toBe(0);
        if (draft.type === 'compensation') {
          expect(draft.recipients.uploaded > 0 && draft.recipients.selected > 0).toBe(true);
        }

        const rolling = s?.weekRule === 'rolling-7-days';
        for (const p of history) {
          const pMs = Date.parse(p.sendAt);
          if (p.status === 'cancelled' || Number.isNaN(pMs)) continue;
          if (rolling) expect(Math.abs(pMs - sendMs) >= WEEK).toBe(true);
          else expect(jstWeekIndex(pMs)).not.toBe(jstWeekIndex(sendMs));
        }
      }),
      { numRuns: RUNS },
    );
    // The property means nothing if no run got through without errors.
    expect(clean).toBeGreaterThan(5);
  });
});
