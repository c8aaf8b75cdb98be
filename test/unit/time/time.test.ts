import { describe, expect, it } from 'vitest';
import {
  addJstDays,
  cancelDeadline,
  formatInZone,
  formatJst,
  jstDate,
  jstInstant,
  jstTime,
  jstWeekStart,
  sendAtOf,
  splitDuration,
  toJstIso,
} from '../../../lib/time/jst';

// Every instant is written with its offset; the `tz` project runs this file in Shanghai and Los Angeles.
const at = (iso: string) => new Date(iso);

describe('jstInstant', () => {
  it.each([
    ['2026-11-28', '10:00', '2026-11-28T01:00:00.000Z'],
    ['2026-11-28', undefined, '2026-11-27T15:00:00.000Z'],
    ['2026-11-28', '23:59', '2026-11-28T14:59:00.000Z'],
    ['2028-02-29', '12:00', '2028-02-29T03:00:00.000Z'],
    ['2026-11-01', '02:30', '2026-10-31T17:30:00.000Z'], // a wall time that LA's DST change makes odd locally
  ])('%s %s JST is %s', (date, time, iso) => {
    expect(jstInstant(date, time)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2027-02-29', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-11-31', '10:00'],
    ['2026-11-28', '25:00'],
    ['2026-11-28', '24:00'],
    ['2026-11-28', '10:60'],
    ['2026-11-28', '9:30'],
    ['2026/11/28', '10:00'],
    ['28-11-2026', '10:00'],
    ['', '10:00'],
    ['２０２６-１１-２８', '10:00'],
  ])('rejects %s %s', (date, time) => {
    expect(jstInstant(date, time)).toBeNull();
  });
});

describe('sendAtOf', () => {
  it('is the JST instant of the send date and time once both are set', () => {
    expect(sendAtOf({ sendDate: '2026-11-29', sendTime: '10:30' })?.toISOString()).toBe(
      '2026-11-29T01:30:00.000Z',
    );
  });

  it.each([
    [null, '10:00'],
    ['2026-11-29', null],
    [null, null],
    ['2026-02-30', '10:00'],
    ['2026-11-29', '25:00'],
  ])('is null for date %s and time %s', (sendDate, sendTime) => {
    expect(sendAtOf({ sendDate, sendTime })).toBeNull();
  });
});

describe('JST formatting', () => {
  it.each([
    ['2026-11-28T14:59:00Z', '2026-11-28', '23:59'],
    ['2026-11-28T15:00:00Z', '2026-11-29', '00:00'],
    ['2026-11-28T23:59:00-08:00', '2026-11-29', '16:59'],
    ['2026-12-31T15:00:00Z', '2027-01-01', '00:00'],
  ])('%s is %s %s JST', (iso, date, time) => {
    expect(jstDate(at(iso))).toBe(date);
    expect(jstTime(at(iso))).toBe(time);
    expect(formatJst(at(iso))).toBe(`${date} ${time}`);
    expect(toJstIso(at(iso))).toBe(`${date}T${time}:00+09:00`);
  });

  it.each([
    ['Asia/Tokyo', '2026-11-29 10:00'],
    ['Asia/Shanghai', '2026-11-29 09:00'],
    ['UTC', '2026-11-29 01:00'],
    ['America/Los_Angeles', '2026-11-28 17:00'],
    ['Asia/Kolkata', '2026-11-29 06:30'],
  ])('formats 2026-11-29 10:00 JST in %s as %s', (zone, expected) => {
    expect(formatInZone(at('2026-11-29T10:00:00+09:00'), zone)).toBe(expected);
  });

  it('follows Los Angeles across its DST change (2026-11-01 02:00 PDT → 01:00 PST)', () => {
    expect(formatInZone(at('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01 01:30');
    expect(formatInZone(at('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01 01:30');
    expect(formatInZone(at('2026-11-01T10:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01 02:30');
    expect(formatJst(at('2026-11-01T09:30:00Z'))).toBe('2026-11-01 18:30');
  });
});

describe('jstWeekStart', () => {
  it.each([
    ['Sunday 23:59 JST', '2026-11-29T23:59:00+09:00', '2026-11-23T00:00:00+09:00'],
    ['Monday 00:00 JST', '2026-11-30T00:00:00+09:00', '2026-11-30T00:00:00+09:00'],
    ['Sunday 15:00 UTC = Monday 00:00 JST', '2026-11-29T15:00:00Z', '2026-11-30T00:00:00+09:00'],
    ['Sunday 14:59 UTC = Sunday 23:59 JST', '2026-11-29T14:59:00Z', '2026-11-23T00:00:00+09:00'],
    ['Sunday 07:00 in Los Angeles = Monday JST', '2026-11-29T07:00:00-08:00', '2026-11-30T00:00:00+09:00'],
    ['a week spanning the year end', '2027-01-03T12:00:00+09:00', '2026-12-28T00:00:00+09:00'],
  ])('%s', (_name, iso, start) => {
    expect(jstWeekStart(at(iso)).toISOString()).toBe(at(start).toISOString());
  });
});

describe('addJstDays', () => {
  it.each([
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-11-28', 3, '2026-12-01'],
    ['2026-11-01', 0, '2026-11-01'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addJstDays(date, days)).toBe(expected);
  });

  it('throws a RangeError for a date that does not exist', () => {
    expect(() => addJstDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('cancelDeadline and splitDuration', () => {
  it('puts the cancel deadline 24 real hours before the send time', () => {
    expect(toJstIso(cancelDeadline(at('2026-11-29T10:00:00+09:00')))).toBe('2026-11-28T10:00:00+09:00');
  });

  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [59_999, { days: 0, hours: 0, minutes: 0 }],
    [(23 * 60 + 59) * 60_000, { days: 0, hours: 23, minutes: 59 }],
    [(2 * 1440 + 61) * 60_000, { days: 2, hours: 1, minutes: 1 }],
    [-5_000, { days: 0, hours: 0, minutes: 0 }],
  ])('splits %i ms', (ms, parts) => {
    expect(splitDuration(ms)).toEqual(parts);
  });
});
