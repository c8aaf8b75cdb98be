/**
 * The weekly limit (优惠券发送仅限每周1次): one push a week, both types together, counted by send time.
 * Two rules (Settings.weekRule):
 * - `calendar-week` (default): Monday 00:00 to next Monday 00:00 JST; a push conflicts with any other
 *   push whose send time falls in the same window [start, end).
 * - `rolling-7-days` (stricter): a push conflicts with any other push less than 7 × 24 h away, before
 *   or after; its window is the open interval (sendAt − 7 d, sendAt + 7 d), so exactly 7 days apart
 *   is allowed.
 * Cancelled pushes never count. Used by checkPush and by the popup's quota display.
 */
import type { PushRecord, WeekRule } from '../schema';
import { addJstDays, DAY_MS, jstDate, jstInstant, jstTime, jstWeekStart } from '../time';
import { SEND_TIME } from './codes';

export interface WeekWindow {
  start: Date;
  end: Date;
}

const WEEK_MS = 7 * DAY_MS;

/** The window counted for a push sent at `sendAt` (see the module comment for the bounds). */
export function weekOf(sendAt: Date, rule: WeekRule): WeekWindow {
  if (rule === 'rolling-7-days') {
    return { start: new Date(sendAt.getTime() - WEEK_MS), end: new Date(sendAt.getTime() + WEEK_MS) };
  }
  const start = jstWeekStart(sendAt);
  // JST has no DST, so a week is always exactly 7 × 24 h.
  return { start, end: new Date(start.getTime() + WEEK_MS) };
}

/** The first and last JST date of a window (its end is exclusive). */
export function windowDates(window: WeekWindow): { weekStart: string; weekEnd: string } {
  return { weekStart: jstDate(window.start), weekEnd: jstDate(new Date(window.end.getTime() - 1)) };
}

/** True when `other` falls in the window of a push at `sendAt`. */
function conflicts(sendAt: Date, other: Date, rule: WeekRule): boolean {
  if (rule === 'rolling-7-days') return Math.abs(other.getTime() - sendAt.getTime()) < WEEK_MS;
  const { start, end } = weekOf(sendAt, rule);
  return other >= start && other < end;
}

interface Counted {
  push: PushRecord;
  at: Date;
}

/** The pushes that count toward the limit: not cancelled, with a readable send time. */
function counted(history: readonly PushRecord[], ignoreId?: string): Counted[] {
  const result: Counted[] = [];
  for (const push of history) {
    if (push.status === 'cancelled' || (ignoreId !== undefined && push.id === ignoreId)) continue;
    const at = new Date(push.sendAt);
    if (!Number.isNaN(at.getTime())) result.push({ push, at });
  }
  return result.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Moves an instant to the next send slot time if it lies outside 10:00..22:00 JST (dates only matter here). */
function intoSendHours(instant: Date): Date {
  const time = jstTime(instant);
  const date = jstDate(instant);
  if (time < SEND_TIME.first) return jstInstant(date, SEND_TIME.first) ?? instant;
  if (time > SEND_TIME.last) return jstInstant(addJstDays(date, 1), SEND_TIME.first) ?? instant;
  return instant;
}

/** The earliest instant at or after `from` (within send hours) that no counted push blocks. */
function firstFreeInstant(from: Date, pushes: readonly Counted[], rule: WeekRule): Date {
  let candidate = intoSendHours(from);
  // Each step moves past at least one push for good, so this ends after at most pushes.length steps.
  for (let step = 0; step <= pushes.length; step++) {
    const blocking = pushes.filter((p) => conflicts(candidate, p.at, rule));
    if (blocking.length === 0) return candidate;
    const next =
      rule === 'rolling-7-days'
        ? new Date(Math.max(...blocking.map((p) => p.at.getTime())) + WEEK_MS)
        : weekOf(candidate, rule).end;
    candidate = intoSendHours(next);
  }
  return candidate;
}

/**
 * The push that blocks a send at `sendAt`, if any (the earliest one in its window), and the first
 * JST date (YYYY-MM-DD) from which a push is allowed again, on or after the send date.
 */
export function findWeeklyConflict(
  sendAt: Date,
  history: readonly PushRecord[],
  rule: WeekRule,
  ignoreId?: string,
): { conflict: PushRecord; nextAllowed: string } | null {
  if (Number.isNaN(sendAt.getTime())) return null;
  const pushes = counted(history, ignoreId);
  const conflict = pushes.find((p) => conflicts(sendAt, p.at, rule));
  if (!conflict) return null;
  return { conflict: conflict.push, nextAllowed: jstDate(firstFreeInstant(sendAt, pushes, rule)) };
}

export interface WeeklyQuota {
  /** The push that takes the current week, or null when the week is free. */
  taken: PushRecord | null;
  /** The first JST date (YYYY-MM-DD) a new push may be sent: never before tomorrow (D+1). */
  nextAllowed: string;
  /** First and last JST date of the current week (for rolling-7-days: the 7 days either side of now). */
  weekStart: string;
  weekEnd: string;
}

/**
 * "This week" from the seller's point of view, for the popup: is the week of `now` taken, and from
 * which date can a new push be sent. The earliest send date is tomorrow (D+1), so nextAllowed is
 * never earlier even when the week is free.
 */
export function weeklyQuota(now: Date, history: readonly PushRecord[], rule: WeekRule): WeeklyQuota {
  const pushes = counted(history);
  const taken = pushes.find((p) => conflicts(now, p.at, rule))?.push ?? null;
  const tomorrow = jstInstant(addJstDays(jstDate(now), 1)) ?? now;
  return {
    taken,
    nextAllowed: jstDate(firstFreeInstant(tomorrow, pushes, rule)),
    ...windowDates(weekOf(now, rule)),
  };
}
