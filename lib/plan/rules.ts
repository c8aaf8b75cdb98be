/**
 * What a plan refuses: a send time off QSM's grid, a one-off whose window has closed, and
 * two slots that would send in one week under the seller's week rule (only one push a week is
 * allowed, so the second could never be applied for). Each refusal names its reason for the seller.
 */
import type { WeekRule } from '../schema';
import { addJstDays, jstDate, jstInstant } from '../time/jst';
import { isSendSlot, PLAN_SLOTS_MAX, type PlanSlot, type SlotInput } from './schema';
import { applyWindow, type SlotDay, sameWeek, sendAtOn, slotDates } from './window';

export type SlotProblem =
  | { reason: 'time-off-grid' }
  | { reason: 'date-invalid' }
  | { reason: 'window-closed' }
  | { reason: 'too-many' }
  | { reason: 'same-week'; slotId: string; sendAt: string };

/** The send times of a slot from `first` to `last` (JST dates). */
function sendTimes(slot: SlotDay & { time: string }, first: string, last: string): string[] {
  return slotDates(slot, first, last).map((date) => sendAtOn(date, slot.time));
}

/**
 * A send time of `other` in one week with a send time of `slot`, looked for over four weeks around
 * the one-off date (or from tomorrow, for two weekly slots), or null.
 */
export function weekClash(
  slot: SlotDay & { time: string },
  other: SlotDay & { time: string },
  rule: WeekRule,
  now: Date,
): string | null {
  const once = slot.kind === 'once' ? slot.date : other.kind === 'once' ? other.date : null;
  // Around a one-off date; for two weekly slots, the coming weeks (the first clash ahead is named).
  const first = once ? addJstDays(once, -14) : addJstDays(jstDate(now), 1);
  const last = addJstDays(first, 28);
  const mine = sendTimes(slot, first, last);
  for (const theirs of sendTimes(other, first, last)) {
    if (mine.some((sendAt) => sameWeek(sendAt, theirs, rule))) return theirs;
  }
  return null;
}

/** Why the plan cannot take `input` (`exceptId`: the slot being replaced), or null when it can. */
export function slotProblem(
  slots: readonly PlanSlot[],
  input: SlotInput,
  rule: WeekRule,
  now: Date,
  exceptId?: string,
): SlotProblem | null {
  if (!isSendSlot(input.time)) return { reason: 'time-off-grid' };
  if (input.kind === 'once' && !jstInstant(input.date, input.time)) return { reason: 'date-invalid' };
  if (input.kind === 'once' && applyWindow(sendAtOn(input.date, input.time)).to < jstDate(now))
    return { reason: 'window-closed' };
  const others = slots.filter((slot) => slot.id !== exceptId);
  if (others.length >= PLAN_SLOTS_MAX) return { reason: 'too-many' };
  for (const other of others) {
    const sendAt = weekClash(input, other, rule, now);
    if (sendAt) return { reason: 'same-week', slotId: other.id, sendAt };
  }
  return null;
}
