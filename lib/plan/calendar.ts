/**
 * The plan in the calendar export: each running slot's coming send times as tentative events (the
 * weeks no push is known for yet), and the day each one's apply window opens as an event with an
 * alarm at the seller's reminder time. UIDs are the slot's and the send time's, so a re-import
 * updates the same events. Pure text out.
 */
import { type Lang, t } from '../i18n';
import { alarm, escapeText, icsUtc, property, UID_DOMAIN } from '../pushes/calendar';
import { QSM_COUPON_PUSH_URL } from '../pushes/links';
import type { PushRecord, WeekRule } from '../schema';
import { formatDate, formatInstant } from '../time/format';
import { addJstDays, jstDate } from '../time/jst';
import type { PlanSlot, PlanStore } from './schema';
import { pushForWeek } from './state';
import { applyWindow, sendAtOn, slotDates, windowOpensAt } from './window';

/** How far ahead weekly slots are written out. */
export const PLANNED_WEEKS = 4;

export interface PlannedOptions {
  now: Date;
  lang: Lang;
  zone: string;
  rule: WeekRule;
  /** Template names by id, for the summaries. */
  templateNames: ReadonlyMap<string, string>;
}

const uidPart = (text: string) => text.replace(/[^\w.-]/g, '_');

/** The planned send times still ahead whose week no push takes: first send date after today. */
export function plannedSends(
  slots: readonly PlanSlot[],
  now: Date,
  pushes: readonly PushRecord[],
  rule: WeekRule,
): { slot: PlanSlot; sendAt: string }[] {
  const first = addJstDays(jstDate(now), 1);
  const last = addJstDays(first, PLANNED_WEEKS * 7 - 1);
  return slots
    .filter((slot) => !slot.paused)
    .flatMap((slot) =>
      slotDates(slot, first, last).map((date) => ({ slot, sendAt: sendAtOn(date, slot.time) })),
    )
    .filter(({ sendAt }) => !pushForWeek(sendAt, pushes, rule))
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
}

/** The plan's events (each one's lines): per planned send, a tentative event and its window's opening. */
export function plannedEvents(
  plan: PlanStore,
  pushes: readonly PushRecord[],
  options: PlannedOptions,
): { events: string[][]; sends: number } {
  const { now, lang, zone } = options;
  const sends = plannedSends(plan.slots, now, pushes, options.rule);
  const events = sends.flatMap(({ slot, sendAt }) => {
    const send = new Date(sendAt);
    const window = applyWindow(sendAt);
    const opens = windowOpensAt(sendAt, plan.remindAt);
    const template = slot.templateId ? options.templateNames.get(slot.templateId) : undefined;
    const time = formatInstant(send, lang, zone);
    const apply = t(lang, 'plan.calendar.apply', {
      from: formatDate(window.from, lang),
      to: formatDate(window.to, lang),
    });
    const summary = template
      ? t(lang, 'plan.calendar.summary.template', { name: template })
      : t(lang, 'plan.calendar.summary');
    const id = `${uidPart(slot.id)}-${icsUtc(send)}`;
    const planned = [
      'BEGIN:VEVENT',
      property('UID', `plan-${id}@${UID_DOMAIN}`),
      property('DTSTAMP', icsUtc(now)),
      property('DTSTART', icsUtc(send)),
      property('SUMMARY', escapeText(summary)),
      property('DESCRIPTION', escapeText([t(lang, 'plan.calendar.send', { time }), apply].join('\n'))),
      property('URL', QSM_COUPON_PUSH_URL),
      'STATUS:TENTATIVE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    const opening = [
      'BEGIN:VEVENT',
      property('UID', `plan-open-${id}@${UID_DOMAIN}`),
      property('DTSTAMP', icsUtc(now)),
      property('DTSTART', icsUtc(opens)),
      property('SUMMARY', escapeText(t(lang, 'plan.calendar.opens', { time }))),
      property('DESCRIPTION', escapeText(apply)),
      property('URL', QSM_COUPON_PUSH_URL),
      'TRANSP:TRANSPARENT',
      ...(opens.getTime() > now.getTime() ? alarm('PT0M', t(lang, 'plan.calendar.opens', { time })) : []),
      'END:VEVENT',
    ];
    return [planned, opening];
  });
  return { events, sends: sends.length };
}
