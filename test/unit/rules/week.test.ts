import { describe, expect, it } from 'vitest';
import { findWeeklyConflict, weeklyQuota, weekOf } from '../../../lib/rules/week';
import type { PushRecord, WeekRule } from '../../../lib/schema';

// 2026-11-29 is a Sunday, 2026-11-30 a Monday. Every instant is written with its offset.
const at = (iso: string) => new Date(iso);
const push = (id: string, sendAt: string, status: PushRecord['status'] = 'scheduled'): PushRecord => ({
  id,
  couponNumber: `C${id}`,
  type: 'ad',
  sendAt,
  status,
});

describe('weekOf', () => {
  it.each([
    ['2026-11-29T23:59:00+09:00', '2026-11-23T00:00:00+09:00', '2026-11-30T00:00:00+09:00'],
    ['2026-11-30T00:00:00+09:00', '2026-11-30T00:00:00+09:00', '2026-12-07T00:00:00+09:00'],
    // Sunday 15:30 UTC is already Monday 00:30 JST.
    ['2026-11-29T15:30:00Z', '2026-11-30T00:00:00+09:00', '2026-12-07T00:00:00+09:00'],
    ['2026-12-31T12:00:00+09:00', '2026-12-28T00:00:00+09:00', '2027-01-04T00:00:00+09:00'],
  ])('calendar week of %s is [%s, %s)', (sendAt, start, end) => {
    expect(weekOf(at(sendAt), 'calendar-week')).toEqual({ start: at(start), end: at(end) });
  });

  it('rolling window is 7 days either side of the send time', () => {
    expect(weekOf(at('2026-11-30T10:00:00+09:00'), 'rolling-7-days')).toEqual({
      start: at('2026-11-23T10:00:00+09:00'),
      end: at('2026-12-07T10:00:00+09:00'),
    });
  });
});

describe('findWeeklyConflict', () => {
  type Row = [string, WeekRule, string, PushRecord[], { id: string; nextAllowed: string } | null];
  const rows: Row[] = [
    // Sunday → Monday: a new calendar week, but within 7 days for the rolling rule.
    [
      'Sun 22:00 then Mon 10:00',
      'calendar-week',
      '2026-11-30T10:00:00+09:00',
      [push('a', '2026-11-29T22:00:00+09:00')],
      null,
    ],
    [
      'Sun 22:00 then Mon 10:00',
      'rolling-7-days',
      '2026-11-30T10:00:00+09:00',
      [push('a', '2026-11-29T22:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-06' },
    ],
    [
      'Sun 23:59 then Mon 00:00',
      'calendar-week',
      '2026-11-30T00:00:00+09:00',
      [push('a', '2026-11-29T23:59:00+09:00')],
      null,
    ],
    [
      'Mon 00:00 then Sun 23:59',
      'calendar-week',
      '2026-12-06T23:59:00+09:00',
      [push('a', '2026-11-30T00:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-07' },
    ],
    [
      'earlier in the same week',
      'calendar-week',
      '2026-11-28T10:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-11-30' },
    ],
    [
      'later in the same week',
      'calendar-week',
      '2026-11-24T10:00:00+09:00',
      [push('a', '2026-11-28T10:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-11-30' },
    ],
    [
      'cancelled never counts',
      'calendar-week',
      '2026-11-28T10:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00', 'cancelled')],
      null,
    ],
    [
      'cancelled never counts',
      'rolling-7-days',
      '2026-11-28T10:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00', 'cancelled')],
      null,
    ],
    [
      'sent and failed count',
      'calendar-week',
      '2026-11-28T10:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00', 'failed')],
      { id: 'a', nextAllowed: '2026-11-30' },
    ],
    [
      'the next week is taken too',
      'calendar-week',
      '2026-11-27T10:00:00+09:00',
      [push('b', '2026-12-01T10:00:00+09:00'), push('a', '2026-11-25T10:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-07' },
    ],
    [
      'rolling: exactly 7 days later is allowed',
      'rolling-7-days',
      '2026-12-01T10:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00')],
      null,
    ],
    [
      'rolling: 30 min short of 7 days',
      'rolling-7-days',
      '2026-12-01T09:30:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-01' },
    ],
    [
      'rolling: a later push blocks too',
      'rolling-7-days',
      '2026-11-30T10:00:00+09:00',
      [push('a', '2026-12-03T10:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-10' },
    ],
    // A push at 23:00 frees 23:00 a week later, after the last slot, so the next day is the first one.
    [
      'rolling: freed after the last slot',
      'rolling-7-days',
      '2026-11-28T10:00:00+09:00',
      [push('a', '2026-11-24T23:00:00+09:00')],
      { id: 'a', nextAllowed: '2026-12-02' },
    ],
    [
      'unreadable sendAt is ignored',
      'calendar-week',
      '2026-11-28T10:00:00+09:00',
      [push('a', 'not a date')],
      null,
    ],
  ];

  it.each(rows)('%s (%s)', (_name, rule, sendAt, history, expected) => {
    const result = findWeeklyConflict(at(sendAt), history, rule);
    expect(result && { id: result.conflict.id, nextAllowed: result.nextAllowed }).toEqual(expected);
  });

  it('ignores the push with ignoreId (the push itself)', () => {
    const history = [push('self', '2026-11-28T10:00:00+09:00')];
    expect(findWeeklyConflict(at('2026-11-28T10:00:00+09:00'), history, 'calendar-week', 'self')).toBeNull();
    expect(findWeeklyConflict(at('2026-11-28T10:00:00+09:00'), history, 'calendar-week')).not.toBeNull();
  });

  it('returns null for an invalid send time instead of throwing', () => {
    expect(
      findWeeklyConflict(new Date(Number.NaN), [push('a', '2026-11-24T10:00:00+09:00')], 'calendar-week'),
    ).toBeNull();
  });
});

