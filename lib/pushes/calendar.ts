/**
 * The pending pushes as an iCalendar file (RFC 5545): one event per push at its send time, with
 * alarms a reminder lead before the cancel deadline and at it. Pure text out; the popup and the
 * options page save it. Every instant is written in UTC, so no calendar has to know JST.
 */

import { type Lang, t } from '../i18n';
import { formatInstant } from '../time/format';
import { cancelDeadline, jstDate } from '../time/jst';
import { pendingPushes } from './countdown';
import { QSM_COUPON_PUSH_URL } from './links';
import type { StoredPush } from './store';

export const CALENDAR_MIME = 'text/calendar;charset=utf-8';
const PRODID = '-//QSM Push Pilot//Coupon push calendar//EN';
/** The UID's domain part: ours alone, so a re-import matches our events and nobody else's. */
export const UID_DOMAIN = 'qsm-push-pilot.invalid';
/** RFC 5545 §3.1: lines longer than 75 octets are folded. */
const LINE_OCTETS = 75;

export type CalendarPush = Pick<StoredPush, 'couponNumber' | 'sendAt' | 'status' | 'type' | 'typeKnown'>;

export interface CalendarOptions {
  now: Date;
  lang: Lang;
  /** The seller's own zone, shown beside JST in the descriptions. */
  zone: string;
  /** How long before the cancel deadline the first alarm rings (the reminder setting). */
  reminderLeadMinutes: number;
}

/** `20261130T063000Z`: an instant as an iCalendar UTC DATE-TIME. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8 = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): CRLF and a space before each continuation.
 * Splits only between code points, so a CJK character is never cut through its UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A stable UID per push: its coupon and send instant, which QSM never changes (a new time is a new push). */
export function pushUid(push: Pick<CalendarPush, 'couponNumber' | 'sendAt'>): string {
  const coupon = push.couponNumber.replace(/[^\w.-]/g, '_');
  return `push-${coupon}-${icsUtc(new Date(push.sendAt))}@${UID_DOMAIN}`;
}

/** `-PT26H`, `-PT24H30M`: a trigger this many minutes before the event's start. */
function beforeStart(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `-PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/** `2 h`, `90 min` → `1 h 30 min`, in the seller's language. */
function leadText(lang: Lang, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return t(lang, 'calendar.lead.minutes', { m });
  return m ? t(lang, 'calendar.lead.both', { h, m }) : t(lang, 'calendar.lead.hours', { h });
}

const timeText = (lang: Lang, instant: Date, zone: string): string => formatInstant(instant, lang, zone);

export const property = (name: string, value: string) => foldLine(`${name}:${value}`);

export function alarm(trigger: string, description: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    property('TRIGGER', trigger),
    property('DESCRIPTION', escapeText(description)),
    'END:VALARM',
  ];
}

function event(push: CalendarPush, options: CalendarOptions): string[] {
  const { lang, now, zone } = options;
  const lead = Math.max(0, Math.round(options.reminderLeadMinutes));
  const sendAt = new Date(push.sendAt);
  const deadline = cancelDeadline(sendAt);
  const deadlineMinutes = (sendAt.getTime() - deadline.getTime()) / 60_000;
  const coupon = push.couponNumber;
  const type = push.typeKnown ? t(lang, `type.${push.type}`) : t(lang, 'pushes.type.unknown');
  const closed = deadline.getTime() <= now.getTime();
  const description = [
    t(lang, 'calendar.description.send', { time: timeText(lang, sendAt, zone) }),
    t(lang, closed ? 'calendar.description.closed' : 'calendar.description.deadline', {
      time: timeText(lang, deadline, zone),
    }),
    t(lang, 'calendar.description.where'),
  ].join('\n');
  const lines = [
    'BEGIN:VEVENT',
    property('UID', pushUid(push)),
    property('DTSTAMP', icsUtc(now)),
    property('DTSTART', icsUtc(sendAt)),
    property('SUMMARY', escapeText(t(lang, 'calendar.summary', { coupon, type }))),
    property('DESCRIPTION', escapeText(description)),
    property('URL', QSM_COUPON_PUSH_URL),
    'TRANSP:TRANSPARENT',
  ];
  // An alarm whose moment has passed would only ring at once on import.
  if (deadline.getTime() - lead * 60_000 > now.getTime()) {
    const text = t(lang, 'calendar.alarm.before', { coupon, lead: leadText(lang, lead) });
    lines.push(...alarm(beforeStart(deadlineMinutes + lead), text));
  }
  if (!closed)
    lines.push(...alarm(beforeStart(deadlineMinutes), t(lang, 'calendar.alarm.deadline', { coupon })));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The .ics text of the pushes still to be sent at `now`, in send-time order, then `planned` (the
 * plan's events, lib/plan/calendar.ts: each one event's lines); CRLF line ends.
 */
export function pushCalendar(
  records: readonly CalendarPush[],
  options: CalendarOptions,
  planned: readonly (readonly string[])[] = [],
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(t(options.lang, 'calendar.name'))),
    ...pendingPushes(records, options.now).flatMap((push) => event(push, options)),
    ...planned.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** `qsm-pushes-2026-11-28.ics`, dated in JST. */
export function calendarFileName(now: Date): string {
  return `qsm-pushes-${jstDate(now)}.ics`;
}
