/**
 * The plan's reminders: when a slot's apply window opens, at the seller's time of day, and
 * a last call on its final day, each only while no push is known for that week. The background names
 * its alarms after them and keeps the names of those it announced, so none rings twice, whatever
 * restarts in between. Pure.
 */
import type { PushRecord, WeekRule } from '../schema';
import { jstDate } from '../time/jst';
import type { PlanStore } from './schema';
import { pushForWeek } from './state';
import { applyWindow, lastCallAt, nextSend, windowOpensAt } from './window';

export type PlanReminderKind = 'open' | 'last';

export interface PlanReminder {
  /** Unique per slot, send time and kind: the alarm's name. */
  name: string;
  /** Epoch milliseconds. */
  when: number;
  kind: PlanReminderKind;
  slotId: string;
  sendAt: string;
}

export const PLAN_ALARM_PREFIX = 'qpp-plan:';
/** A window-open reminder whose moment passed while the browser was closed rings this soon after. */
export const CATCH_UP_MS = 5_000;

export function planAlarmName(kind: PlanReminderKind, slotId: string, sendAt: string): string {
  return `${PLAN_ALARM_PREFIX}${kind}|${slotId}|${sendAt}`;
}

/** The reminder an alarm name stands for, or null for names this module did not make. */
export function parsePlanAlarmName(
  name: string,
): { kind: PlanReminderKind; slotId: string; sendAt: string } | null {
  if (!name.startsWith(PLAN_ALARM_PREFIX)) return null;
  const [kind, slotId, sendAt] = name.slice(PLAN_ALARM_PREFIX.length).split('|');
  if ((kind !== 'open' && kind !== 'last') || !slotId || !sendAt || Number.isNaN(Date.parse(sendAt)))
    return null;
  return { kind, slotId, sendAt };
}

/**
 * The reminders still to ring for each running slot's next send time. A window-open reminder whose
 * moment passed (the browser was closed) rings at once if the slot existed by then and the last call
 * is still ahead; `announced` names the reminders already shown, which never ring again.
 */
export function planReminders(
  plan: PlanStore,
  now: Date,
  pushes: readonly PushRecord[],
  rule: WeekRule,
  announced: ReadonlySet<string>,
): PlanReminder[] {
  const reminders: PlanReminder[] = [];
  const nowMs = now.getTime();
  for (const slot of plan.slots) {
    const sendAt = slot.paused ? null : nextSend(slot, now);
    if (!sendAt || pushForWeek(sendAt, pushes, rule)) continue;
    const opens = windowOpensAt(sendAt, plan.remindAt).getTime();
    const last = lastCallAt(sendAt, plan.remindAt).getTime();
    const add = (kind: PlanReminderKind, when: number) => {
      const name = planAlarmName(kind, slot.id, sendAt);
      if (!announced.has(name)) reminders.push({ name, when, kind, slotId: slot.id, sendAt });
    };
    if (opens > nowMs) add('open', opens);
    else if (Date.parse(slot.createdAt) < opens && last > nowMs) add('open', nowMs + CATCH_UP_MS);
    if (last > nowMs && last !== opens) add('last', last);
  }
  return reminders.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/**
 * Whether an alarm ringing at `now` still has something to say: the slot runs at that send time,
 * its window is open today (JST) and no push is known for its week.
 */
export function planReminderDue(
  reminder: { slotId: string; sendAt: string },
  plan: PlanStore,
  now: Date,
  pushes: readonly PushRecord[],
  rule: WeekRule,
): boolean {
  const slot = plan.slots.find((candidate) => candidate.id === reminder.slotId);
  if (!slot || slot.paused || nextSend(slot, now) !== reminder.sendAt) return false;
  const { from, to } = applyWindow(reminder.sendAt);
  const today = jstDate(now);
  return from <= today && today <= to && !pushForWeek(reminder.sendAt, pushes, rule);
}

/** The announced names worth keeping: those whose send time has not passed. */
export function keepAnnounced(names: readonly string[], now: Date): string[] {
  return names.filter((name) => {
    const parsed = parsePlanAlarmName(name);
    return parsed !== null && Date.parse(parsed.sendAt) > now.getTime();
  });
}
