import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PlanSlot, planViews, slotProblem, slotView, WEEKDAYS, weekClash } from '../../../lib/plan';
import type { PushRecord, WeekRule } from '../../../lib/schema';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const friday: PlanSlot = {
  kind: 'weekly',
  weekday: 'fri',
  time: '20:00',
  id: 'fri',
  templateId: 'tpl-a',
  paused: false,
  createdAt: '2026-12-05T09:00:00+09:00',
};
const push = (sendAt: string, status: PushRecord['status'] = 'scheduled'): PushRecord => ({
  id: `p-${sendAt}`,
  couponNumber: '1207384',
  type: 'ad',
  sendAt,
  status,
});
const rules: WeekRule[] = ['calendar-week', 'rolling-7-days'];

describe('a weekly slot through its week (Friday 2026-12-11 20:00 JST)', () => {
  it.each([
    ['Sunday before', '2026-12-06T12:00:00+09:00', 'waiting'],
    ['Monday night', '2026-12-07T23:59:00+09:00', 'waiting'],
    ['Tuesday 00:00 JST', '2026-12-08T00:00:00+09:00', 'open'],
    ['Thursday late', '2026-12-10T23:59:00+09:00', 'open'],
  ] as const)('%s: %s', (_, now, state) => {
    const view = slotView(friday, at(now), [], 'calendar-week');
    expect(view.state).toBe(state);
    expect(view.next).toBe('2026-12-11T20:00:00+09:00');
    expect(view.window).toEqual({ from: '2026-12-08', to: '2026-12-10' });
  });

  it('is missed from the send day until the next window opens, then waits for the next week', () => {
    for (const now of ['2026-12-11T00:00:00+09:00', '2026-12-14T23:00:00+09:00']) {
      const view = slotView(friday, at(now), [], 'calendar-week');
      expect(view.state, now).toBe('missed');
      expect(view.sendAt).toBe('2026-12-11T20:00:00+09:00');
      expect(view.next).toBe('2026-12-18T20:00:00+09:00');
    }
    expect(slotView(friday, at('2026-12-15T00:00:00+09:00'), [], 'calendar-week').state).toBe('open');
  });

  it('is applied once a push is known for that week, even on another day; a cancelled one does not count', () => {
    const now = at('2026-12-09T12:00:00+09:00');
    expect(slotView(friday, now, [push('2026-12-11T20:00:00+09:00')], 'calendar-week')).toMatchObject({
      state: 'applied',
      taken: false,
    });
    expect(slotView(friday, now, [push('2026-12-12T11:00:00+09:00')], 'calendar-week')).toMatchObject({
      state: 'applied',
      taken: true,
    });
    expect(
      slotView(friday, now, [push('2026-12-11T20:00:00+09:00', 'cancelled')], 'calendar-week').state,
    ).toBe('open');
    // Monday of the next calendar week is another week; under the rolling rule it is within 7 days.
    expect(slotView(friday, now, [push('2026-12-14T10:00:00+09:00')], 'calendar-week').state).toBe('open');
    expect(slotView(friday, now, [push('2026-12-14T10:00:00+09:00')], 'rolling-7-days').state).toBe(
      'applied',
    );
  });

  it('is paused whatever else holds, and says nothing missed before it was added', () => {
    expect(
      slotView({ ...friday, paused: true }, at('2026-12-09T12:00:00+09:00'), [], 'calendar-week').state,
    ).toBe('paused');
    const added = { ...friday, createdAt: '2026-12-12T09:00:00+09:00' };
    expect(slotView(added, at('2026-12-12T10:00:00+09:00'), [], 'calendar-week')).toMatchObject({
      state: 'waiting',
      sendAt: '2026-12-18T20:00:00+09:00',
    });
  });

  it('holds across zones, rules and month and year ends: one state, next after today, open exactly on the apply days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2026-11-20T00:00:00Z'), max: at('2028-03-10T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...WEEKDAYS),
        fc.constantFrom(...rules),
        (now, weekday, rule) => {
          const slot = { ...friday, weekday, createdAt: '2026-01-01T00:00:00+09:00' };
          const view = slotView(slot, now, [], rule);
          const today = new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
          expect(view.next && view.next.slice(0, 10) > today).toBe(true);
          if (view.state === 'open')
            expect((view.window?.from ?? '') <= today && today <= (view.window?.to ?? '')).toBe(true);
          if (view.state === 'waiting') expect(today < (view.window?.from ?? '')).toBe(true);
          if (view.state === 'missed') expect(view.sendAt && view.sendAt.slice(0, 10) <= today).toBe(true);
          expect(['waiting', 'open', 'missed']).toContain(view.state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the soonest next send first', () => {
    const tuesday = { ...friday, id: 'tue', weekday: 'tue' as const };
    const views = planViews([friday, tuesday], at('2026-12-07T12:00:00+09:00'), [], 'calendar-week');
    expect(views.map((view) => view.slot.id)).toEqual(['tue', 'fri']);
  });
});

describe('slotProblem', () => {
  const now = at('2026-12-07T12:00:00+09:00');
  const input = { kind: 'weekly', weekday: 'fri', time: '20:00', templateId: null } as const;

  it('refuses a time off the grid and a one-off whose window closed', () => {
    expect(slotProblem([], { ...input, time: '20:15' }, 'calendar-week', now)).toEqual({
      reason: 'time-off-grid',
    });
    expect(slotProblem([], { ...input, time: '09:30' }, 'calendar-week', now)).toEqual({
      reason: 'time-off-grid',
    });
    expect(slotProblem([], { ...input, time: '22:00' }, 'calendar-week', now)).toBeNull();
    // On 12-07 the picker offers 12-08..12-10: 12-07 itself is too late, 12-08 is still fine.
    const once = { kind: 'once', date: '2026-12-07', time: '22:00', templateId: null } as const;
    expect(slotProblem([], once, 'calendar-week', now)).toEqual({ reason: 'window-closed' });
    expect(slotProblem([], { ...once, date: '2026-12-08' }, 'calendar-week', now)).toBeNull();
    expect(slotProblem([], { ...once, date: '2026-02-30' }, 'calendar-week', now)).toEqual({
      reason: 'date-invalid',
    });
  });

  it('refuses two slots in one week under either rule', () => {
    for (const rule of rules) {
      expect(slotProblem([friday], { ...input, weekday: 'mon' }, rule, now)).toMatchObject({
        reason: 'same-week',
        slotId: 'fri',
      });
      const once = { kind: 'once', date: '2026-12-16', time: '12:00', templateId: null } as const;
      expect(slotProblem([friday], once, rule, now)?.reason).toBe('same-week');
    }
    // Replacing the slot itself is no clash.
    expect(slotProblem([friday], { ...input, weekday: 'mon' }, 'calendar-week', now, 'fri')).toBeNull();
  });

  it('takes one-offs in different weeks; a week apart exactly is another week under the rolling rule', () => {
    const a = { kind: 'once', date: '2026-12-11', time: '20:00' } as const;
    const b = { kind: 'once', date: '2026-12-18', time: '20:00' } as const;
    expect(weekClash(a, b, 'calendar-week', now)).toBeNull();
    expect(weekClash(a, b, 'rolling-7-days', now)).toBeNull();
    expect(weekClash(a, { ...b, time: '19:30' }, 'rolling-7-days', now)).toBe('2026-12-18T19:30:00+09:00');
    expect(
      weekClash({ ...a, date: '2026-12-13' }, { ...b, date: '2026-12-14' }, 'calendar-week', now),
    ).toBeNull();
  });

  it('two weekly slots always clash, whichever weekdays and rule', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEEKDAYS),
        fc.constantFrom(...WEEKDAYS),
        fc.constantFrom(...rules),
        (a, b, rule) => {
          const clash = weekClash(
            { kind: 'weekly', weekday: a, time: '10:00' },
            { kind: 'weekly', weekday: b, time: '22:00' },
            rule,
            new Date(Date.now() + 3 * DAY),
          );
          expect(clash).not.toBeNull();
        },
      ),
    );
  });
});