describe('weeklyQuota', () => {
  type Row = [
    string,
    WeekRule,
    string,
    PushRecord[],
    { taken: string | null; nextAllowed: string; weekStart: string; weekEnd: string },
  ];
  const rows: Row[] = [
    [
      'free week: tomorrow',
      'calendar-week',
      '2026-11-27T12:00:00+09:00',
      [],
      { taken: null, nextAllowed: '2026-11-28', weekStart: '2026-11-23', weekEnd: '2026-11-29' },
    ],
    [
      'taken week: next Monday',
      'calendar-week',
      '2026-11-27T12:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00')],
      { taken: 'a', nextAllowed: '2026-11-30', weekStart: '2026-11-23', weekEnd: '2026-11-29' },
    ],
    [
      'cancelled: free',
      'calendar-week',
      '2026-11-27T12:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00', 'cancelled')],
      { taken: null, nextAllowed: '2026-11-28', weekStart: '2026-11-23', weekEnd: '2026-11-29' },
    ],
    [
      'Sunday 23:59, next week taken',
      'calendar-week',
      '2026-11-29T23:59:00+09:00',
      [push('b', '2026-12-02T10:00:00+09:00')],
      { taken: null, nextAllowed: '2026-12-07', weekStart: '2026-11-23', weekEnd: '2026-11-29' },
    ],
    [
      'Monday 00:00, this week taken',
      'calendar-week',
      '2026-11-30T00:00:00+09:00',
      [push('b', '2026-12-02T10:00:00+09:00')],
      { taken: 'b', nextAllowed: '2026-12-07', weekStart: '2026-11-30', weekEnd: '2026-12-06' },
    ],
    [
      'rolling',
      'rolling-7-days',
      '2026-11-27T12:00:00+09:00',
      [push('a', '2026-11-24T10:00:00+09:00')],
      { taken: 'a', nextAllowed: '2026-12-01', weekStart: '2026-11-20', weekEnd: '2026-12-04' },
    ],
  ];

  it.each(rows)('%s (%s)', (_name, rule, now, history, expected) => {
    const quota = weeklyQuota(at(now), history, rule);
    expect({ ...quota, taken: quota.taken?.id ?? null }).toEqual(expected);
  });
});

describe('the weekly limit’s sorted history', () => {
  it('sees a push added to the same array (a caller that changed it in place)', () => {
    const sendAt = new Date('2026-12-02T15:00:00+09:00');
    const history: PushRecord[] = [
      { id: 'a', couponNumber: '1', type: 'ad', sendAt: '2026-11-20T10:00:00+09:00', status: 'sent' },
    ];
    expect(findWeeklyConflict(sendAt, history, 'calendar-week')).toBeNull();
    history.push({
      id: 'b',
      couponNumber: '2',
      type: 'ad',
      sendAt: '2026-11-30T10:00:00+09:00',
      status: 'sent',
    });
    expect(findWeeklyConflict(sendAt, history, 'calendar-week')?.conflict.id).toBe('b');
  });
});
