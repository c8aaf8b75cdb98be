import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Lang, t } from '../../../lib/i18n';
import {
  type CalendarPush,
  calendarFileName,
  escapeText,
  foldLine,
  pushCalendar,
  pushUid,
} from '../../../lib/pushes/calendar';
import { formatInstant, NBSP } from '../../../lib/time/format';
import { formatJst } from '../../../lib/time/jst';

const NOW = new Date('2026-11-28T09:00:00+09:00');
const HOUR = 3_600_000;

function push(over: Partial<CalendarPush> = {}): CalendarPush {
  return {
    couponNumber: '1207384',
    sendAt: '2026-11-30T15:30:00+09:00',
    status: 'scheduled',
    type: 'ad',
    typeKnown: true,
    ...over,
  };
}

const records: CalendarPush[] = [
  push(),
  push({ couponNumber: '1207391', sendAt: '2026-11-29T10:00:00+09:00', type: 'compensation' }),
  // Type not yet known (the cancel tab does not show it).
  push({ couponNumber: '1207399', sendAt: '2026-12-01T22:00:00+09:00', typeKnown: false }),
  // Sends in 20 h: its cancel deadline passed 4 h ago.
  push({ couponNumber: '1207412', sendAt: '2026-11-29T05:00:00+09:00' }),
  // Not pending: sent, cancelled, failed, and one whose time has passed.
  push({ couponNumber: '1', sendAt: '2026-11-20T10:00:00+09:00', status: 'sent' }),
  push({ couponNumber: '2', sendAt: '2026-11-30T12:00:00+09:00', status: 'cancelled' }),
  push({ couponNumber: '3', sendAt: '2026-11-30T12:30:00+09:00', status: 'failed' }),
  push({ couponNumber: '4', sendAt: '2026-11-28T08:00:00+09:00' }),
];

interface ParsedEvent {
  uid: string;
  start: number;
  summary: string;
  description: string;
  stamp: number;
  /** Each alarm's moment, from its trigger (relative to the start, or absolute). */
  alarms: { at: number; description: string }[];
}

function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate().getTime();
    const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => {
      const trigger = valarm.getFirstPropertyValue('trigger');
      const at =
        trigger instanceof ICAL.Duration
          ? start + trigger.toSeconds() * 1000
          : (trigger as ICAL.Time).toJSDate().getTime();
      return { at, description: String(valarm.getFirstPropertyValue('description')) };
    });
    const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    return { uid: event.uid, start, summary: event.summary, description: event.description, stamp, alarms };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const options = (lang: Lang = 'en', reminderLeadMinutes = 120) => ({
  now: NOW,
  lang,
  zone: 'America/Los_Angeles',
  reminderLeadMinutes,
});

