import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyWindow,
  cancelClosesAt,
  isWindowOpen,
  lastCallAt,
  nextSend,
  type PlanSlot,
  previousSend,
  sameWeek,
  WEEKDAYS,
  weekdayOf,
  windowClosesAt,
  windowOpensAt,
} from '../../../lib/plan';
import { sendAndWindow } from '../../../lib/plan/words';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = 300;

// Independent of lib/time/jst: JST is UTC+9 without DST, so shifting by 9 h and reading UTC fields is JST.
const jstDay = (ms: number) => new Date(ms + 9 * HOUR).toISOString().slice(0, 10);
const jstWeekday = (ms: number) => WEEKDAYS[(new Date(ms + 9 * HOUR).getUTCDay() + 6) % 7];

// Around month and year ends (and a leap day) as often as anywhere else.
const instant = fc.oneof(
  fc.date({
    min: new Date('2025-12-20T00:00:00Z'),
    max: new Date('2027-01-10T00:00:00Z'),
    noInvalidDate: true,
  }),
  fc
    .constantFrom('2026-12-31', '2027-01-01', '2028-02-29', '2028-03-01', '2026-11-30', '2026-03-01')
    .chain((day) =>
      fc
        .integer({ min: -3 * DAY, max: 3 * DAY })
        .map((shift) => new Date(Date.parse(`${day}T00:00:00+09:00`) + shift)),
    ),
);
const slotTime = fc.integer({ min: 0, max: 24 }).map((i) => {
  const minutes = 600 + i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 ? '30' : '00'}`;
});
const weekly = (weekday: (typeof WEEKDAYS)[number], time: string): PlanSlot => ({
  kind: 'weekly',
  weekday,
  time,
  id: 's1',
  templateId: null,
  paused: false,
  createdAt: '2025-01-01T00:00:00+09:00',
});
const zones = fc.constantFrom(
  'Asia/Tokyo',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'UTC',
);

describe('applyWindow', () => {
  it.each([
    ['2026-12-11T20:00:00+09:00', '2026-12-08', '2026-12-10'],
    // 10:00 JST on 1 January is 01:00 UTC: the window is JST's, in the old year.
    ['2027-01-01T10:00:00+09:00', '2026-12-29', '2026-12-31'],
    ['2027-01-01T01:00:00Z', '2026-12-29', '2026-12-31'],
    ['2028-03-01T22:00:00+09:00', '2028-02-27', '2028-02-29'],
    ['2026-03-02T10:00:00+09:00', '2026-02-27', '2026-03-01'],
  ])('a push sent at %s is applied for from %s to %s', (sendAt, from, to) => {
    expect(applyWindow(sendAt)).toEqual({ from, to });
  });

  it('throws on what is not a time', () => {
    expect(() => applyWindow('Friday')).toThrow(RangeError);
  });

  it('is the JST days on which the picker (D+1..D+3) offers the send date', () => {
    fc.assert(
      fc.property(instant, (send) => {
        const { from, to } = applyWindow(send.toISOString());
        const sendDay = jstDay(send.getTime());
        // Every day D from `from` to `to` offers S among D+1..D+3; the day before and after do not.
        for (let offset = -1; offset <= 3; offset++) {
          const day = jstDay(Date.parse(`${from}T12:00:00+09:00`) + offset * DAY);
          const offers = [1, 2, 3].some(
            (n) => jstDay(Date.parse(`${day}T12:00:00+09:00`) + n * DAY) === sendDay,
          );
          expect(offers, day).toBe(day >= from && day <= to);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('opens two days before the last call, which comes before the window closes', () => {
    fc.assert(
      fc.property(instant, slotTime, slotTime, (send, time, remindAt) => {
        const sendAt = `${jstDay(send.getTime())}T${time}:00+09:00`;
        const opens = windowOpensAt(sendAt, remindAt).getTime();
        const last = lastCallAt(sendAt, remindAt).getTime();
        expect(last - opens).toBe(2 * DAY);
        expect(last).toBeLessThan(windowClosesAt(sendAt).getTime());
        // Cancelling closes on the window's last day, at the send time: applied later, a push stays.
        expect(jstDay(cancelClosesAt(sendAt).getTime())).toBe(applyWindow(sendAt).to);
        expect(isWindowOpen(sendAt, new Date(opens))).toBe(true);
        expect(isWindowOpen(sendAt, new Date(windowClosesAt(sendAt).getTime()))).toBe(false);
        expect(isWindowOpen(sendAt, new Date(windowClosesAt(sendAt).getTime() - 1))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('nextSend and previousSend', () => {
  it('next is the first send on the slot weekday after today (JST), within a week, at its time', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...WEEKDAYS), slotTime, (now, weekday, time) => {
        const next = nextSend(weekly(weekday, time), now);
        if (!next) throw new Error('a weekly slot always has a next send');
        const at = Date.parse(next);
        expect(next).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/);
        expect(next.slice(11, 16)).toBe(time);
        expect(jstWeekday(at)).toBe(weekday);
        const today = jstDay(now.getTime());
        expect(next.slice(0, 10) > today).toBe(true);
        expect(at - Date.parse(`${today}T00:00:00+09:00`)).toBeLessThanOrEqual(8 * DAY);
        // Its window has not closed: today is at most its last apply day.
        expect(applyWindow(next).to >= today).toBe(true);
        const previous = previousSend(weekly(weekday, time), now);
        expect(previous && Date.parse(next) - Date.parse(previous)).toBe(7 * DAY);
      }),
      { numRuns: RUNS },
    );
  });

  it('a one-off has a next send until its day comes, then only a previous one', () => {
    const once: PlanSlot = { ...weekly('fri', '20:00'), kind: 'once', date: '2027-01-01' } as PlanSlot;
    expect(nextSend(once, new Date('2026-12-31T23:59:00+09:00'))).toBe('2027-01-01T20:00:00+09:00');
    expect(nextSend(once, new Date('2027-01-01T00:00:00+09:00'))).toBeNull();
    expect(previousSend(once, new Date('2027-01-01T00:00:00+09:00'))).toBe('2027-01-01T20:00:00+09:00');
  });

  it('reads the weekday in JST whatever the machine zone', () => {
    expect(weekdayOf('2026-12-11')).toBe('fri');
    expect(weekdayOf('2027-01-01')).toBe('fri');
    expect(weekdayOf('2028-02-29')).toBe('tue');
  });
});

describe('sameWeek', () => {
  it('calendar weeks run Monday to Sunday JST; rolling weeks are less than 7 days apart', () => {
    const sun = '2026-12-13T22:00:00+09:00';
    const mon = '2026-12-14T10:00:00+09:00';
    expect(sameWeek(sun, mon, 'calendar-week')).toBe(false);
    expect(sameWeek(sun, mon, 'rolling-7-days')).toBe(true);
    expect(sameWeek('2026-12-07T10:00:00+09:00', sun, 'calendar-week')).toBe(true);
    expect(sameWeek('2026-12-11T20:00:00+09:00', '2026-12-18T20:00:00+09:00', 'rolling-7-days')).toBe(false);
  });
});

describe('the seller reads a send time and its apply days', () => {
  it('names JST first, the seller time beside it, and the apply weekdays', () => {
    expect(sendAndWindow('en', '2026-12-11T20:00:00+09:00', 'Asia/Shanghai').replaceAll('\u00a0', ' ')).toBe(
      'Fri 2026-12-11 20:00 JST (19:00 China Standard Time), apply Tue–Thu',
    );
    expect(sendAndWindow('zh', '2026-12-11T20:00:00+09:00', 'Asia/Shanghai').replaceAll('\u00a0', ' ')).toBe(
      '周五 2026-12-11 20:00 日本时间（北京时间 19:00），请于周二至周四申请',
    );
  });

  it('always starts with the JST weekday and time, in any zone', () => {
    fc.assert(
      fc.property(instant, slotTime, zones, (send, time, zone) => {
        const sendAt = `${jstDay(send.getTime())}T${time}:00+09:00`;
        const text = sendAndWindow('en', sendAt, zone).replaceAll('\u00a0', ' ');
        expect(
          text.startsWith(
            `${jstWeekday(Date.parse(sendAt))?.replace(/^./, (c) => c.toUpperCase())} ${sendAt.slice(0, 10)} ${time} JST`,
          ),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
