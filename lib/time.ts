/**
 * Japan time (JST, UTC+9, no DST) helpers. Every rule about send times is stated in JST, so nothing
 * here reads the machine's zone except `localZone()`, which exists to show the seller their own time.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfWeek } from 'date-fns';

export const JST = 'Asia/Tokyo';
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Cancelling is possible until this long before the send time (manual: 取消可在发送前24小时进行). */
export const CANCEL_LEAD_MS = 24 * HOUR_MS;

/** The instant of a JST wall-clock date and time. Returns null for malformed or impossible input. */
export function jstInstant(date: string, time = '00:00'): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const instant = new Date(`${date}T${time}:00+09:00`);
  if (Number.isNaN(instant.getTime())) return null;
  // Reject dates the Date parser silently rolls over (2026-02-30 → March 2).
  return jstDate(instant) === date && jstTime(instant) === time ? instant : null;
}

/** The send time a draft (or a plan) names, or null until its send date and time are both set and valid. */
export function sendAtOf(draft: { sendDate: string | null; sendTime: string | null }): Date | null {
  return draft.sendDate && draft.sendTime ? jstInstant(draft.sendDate, draft.sendTime) : null;
}

/** The JST calendar date (YYYY-MM-DD) of an instant. */
export function jstDate(instant: Date): string {
  return format(new TZDate(instant, JST), 'yyyy-MM-dd');
}

/** The JST wall-clock time (HH:mm) of an instant. */
export function jstTime(instant: Date): string {
  return format(new TZDate(instant, JST), 'HH:mm');
}

/** `YYYY-MM-DD HH:mm` in JST. */
export function formatJst(instant: Date): string {
  return format(new TZDate(instant, JST), 'yyyy-MM-dd HH:mm');
}

/** ISO 8601 with the +09:00 offset, the form PushRecord.sendAt and coupon periods use. */
export function toJstIso(instant: Date): string {
  return format(new TZDate(instant, JST), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** `YYYY-MM-DD HH:mm` in any IANA zone (the seller's own, for showing beside JST). */
export function formatInZone(instant: Date, zone: string): string {
  return format(new TZDate(instant, zone), 'yyyy-MM-dd HH:mm');
}

/** The browser's own zone, e.g. Asia/Shanghai. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A JST calendar date moved by whole days. */
export function addJstDays(date: string, days: number): string {
  const start = jstInstant(date);
  if (!start) throw new RangeError(`not a JST date: ${date}`);
  return jstDate(addDays(new TZDate(start, JST), days));
}

/** Monday 00:00 JST of the calendar week (Monday..Sunday) containing the instant. */
export function jstWeekStart(instant: Date): Date {
  return new Date(startOfWeek(new TZDate(instant, JST), { weekStartsOn: 1 }).getTime());
}

/** The cancel deadline of a push: send time − 24 h. */
export function cancelDeadline(sendAt: Date): Date {
  return new Date(sendAt.getTime() - CANCEL_LEAD_MS);
}

/** Splits a non-negative duration into whole days, hours and minutes (rounded down). */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number } {
  const minutesTotal = Math.max(0, Math.floor(ms / 60_000));
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
