/**
 * Japan time (JST, UTC+9, no DST) helpers. Every rule about send times is stated in JST, so nothing
 * here reads the machine's zone except `localZone()`, which exists to show the seller their own time.
 * JST never changes its offset, so its dates and times are integer arithmetic on UTC milliseconds:
 * checkPush runs on every edit. date-fns and @date-fns/tz stay for the seller's own zone, which can
 * have DST (`formatInZone`).
 */
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

export const JST = 'Asia/Tokyo';
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Cancelling is possible until this long before the send time (manual: 取消可在发送前24小时进行). */
export const CANCEL_LEAD_MS = 24 * HOUR_MS;
/** JST's offset from UTC, always. */
export const JST_OFFSET_MS = 9 * HOUR_MS;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

/** The JST wall clock of an instant, read from a Date shifted by +9 h (UTC fields = JST fields). */
function wall(instant: Date): Date {
  const ms = instant.getTime();
  // As date-fns' format did: an invalid date is a caller's bug, not a string to show.
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  return new Date(ms + JST_OFFSET_MS);
}

const dateOfWall = (w: Date) =>
  `${pad4(w.getUTCFullYear())}-${pad2(w.getUTCMonth() + 1)}-${pad2(w.getUTCDate())}`;
const timeOfWall = (w: Date) => `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;

/** UTC ms of a JST wall-clock date and time, or NaN when the date does not exist (2026-02-30). */
function jstMs(year: number, month: number, day: number, hours: number, minutes: number): number {
  const w = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0..99 as 1900..1999.
  w.setUTCFullYear(year, month - 1, day);
  if (w.getUTCFullYear() !== year || w.getUTCMonth() !== month - 1 || w.getUTCDate() !== day)
    return Number.NaN;
  return w.getTime() + hours * HOUR_MS + minutes * 60_000 - JST_OFFSET_MS;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** The instant of a JST wall-clock date and time. Returns null for malformed or impossible input. */
export function jstInstant(date: string, time = '00:00'): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const hours = Number(t[1]);
  const minutes = Number(t[2]);
  if (hours > 23 || minutes > 59) return null;
  const ms = jstMs(Number(d[1]), Number(d[2]), Number(d[3]), hours, minutes);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** The send time a draft (or a plan) names, or null until its send date and time are both set and valid. */
export function sendAtOf(draft: { sendDate: string | null; sendTime: string | null }): Date | null {
  return draft.sendDate && draft.sendTime ? jstInstant(draft.sendDate, draft.sendTime) : null;
}

/** The JST calendar date (YYYY-MM-DD) of an instant. */
export function jstDate(instant: Date): string {
  return dateOfWall(wall(instant));
}

/** The JST wall-clock time (HH:mm) of an instant. */
export function jstTime(instant: Date): string {
  return timeOfWall(wall(instant));
}

/** `YYYY-MM-DD HH:mm` in JST. */
export function formatJst(instant: Date): string {
  const w = wall(instant);
  return `${dateOfWall(w)} ${timeOfWall(w)}`;
}

/** ISO 8601 with the +09:00 offset, the form PushRecord.sendAt and coupon periods use. */
export function toJstIso(instant: Date): string {
  const w = wall(instant);
  return `${dateOfWall(w)}T${timeOfWall(w)}:${pad2(w.getUTCSeconds())}+09:00`;
}

/** `YYYY-MM-DD HH:mm` in any IANA zone (the seller's own, for showing beside JST). */
export function formatInZone(instant: Date, zone: string): string {
  if (zone === machineZone) {
    // The machine's own zone: the Date's local fields, no Intl (the first Intl of a page costs ms).
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid time value');
    const date = `${pad4(instant.getFullYear())}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`;
    return `${date} ${pad2(instant.getHours())}:${pad2(instant.getMinutes())}`;
  }
  // lightFormat, not format: the same digits without date-fns' locale machinery (14 kB of every bundle).
  return lightFormat(new TZDate(instant, zone), 'yyyy-MM-dd HH:mm');
}

let machineZone: string | undefined;

/**
 * The browser's own zone, e.g. Asia/Shanghai. Asked once: the first Intl.DateTimeFormat of a page
 * costs milliseconds, and every feature asks. A page that was told the zone (`knowLocalZone`) asks
 * Intl nothing.
 */
export function localZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return machineZone;
}

/** Minutes east of UTC of this machine's clock on 1 January and 1 July (UTC) of `year`. */
export function machineOffsets(year: number): [number, number] {
  return [
    -new Date(Date.UTC(year, 0, 1)).getTimezoneOffset(),
    -new Date(Date.UTC(year, 6, 1)).getTimezoneOffset(),
  ];
}

/**
 * Takes the machine's zone from whoever already asked Intl (the background, through storage), when
 * this machine's offsets this year are the ones it was described with; false, and nothing kept, otherwise.
 */
export function knowLocalZone(zone: string, offsets: readonly [number, number], year: number): boolean {
  const [january, july] = machineOffsets(year);
  if (offsets[0] !== january || offsets[1] !== july) return false;
  machineZone = zone;
  return true;
}

/** A JST calendar date moved by whole days. */
export function addJstDays(date: string, days: number): string {
  const start = jstInstant(date);
  if (!start) throw new RangeError(`not a JST date: ${date}`);
  return jstDate(new Date(start.getTime() + days * DAY_MS));
}

/** Monday 00:00 JST of the calendar week (Monday..Sunday) containing the instant, in UTC ms. */
export function jstWeekStartMs(ms: number): number {
  const day = Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
  // Day 0 (1970-01-01) was a Thursday: 3 days after a Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - sinceMonday) * DAY_MS - JST_OFFSET_MS;
}

/** Monday 00:00 JST of the calendar week (Monday..Sunday) containing the instant. */
export function jstWeekStart(instant: Date): Date {
  return new Date(jstWeekStartMs(instant.getTime()));
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
