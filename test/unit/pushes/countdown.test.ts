import { describe, expect, it } from 'vitest';
import {
  badgeCount,
  cancelState,
  compactCountdown,
  countdownParts,
  formatCountdown,
  formatDuration,
  parseReminderName,
  pendingPushes,
  reminderPlan,
  reminderStillDue,
} from '../../../lib/pushes/countdown';
import type { PushRecord } from '../../../lib/schema';

const at = (iso: string) => new Date(iso);
const push = (over: Partial<PushRecord> = {}): PushRecord => ({
  id: '880001',
  couponNumber: '1234567',
  type: 'ad',
  sendAt: '2026-11-28T10:00:00+09:00',
  status: 'scheduled',
  ...over,
});

describe('cancelState', () => {
  // Send 2026-11-28 10:00 JST → cancel deadline 2026-11-27 10:00 JST (01:00Z).
  it('counts down to send time − 24 h, whatever the machine zone', () => {
    const state = cancelState(push(), at('2026-11-26T10:00:00+09:00'));
    expect(state.deadline.toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(state.msLeft).toBe(24 * 3_600_000);
    expect(state.phase).toBe('cancellable');
  });

  it.each([
    ['2026-11-27T07:59:59+09:00', 'cancellable'],
    ['2026-11-27T08:00:00+09:00', 'closing-soon'],
    ['2026-11-27T09:59:59+09:00', 'closing-soon'],
    ['2026-11-27T10:00:00+09:00', 'closed'],
    ['2026-11-28T09:59:59+09:00', 'closed'],
    ['2026-11-28T10:00:00+09:00', 'sent'],
  ])('at %s a scheduled push is %s', (now, phase) => {
    expect(cancelState(push(), at(now)).phase).toBe(phase);
  });

  it('uses the given reminder lead for closing-soon, and never a negative time left', () => {
    expect(cancelState(push(), at('2026-11-27T07:00:00+09:00'), 4 * 3_600_000).phase).toBe('closing-soon');
    expect(cancelState(push(), at('2026-11-27T12:00:00+09:00')).msLeft).toBe(0);
  });

  it('follows the status QSM shows for pushes no longer scheduled', () => {
    const early = at('2026-11-25T00:00:00+09:00');
    expect(cancelState(push({ status: 'cancelled' }), early).phase).toBe('cancelled');
    expect(cancelState(push({ status: 'sent' }), early).phase).toBe('sent');
    expect(cancelState(push({ status: 'failed' }), early).phase).toBe('failed');
  });
});

describe('badgeCount and pendingPushes', () => {
  const records = [
    push({ id: 'a', sendAt: '2026-11-28T10:00:00+09:00' }),
    push({ id: 'b', sendAt: '2026-11-27T22:00:00+09:00' }),
    push({ id: 'c', sendAt: '2026-11-29T10:00:00+09:00', status: 'cancelled' }),
    push({ id: 'd', sendAt: '2026-11-20T10:00:00+09:00', status: 'sent' }),
  ];

  it('counts the pushes that can still be cancelled, dropping each as its deadline passes', () => {
    expect(badgeCount(records, at('2026-11-26T12:00:00+09:00'))).toBe(2);
    expect(badgeCount(records, at('2026-11-26T22:00:00+09:00'))).toBe(1);
    expect(badgeCount(records, at('2026-11-27T10:00:00+09:00'))).toBe(0);
  });

  it('lists scheduled pushes not yet sent, soonest first', () => {
    expect(pendingPushes(records, at('2026-11-26T12:00:00+09:00')).map((r) => r.id)).toEqual(['b', 'a']);
    expect(pendingPushes(records, at('2026-11-27T23:00:00+09:00')).map((r) => r.id)).toEqual(['a']);
  });
});

describe('reminderPlan', () => {
  const settings = { reminderLeadMinutes: 120 };

  it('plans a reminder 2 h before each cancel deadline, the deadline, and the send time', () => {
    const plan = reminderPlan([push()], at('2026-11-25T12:00:00+09:00'), settings);
    expect(plan).toEqual([
      {
        name: 'qpp:before-deadline:880001',
        when: Date.parse('2026-11-27T08:00:00+09:00'),
        kind: 'before-deadline',
        recordId: '880001',
      },
      {
        name: 'qpp:deadline:880001',
        when: Date.parse('2026-11-27T10:00:00+09:00'),
        kind: 'deadline',
        recordId: '880001',
      },
      {
        name: 'qpp:send:880001',
        when: Date.parse('2026-11-28T10:00:00+09:00'),
        kind: 'send',
        recordId: '880001',
      },
    ]);
  });

  it('follows the configured lead and leaves out what has passed', () => {
    const now = at('2026-11-27T09:00:00+09:00');
    expect(reminderPlan([push()], now, { reminderLeadMinutes: 30 }).map((r) => r.kind)).toEqual([
      'before-deadline',
      'deadline',
      'send',
    ]);
    expect(reminderPlan([push()], now, settings).map((r) => r.kind)).toEqual(['deadline', 'send']);
    expect(reminderPlan([push()], at('2026-11-28T10:00:00+09:00'), settings)).toEqual([]);
  });

  it('plans nothing for cancelled or sent pushes, and orders several pushes by time', () => {
    const records = [
      push({ id: 'late', sendAt: '2026-12-01T22:00:00+09:00' }),
      push({ id: 'gone', status: 'cancelled' }),
      push({ id: 'soon', sendAt: '2026-11-27T10:00:00+09:00' }),
    ];
    const plan = reminderPlan(records, at('2026-11-25T12:00:00+09:00'), settings);
    expect(plan.map((r) => r.recordId)).toEqual(['soon', 'soon', 'soon', 'late', 'late', 'late']);
    expect(plan.map((r) => r.when)).toEqual([...plan.map((r) => r.when)].sort((a, b) => a - b));
  });

  it('names alarms so they can be read back, including ids with colons', () => {
    expect(parseReminderName('qpp:send:1234567@2026-11-28T10:00:00+09:00')).toEqual({
      kind: 'send',
      recordId: '1234567@2026-11-28T10:00:00+09:00',
    });
    expect(parseReminderName('other:send:1')).toBeNull();
  });

  it('drops a reminder that fires too late to help', () => {
    const record = push();
    expect(reminderStillDue('before-deadline', record, at('2026-11-27T08:00:00+09:00'))).toBe(true);
    expect(reminderStillDue('before-deadline', record, at('2026-11-27T10:00:01+09:00'))).toBe(false);
    expect(reminderStillDue('send', record, at('2026-11-28T10:00:30+09:00'))).toBe(true);
    expect(reminderStillDue('send', record, at('2026-11-28T12:00:00+09:00'))).toBe(false);
    expect(
      reminderStillDue('send', { ...record, status: 'cancelled' }, at('2026-11-28T10:00:00+09:00')),
    ).toBe(false);
    expect(reminderStillDue('before-deadline', undefined, at('2026-11-27T08:00:00+09:00'))).toBe(false);
  });
});

describe('formatting', () => {
  it('shows days, then a running clock', () => {
    expect(formatDuration('en', ((26 * 60 + 5) * 60 + 9) * 1000)).toBe('1d 02:05:09');
    expect(formatDuration('zh', 59_999)).toBe('00:00:59');
    expect(formatDuration('ja', 2 * 86_400_000)).toBe('2日 00:00:00');
  });

  it('words each phase through the catalogue', () => {
    const now = at('2026-11-26T09:59:30+09:00');
    expect(formatCountdown('en', cancelState(push(), now))).toBe('1d 00:00:30 left to cancel');
    expect(formatCountdown('zh', cancelState(push(), at('2026-11-27T11:00:00+09:00')))).toBe(
      '已过取消截止时间',
    );
    expect(formatCountdown('ja', cancelState(push({ status: 'cancelled' }), now))).toBe('キャンセル');
  });

  it('keeps the duration apart from the words around it, in each language', () => {
    const state = cancelState(push(), at('2026-11-26T09:59:30+09:00'));
    expect(countdownParts('en', state)).toEqual({
      before: '',
      duration: '1d 00:00:30',
      after: ' left to cancel',
    });
    expect(countdownParts('ja', state)).toEqual({
      before: 'キャンセル期限まで ',
      duration: '1日 00:00:30',
      after: '',
    });
    expect(countdownParts('zh', state)).toEqual({
      before: '距取消截止时间还有 ',
      duration: '1天 00:00:30',
      after: '',
    });
    const closed = cancelState(push(), at('2026-11-27T11:00:00+09:00'));
    expect(countdownParts('zh', closed)).toEqual({ before: '已过取消截止时间', duration: '', after: '' });
  });

  it('says a grid cell’s word: whole hours left, minutes in the last hour, too late, nothing QSM says', () => {
    const state = (iso: string, over: Partial<PushRecord> = {}) => cancelState(push(over), at(iso));
    expect(compactCountdown('en', state('2026-11-26T09:59:30+09:00'))).toBe('24h');
    expect(compactCountdown('ja', state('2026-11-26T12:00:00+09:00'))).toBe('22時間');
    expect(compactCountdown('zh', state('2026-11-27T09:18:00+09:00'))).toBe('42分钟');
    expect(compactCountdown('en', state('2026-11-27T11:00:00+09:00'))).toBe('Too late');
    expect(compactCountdown('ja', state('2026-11-27T11:00:00+09:00'))).toBe('期限切れ');
    expect(compactCountdown('zh', state('2026-11-27T11:00:00+09:00'))).toBe('已截止');
    expect(compactCountdown('en', state('2026-11-26T09:59:30+09:00', { status: 'sent' }))).toBeNull();
  });
});
