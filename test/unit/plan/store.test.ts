import { describe, expect, it } from 'vitest';
import {
  addSlot,
  changePlan,
  DEFAULT_REMIND_AT,
  emptyPlan,
  migratePlan,
  newSlot,
  PLAN_STORE_VERSION,
  type PlanStore,
  pauseSlot,
  planWriteBack,
  removeSlot,
  setRemindAt,
} from '../../../lib/plan';
import { isNewerVersionError } from '../../../lib/storage/versioned';

const now = new Date('2026-12-07T12:00:00+09:00');
const slot = newSlot({ kind: 'weekly', weekday: 'fri', time: '20:00', templateId: 'tpl-a' }, 's1', now);
const once = newSlot({ kind: 'once', date: '2026-12-24', time: '10:30', templateId: null }, 's2', now);
/** What version 1 stores: the example every later migration must still read. */
const v1: PlanStore = { version: 1, remindAt: '09:30', slots: [slot, once] };

describe('plan store', () => {
  it('makes slots that parse, stamped when they were added', () => {
    expect(slot).toEqual({
      kind: 'weekly',
      weekday: 'fri',
      time: '20:00',
      id: 's1',
      templateId: 'tpl-a',
      paused: false,
      createdAt: '2026-12-07T12:00:00+09:00',
    });
    expect(once).toMatchObject({ kind: 'once', date: '2026-12-24' });
  });

  it('reads version 1 as it is, and nothing or junk as an empty plan with the default reminder time', () => {
    expect(migratePlan(v1)).toEqual(v1);
    for (const raw of [null, undefined, 'plan', 42, [], { slots: 'x' }, { version: 0, slots: [] }]) {
      expect(migratePlan(raw)).toEqual(emptyPlan());
    }
    expect(emptyPlan().remindAt).toBe(DEFAULT_REMIND_AT);
  });

  it('drops a damaged slot and keeps the others; a reminder time off the half hours is the default', () => {
    const damaged = {
      ...v1,
      remindAt: '09:15',
      slots: [slot, { ...once, date: 'soon' }, { kind: 'monthly' }],
    };
    expect(migratePlan(damaged)).toEqual({ version: 1, remindAt: DEFAULT_REMIND_AT, slots: [slot] });
    expect(planWriteBack(damaged)).toEqual({ version: 1, remindAt: DEFAULT_REMIND_AT, slots: [slot] });
    expect(planWriteBack(v1)).toBeNull();
    expect(planWriteBack(null)).toBeNull();
  });

  it('reads a newer version as far as it parses and never writes over it', () => {
    const newer = {
      version: PLAN_STORE_VERSION + 1,
      remindAt: '09:30',
      slots: [slot, { kind: 'monthly' }],
      extra: 1,
    };
    expect(migratePlan(newer)).toEqual({ version: 1, remindAt: '09:30', slots: [slot] });
    expect(planWriteBack(newer)).toBeNull();
    let thrown: unknown;
    try {
      changePlan(newer, (plan) => addSlot(plan, once));
    } catch (error) {
      thrown = error;
    }
    expect(isNewerVersionError(thrown) && thrown.area).toBe('plan');
  });

  it('adds, pauses, removes, and sets the reminder time', () => {
    let plan = addSlot(emptyPlan(), slot);
    plan = addSlot(plan, once);
    expect(plan.slots.map((s) => s.id)).toEqual(['s1', 's2']);
    plan = pauseSlot(plan, 's1', true);
    expect(plan.slots[0]?.paused).toBe(true);
    plan = removeSlot(plan, 's2');
    expect(plan.slots.map((s) => s.id)).toEqual(['s1']);
    expect(setRemindAt(plan, '08:30').remindAt).toBe('08:30');
    expect(setRemindAt(plan, '08:15').remindAt).toBe(DEFAULT_REMIND_AT);
  });

  it('writes only what changed', () => {
    expect(changePlan(v1, (plan) => plan).write).toBeNull();
    expect(changePlan(null, (plan) => addSlot(plan, slot)).write?.slots).toEqual([slot]);
  });
});
