import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  CATCH_UP_MS,
  keepAnnounced,
  newSlot,
  PLAN_ALARM_PREFIX,
  type PlanStore,
  parsePlanAlarmName,
  planAlarmName,
  planReminderDue,
  planReminders,
} from '../../../lib/plan';
import { plannedEvents } from '../../../lib/plan/calendar';
import { pushCalendar } from '../../../lib/pushes/calendar';
import type { PushRecord } from '../../../lib/schema';

const HOUR = 3_600_000;
const added = new Date('2026-12-01T12:00:00+09:00');
const slot = newSlot({ kind: 'weekly', weekday: 'fri', time: '20:00', templateId: 'tpl-a' }, 'fri', added);
const plan: PlanStore = { version: 1, remindAt: '10:00', slots: [slot] };
const push: PushRecord = {
  id: 'p1',
  couponNumber: '1207384',
  type: 'ad',
  sendAt: '2026-12-11T20:00:00+09:00',
  status: 'scheduled',
};
const none = new Set<string>();

describe('plan reminders', () => {
  it('rings when the window opens and on its last day, at the reminder time (JST)', () => {
    const reminders = planReminders(plan, new Date('2026-12-07T12:00:00+09:00'), [], 'calendar-week', none);
    expect(reminders.map((r) => [r.kind, new Date(r.when).toISOString()])).toEqual([
      ['open', '2026-12-08T01:00:00.000Z'],
      ['last', '2026-12-10T01:00:00.000Z'],
    ]);
    expect(reminders[0]?.name).toBe(planAlarmName('open', 'fri', '2026-12-11T20:00:00+09:00'));
    expect(parsePlanAlarmName(reminders[0]?.name ?? '')).toEqual({
      kind: 'open',
      slotId: 'fri',
      sendAt: '2026-12-11T20:00:00+09:00',
    });
    expect(parsePlanAlarmName('qpp:send:x')).toBeNull();
    expect(parsePlanAlarmName(`${PLAN_ALARM_PREFIX}soon|fri|x`)).toBeNull();
  });

  it('says nothing for a week a push is known for, a paused slot, or what was announced already', () => {
    const now = new Date('2026-12-07T12:00:00+09:00');
    expect(planReminders(plan, now, [push], 'calendar-week', none)).toEqual([]);
    expect(
      planReminders({ ...plan, slots: [{ ...slot, paused: true }] }, now, [], 'calendar-week', none),
    ).toEqual([]);
    const announced = new Set([planAlarmName('open', 'fri', '2026-12-11T20:00:00+09:00')]);
    expect(planReminders(plan, now, [], 'calendar-week', announced).map((r) => r.kind)).toEqual(['last']);
  });

  it('catches up on a window that opened while the browser was closed, once, until the last call', () => {
    const now = new Date('2026-12-09T08:00:00+09:00');
    const reminders = planReminders(plan, now, [], 'calendar-week', none);
    expect(reminders.map((r) => [r.kind, r.when])).toEqual([
      ['open', now.getTime() + CATCH_UP_MS],
      ['last', Date.parse('2026-12-10T10:00:00+09:00')],
    ]);
    // A slot added inside its window is not announced as news.
    const late = { ...plan, slots: [{ ...slot, createdAt: '2026-12-08T12:00:00+09:00' }] };
    expect(planReminders(late, now, [], 'calendar-week', none).map((r) => r.kind)).toEqual(['last']);
  });

  it('every reminder is in the future, inside its window, and named once, across dates and rules', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2026-12-01T00:00:00Z'),
          max: new Date('2028-03-05T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('calendar-week', 'rolling-7-days' as const),
        (now, rule) => {
          const reminders = planReminders(plan, now, [], rule, none);
          expect(new Set(reminders.map((r) => r.name)).size).toBe(reminders.length);
          for (const reminder of reminders) {
            expect(reminder.when).toBeGreaterThan(now.getTime());
            expect(Date.parse(reminder.sendAt) - reminder.when).toBeGreaterThan(24 * HOUR);
            expect(planReminderDue(reminder, plan, new Date(reminder.when), [], rule)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is no longer due once a push is known, the slot is gone, or the window closed', () => {
    const reminder = { slotId: 'fri', sendAt: '2026-12-11T20:00:00+09:00' };
    const inside = new Date('2026-12-08T10:00:00+09:00');
    expect(planReminderDue(reminder, plan, inside, [], 'calendar-week')).toBe(true);
    expect(planReminderDue(reminder, plan, inside, [push], 'calendar-week')).toBe(false);
    expect(planReminderDue(reminder, { ...plan, slots: [] }, inside, [], 'calendar-week')).toBe(false);
    expect(planReminderDue(reminder, plan, new Date('2026-12-11T00:00:00+09:00'), [], 'calendar-week')).toBe(
      false,
    );
    expect(planReminderDue(reminder, plan, new Date('2026-12-07T23:00:00+09:00'), [], 'calendar-week')).toBe(
      false,
    );
  });

  it('forgets announced names once their send time passed', () => {
    const a = planAlarmName('open', 'fri', '2026-12-11T20:00:00+09:00');
    const b = planAlarmName('open', 'fri', '2026-12-18T20:00:00+09:00');
    expect(keepAnnounced([a, b, 'junk'], new Date('2026-12-12T00:00:00+09:00'))).toEqual([b]);
  });
});

describe('the plan in the calendar export', () => {
  it('adds tentative sends and window openings with stable UIDs, beside the pushes, and skips weeks taken', () => {
    const now = new Date('2026-12-07T12:00:00+09:00');
    const options = { now, lang: 'en' as const, zone: 'Asia/Shanghai', reminderLeadMinutes: 120 };
    const planned = plannedEvents(plan, [push], {
      ...options,
      rule: 'calendar-week',
      templateNames: new Map([['tpl-a', 'Weekly A']]),
    });
    expect(planned.sends).toBe(3);
    const text = pushCalendar([{ ...push, typeKnown: true }], options, planned.events);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
      uid: String(vevent.getFirstPropertyValue('uid')),
      start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue('status'),
      summary: vevent.getFirstPropertyValue('summary'),
      alarms: vevent.getAllSubcomponents('valarm').length,
    }));
    // The push of 12-11 takes its week: planned are 12-18, 12-25 and 01-01 (four weeks from tomorrow).
    expect(events.map((e) => e.start)).toEqual([
      '2026-12-11T11:00:00.000Z',
      '2026-12-18T11:00:00.000Z',
      '2026-12-15T01:00:00.000Z',
      '2026-12-25T11:00:00.000Z',
      '2026-12-22T01:00:00.000Z',
      '2027-01-01T11:00:00.000Z',
      '2026-12-29T01:00:00.000Z',
    ]);
    expect(events[1]).toMatchObject({
      uid: 'plan-fri-20261218T110000Z@qsm-push-pilot.invalid',
      status: 'TENTATIVE',
      summary: 'Planned coupon push: Weekly A (tentative)',
      alarms: 0,
    });
    expect(events[2]).toMatchObject({
      uid: 'plan-open-fri-20261218T110000Z@qsm-push-pilot.invalid',
      alarms: 1,
    });
  });
});