describe('the calendar of pending pushes', () => {
  it('has one event per pending push, at its send time, in send-time order', () => {
    const { name, events } = parse(pushCalendar(records, options()));
    expect(name).toBe(t('en', 'calendar.name'));
    expect(events.map((e) => e.start)).toEqual(
      [
        '2026-11-29T05:00:00+09:00',
        '2026-11-29T10:00:00+09:00',
        '2026-11-30T15:30:00+09:00',
        '2026-12-01T22:00:00+09:00',
      ].map(Date.parse),
    );
    for (const event of events) expect(event.stamp).toBe(NOW.getTime());
  });

  it('rings the reminder lead before the cancel deadline and at it', () => {
    const { events } = parse(pushCalendar(records, options('en', 90)));
    const byStart = new Map(events.map((e) => [e.start, e]));
    const event = byStart.get(Date.parse('2026-11-30T15:30:00+09:00'));
    const deadline = Date.parse('2026-11-29T15:30:00+09:00');
    expect(event?.alarms.map((a) => a.at)).toEqual([deadline - 90 * 60_000, deadline]);
    expect(event?.alarms[0]?.description).toBe(
      t('en', 'calendar.alarm.before', { coupon: '1207384', lead: '1 h 30 min' }),
    );
    expect(event?.alarms[1]?.description).toBe(t('en', 'calendar.alarm.deadline', { coupon: '1207384' }));
    // The default lead of 2 h.
    const two = parse(pushCalendar(records, options('en'))).events.find((e) => e.start === event?.start);
    expect(two?.alarms.map((a) => a.at)).toEqual([deadline - 2 * HOUR, deadline]);
  });

  it('leaves out alarms whose moment has passed, and says a closed push can no longer be cancelled', () => {
    const { events } = parse(pushCalendar(records, options()));
    // Sends 11-29 10:00: deadline 11-28 10:00, one hour from now; its 2 h reminder has passed.
    const soon = events.find((e) => e.start === Date.parse('2026-11-29T10:00:00+09:00'));
    expect(soon?.alarms.map((a) => a.at)).toEqual([Date.parse('2026-11-28T10:00:00+09:00')]);
    const closed = events.find((e) => e.start === Date.parse('2026-11-29T05:00:00+09:00'));
    expect(closed?.alarms).toEqual([]);
    expect(closed?.description).toContain(
      formatInstant(new Date('2026-11-28T05:00:00+09:00'), 'en', 'America/Los_Angeles'),
    );
    expect(closed?.description.split('\n')[1]).toMatch(/has passed/);
  });

  it.each(['zh', 'ja', 'en'] as const)(
    'titles each push with its coupon and type, in %s, with the deadline in JST and local time',
    (lang) => {
      const { events } = parse(pushCalendar(records, options(lang)));
      const [closed, comp, ad, unknown] = events;
      expect(closed?.summary).toBe(
        t(lang, 'calendar.summary', { coupon: '1207412', type: t(lang, 'type.ad') }),
      );
      expect(comp?.summary).toBe(
        t(lang, 'calendar.summary', { coupon: '1207391', type: t(lang, 'type.compensation') }),
      );
      expect(unknown?.summary).toBe(
        t(lang, 'calendar.summary', { coupon: '1207399', type: t(lang, 'pushes.type.unknown') }),
      );
      const deadline = new Date('2026-11-29T15:30:00+09:00');
      const lines = ad?.description.split('\n') ?? [];
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(t(lang, 'time.jst', { time: formatJst(deadline) }).replaceAll(' ', NBSP));
      // Los Angeles is 17 h behind Tokyo: the one time voice of lib/time/format, the zone named in words.
      expect(lines[1]).toContain(formatInstant(deadline, lang, 'America/Los_Angeles'));
      expect(lines[1]).toContain('2026-11-28\u00a022:30');
      expect(lines[1]).not.toContain('America/Los_Angeles');
    },
  );

  it('keeps each push’s UID across exports, clocks and id changes, so a re-import updates', () => {
    const first = parse(pushCalendar(records, options('en'))).events.map((e) => e.uid);
    const later = parse(
      pushCalendar(records, { ...options('ja', 30), now: new Date(NOW.getTime() + HOUR) }),
    ).events.map((e) => e.uid);
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    // The same push written with another offset is the same instant, hence the same UID.
    expect(pushUid(push({ sendAt: '2026-11-30T06:30:00Z' }))).toBe(pushUid(push()));
    expect(pushUid(push())).toBe('push-1207384-20261130T063000Z@qsm-push-pilot.invalid');
  });

  it('writes CRLF lines of at most 75 octets', () => {
    const text = pushCalendar(records, options('zh'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is an empty, valid calendar when nothing is pending', () => {
    expect(parse(pushCalendar([], options())).events).toEqual([]);
  });

  it('names the file by the JST date', () => {
    expect(calendarFileName(new Date('2026-11-28T20:00:00Z'))).toBe('qsm-pushes-2026-11-29.ics');
  });
});

describe('folding and escaping', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });

  it.each([
    ['CJK, three octets each', `SUMMARY:${'优惠券推送'.repeat(20)}`],
    ['kana with ASCII between', `DESCRIPTION:${'キャンセル期限 2026-11-29 15:30、'.repeat(8)}`],
    ['emoji, four octets each', `SUMMARY:${'🎟️🛒'.repeat(15)}`],
    ['plain ASCII', `DESCRIPTION:${'x'.repeat(200)}`],
  ])('folds %s at 75 octets without cutting a character', (_, line) => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, part] of physical.entries()) {
      const bytes = new TextEncoder().encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // Each physical line is whole UTF-8 on its own: no character was split across two.
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
    expect(physical.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('UID:x')).toBe('UID:x');
  });

  it('escapes backslash, semicolon, comma and newlines, and a real parser reads the text back', () => {
    const text = 'a\\b; c, d\n第二行，「券」;\r\n三';
    expect(escapeText(text)).toBe('a\\\\b\\; c\\, d\\n第二行，「券」\\;\\n三');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTAMP:20261128T000000Z',
      'DTSTART:20261130T063000Z',
      foldLine(`SUMMARY:${escapeText(`${text}${'優'.repeat(40)}`)}`),
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.summary).toBe(`a\\b; c, d\n第二行，「券」;\n三${'優'.repeat(40)}`);
  });
});
