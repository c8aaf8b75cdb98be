/**
 * When a planned push can be applied for. A push sent at S (JST) can be applied for on the JST days
 * S−3, S−2 and S−1, since QSM's calendar offers D+1..D+3: that is S's apply window. It closes at the
 * end of S−1; once applied, the push can be cancelled until S − 24 h. Pure: JST arithmetic only.
 */
import { SEND_DAYS_AHEAD } from '../rules/codes';
import type { WeekRule } from '../schema';
import {
  addJstDays,
  cancelDeadline,
  DAY_MS,
  jstDate,
  jstInstant,
  jstWeekStartMs,
  toJstIso,
} from '../time/jst';
import { type PlanSlot, WEEKDAYS, type Weekday } from './schema';

/** The first and last JST day (YYYY-MM-DD) on which a push sent at `sendAt` (ISO 8601) can be applied for. */
export function applyWindow(sendAt: string): { from: string; to: string } {
  const at = new Date(sendAt);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a send time: ${sendAt}`);
  const day = jstDate(at);
  return { from: addJstDays(day, -SEND_DAYS_AHEAD.last), to: addJstDays(day, -SEND_DAYS_AHEAD.first) };
}

/** The instant, on the window's first day, at the seller's reminder time of day (HH:mm JST). */
export function windowOpensAt(sendAt: string, remindAt: string): Date {
  return jstInstant(applyWindow(sendAt).from, remindAt) ?? new Date(Number.NaN);
}

/** The instant, on the window's last day, at the seller's reminder time of day: the last call. */
export function lastCallAt(sendAt: string, remindAt: string): Date {
  return jstInstant(applyWindow(sendAt).to, remindAt) ?? new Date(Number.NaN);
}

/** The end of the window: 00:00 JST of the send day, when the calendar stops offering it. */
export function windowClosesAt(sendAt: string): Date {
  return jstInstant(jstDate(new Date(sendAt))) ?? new Date(Number.NaN);
}

/** Until when a push applied for this send time can be cancelled: S − 24 h. */
export function cancelClosesAt(sendAt: string): Date {
  return cancelDeadline(new Date(sendAt));
}

/** True while `now` falls on one of the window's JST days. */
export function isWindowOpen(sendAt: string, now: Date): boolean {
  const { from, to } = applyWindow(sendAt);
  const today = jstDate(now);
  return from <= today && today <= to;
}

/** The weekday of a JST date (noon JST is the same UTC date). */
export function weekdayOf(date: string): Weekday {
  const noon = jstInstant(date, '12:00');
  if (!noon) throw new RangeError(`not a JST date: ${date}`);
  return WEEKDAYS[(noon.getUTCDay() + 6) % 7] as Weekday;
}

/** ISO 8601 (+09:00) of a JST date and time. */
export function sendAtOn(date: string, time: string): string {
  const instant = jstInstant(date, time);
  if (!instant) throw new RangeError(`not a JST date and time: ${date} ${time}`);
  return toJstIso(instant);
}

/** The day part of a slot: a weekday, or a date. */
export type SlotDay = { kind: 'weekly'; weekday: Weekday } | { kind: 'once'; date: string };

/** The JST dates a slot sends on from `first` to `last` (inclusive), earliest first. */
export function slotDates(slot: SlotDay, first: string, last: string): string[] {
  if (slot.kind === 'once') return first <= slot.date && slot.date <= last ? [slot.date] : [];
  const { weekday } = slot;
  const dates: string[] = [];
  let date = first;
  while (date <= last && weekdayOf(date) !== weekday) date = addJstDays(date, 1);
  for (; date <= last; date = addJstDays(date, 7)) dates.push(date);
  return dates;
}

/**
 * The slot's next send time whose apply window has not closed: the first send date after today
 * (JST), as ISO 8601 with +09:00; null for a one-off whose date has come.
 */
export function nextSend(slot: PlanSlot, now: Date): string | null {
  const today = jstDate(now);
  const first = addJstDays(today, 1);
  const date = slotDates(slot, first, addJstDays(first, 6))[0];
  return date ? sendAtOn(date, slot.time) : null;
}

/** The slot's latest send time whose window has closed (send date today or earlier, a week back at most for weekly). */
export function previousSend(slot: PlanSlot, now: Date): string | null {
  const today = jstDate(now);
  const dates =
    slot.kind === 'once'
      ? slot.date <= today
        ? [slot.date]
        : []
      : slotDates(slot, addJstDays(today, -6), today);
  const date = dates.at(-1);
  return date ? sendAtOn(date, slot.time) : null;
}

/** Whether two send times count as one week under the seller's rule (lib/rules/week.ts). */
export function sameWeek(a: string, b: string, rule: WeekRule): boolean {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (rule === 'rolling-7-days') return Math.abs(x - y) < 7 * DAY_MS;
  return jstWeekStartMs(x) === jstWeekStartMs(y);
}
