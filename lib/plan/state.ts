/**
 * Where a plan's slot stands at `now`: waiting (its window has not opened), open, applied
 * (a push known for that week, seen in the history or watched being applied), missed (the window
 * closed with no push for that week) or paused. Pure.
 */
import { findWeeklyConflict } from '../rules/week';
import type { PushRecord, WeekRule } from '../schema';
import { jstDate } from '../time/jst';
import type { PlanSlot } from './schema';
import { applyWindow, nextSend, previousSend } from './window';

export type SlotState = 'waiting' | 'open' | 'applied' | 'missed' | 'paused';

export interface SlotView {
  slot: PlanSlot;
  state: SlotState;
  /** The next send time whose apply window has not closed (ISO 8601, +09:00), or null. */
  next: string | null;
  /** The send time the state speaks of: `next`, or the last one while its outcome is news. */
  sendAt: string | null;
  /** The apply window of `sendAt`. */
  window: { from: string; to: string } | null;
  /** The push known for the week of `sendAt`, if any. */
  push: PushRecord | null;
  /** True when that push is not at the slot's own send time (the week was taken otherwise). */
  taken: boolean;
}

/** The push, not cancelled, that takes the week of a send at `sendAt` under the seller's rule. */
export function pushForWeek(
  sendAt: string,
  pushes: readonly PushRecord[],
  rule: WeekRule,
): PushRecord | null {
  return findWeeklyConflict(new Date(sendAt), pushes, rule)?.conflict ?? null;
}

/**
 * The slot's state. The last send time speaks (applied or missed) from its send day until the next
 * window opens, if the slot existed before that send day; otherwise the next send time does.
 */
export function slotView(slot: PlanSlot, now: Date, pushes: readonly PushRecord[], rule: WeekRule): SlotView {
  const today = jstDate(now);
  const next = nextSend(slot, now);
  const previous = previousSend(slot, now);
  const previousCounts =
    previous !== null &&
    jstDate(new Date(slot.createdAt)) < previous.slice(0, 10) &&
    (next === null || today < applyWindow(next).from);
  const sendAt = previousCounts ? previous : (next ?? previous);
  const window = sendAt ? applyWindow(sendAt) : null;
  const push = sendAt ? pushForWeek(sendAt, pushes, rule) : null;
  const taken = push !== null && sendAt !== null && Date.parse(push.sendAt) !== Date.parse(sendAt);
  const view = { slot, next, sendAt, window, push, taken };
  if (slot.paused) return { ...view, state: 'paused' };
  if (push) return { ...view, state: 'applied' };
  if (!window || sendAt !== next) return { ...view, state: 'missed' };
  return { ...view, state: today >= window.from ? 'open' : 'waiting' };
}

/** Every slot's view, the soonest next send time first (slots with none last). */
export function planViews(
  slots: readonly PlanSlot[],
  now: Date,
  pushes: readonly PushRecord[],
  rule: WeekRule,
): SlotView[] {
  const key = (view: SlotView) => (view.next ? Date.parse(view.next) : Number.POSITIVE_INFINITY);
  return slots.map((slot) => slotView(slot, now, pushes, rule)).sort((a, b) => key(a) - key(b));
}

/** The slot whose window is open now and still wants a push: what the push page offers to fill. */
export function openSlots(views: readonly SlotView[]): SlotView[] {
  return views.filter((view) => view.state === 'open');
}
