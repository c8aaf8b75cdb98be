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
import { DAY_MS, JST_OFFSET_MS, jstDate, jstWeekStartMs } from '../time/jst';
import { SEND_TIME } from './codes';

export interface WeekWindow {
  start: Date;
  end: Date;
}

const WEEK_MS = 7 * DAY_MS;
const MINUTE_MS = 60_000;

/** [start, end) in UTC ms of the window counted for a push sent at `at` (see the module comment). */
function windowMs(at: number, rule: WeekRule): [number, number] {
  if (rule === 'rolling-7-days') return [at - WEEK_MS, at + WEEK_MS];
  const start = jstWeekStartMs(at);
  // JST has no DST, so a week is always exactly 7 × 24 h.
  return [start, start + WEEK_MS];
}

/** The window counted for a push sent at `sendAt` (see the module comment for the bounds). */
export function weekOf(sendAt: Date, rule: WeekRule): WeekWindow {
  const [start, end] = windowMs(sendAt.getTime(), rule);
  return { start: new Date(start), end: new Date(end) };
}

/** The first and last JST date of a window (its end is exclusive). */
export function windowDates(window: WeekWindow): { weekStart: string; weekEnd: string } {
  return { weekStart: jstDate(window.start), weekEnd: jstDate(new Date(window.end.getTime() - 1)) };
}

interface Counted {
  push: PushRecord;
  at: number;
}

/**
 * The pushes that count toward the limit (not cancelled, with a readable send time), by send time.
 * Kept per history array: the page hands checkPush the same array on every edit until it changes.
 */
const sortedHistory = new WeakMap<readonly PushRecord[], { length: number; sorted: Counted[] }>();

function counted(history: readonly PushRecord[]): Counted[] {
  const cached = sortedHistory.get(history);
  // A readonly array is never changed in place; the length check catches a caller that did anyway.
  if (cached && cached.length === history.length) return cached.sorted;
  const result: Counted[] = [];
  for (const push of history) {
    if (push.status === 'cancelled') continue;
    const at = Date.parse(push.sendAt);
    if (!Number.isNaN(at)) result.push({ push, at });
  }
  result.sort((a, b) => a.at - b.at);
  sortedHistory.set(history, { length: history.length, sorted: result });
  return result;
}

/** The index of the first push sent at or after `ms` (binary search). */
function firstAtOrAfter(pushes: readonly Counted[], ms: number): number {
  let lo = 0;
  let hi = pushes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pushes[mid] as Counted).at < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pushes in the window of a push at `at`, earliest first (the rolling window's bounds are open,
 * the calendar week's end only). Looks only at the pushes near `at`.
 */
function inWindow(pushes: readonly Counted[], at: number, rule: WeekRule, ignoreId?: string): Counted[] {
  const [start, end] = windowMs(at, rule);
  const found: Counted[] = [];
  const from = firstAtOrAfter(pushes, rule === 'rolling-7-days' ? start + 1 : start);
  for (let i = from; i < pushes.length; i++) {
    const push = pushes[i] as Counted;
    if (push.at >= end) break;
    if (ignoreId === undefined || push.push.id !== ignoreId) found.push(push);
  }
  return found;
}

const FIRST_SLOT_MS = slotMs(SEND_TIME.first);
const LAST_SLOT_MS = slotMs(SEND_TIME.last);

/** Milliseconds after JST midnight of an `HH:mm` slot. */
function slotMs(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 3_600_000 + minutes * MINUTE_MS;
}

/** Moves an instant to the next send slot time if it lies outside 10:00..22:00 JST (dates only matter here). */
function intoSendHours(at: number): number {
  const wall = at + JST_OFFSET_MS;
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS - JST_OFFSET_MS;
  // Compared by the minute, as the HH:mm strings were: 22:00:30 is still 22:00.
  const minuteOfDay = Math.floor((at - midnight) / MINUTE_MS) * MINUTE_MS;
  if (minuteOfDay < FIRST_SLOT_MS) return midnight + FIRST_SLOT_MS;
  if (minuteOfDay > LAST_SLOT_MS) return midnight + DAY_MS + FIRST_SLOT_MS;
  return at;
}

/** The earliest instant at or after `from` (within send hours) that no counted push blocks. */
function firstFreeInstant(
  from: number,
  pushes: readonly Counted[],
  rule: WeekRule,
  ignoreId?: string,
): number {
  let candidate = intoSendHours(from);
  // Each step moves past at least one push for good, so this ends after at most pushes.length steps.
  for (let step = 0; step <= pushes.length; step++) {
    const blocking = inWindow(pushes, candidate, rule, ignoreId);
    const last = blocking.at(-1);
    if (!last) return candidate;
    candidate = intoSendHours(rule === 'rolling-7-days' ? last.at + WEEK_MS : windowMs(candidate, rule)[1]);
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
  const at = sendAt.getTime();
  if (Number.isNaN(at)) return null;
  const pushes = counted(history);
  const conflict = inWindow(pushes, at, rule, ignoreId)[0];
  if (!conflict) return null;
  return {
    conflict: conflict.push,
    nextAllowed: jstDate(new Date(firstFreeInstant(at, pushes, rule, ignoreId))),
  };
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
  const taken = inWindow(pushes, now.getTime(), rule)[0]?.push ?? null;
  // 00:00 JST of tomorrow (D+1).
  const tomorrow = (Math.floor((now.getTime() + JST_OFFSET_MS) / DAY_MS) + 1) * DAY_MS - JST_OFFSET_MS;
  return {
    taken,
    nextAllowed: jstDate(new Date(firstFreeInstant(tomorrow, pushes, rule))),
    ...windowDates(weekOf(now, rule)),
  };
}
