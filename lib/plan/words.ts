/**
 * The plan in words a seller reads (options page, popup, notifications, the push page): which day a
 * slot sends on, its next send time with the apply days, and why a slot was refused. Every time goes
 * through lib/time/format.
 */
import { type Lang, t } from '../i18n';
import { WEEKDAYS as DAY_NAMES, formatDate, formatInstant } from '../time/format';
import { jstDate } from '../time/jst';
import type { SlotProblem } from './rules';
import { type PlanSlot, WEEKDAYS, type Weekday } from './schema';
import type { SlotView } from './state';
import { applyWindow, weekdayOf } from './window';

/** A weekday's short name in the seller's language (`Fri`, `金`, `周五`, `금`). */
export function weekdayName(lang: Lang, weekday: Weekday): string {
  // format.ts lists Sunday first; the plan Monday first.
  return DAY_NAMES[lang][(WEEKDAYS.indexOf(weekday) + 1) % 7] ?? weekday;
}

/** `Every Fri` / `Once, 2026-12-11 (Fri)`. */
export function slotDay(lang: Lang, slot: PlanSlot): string {
  return slot.kind === 'weekly'
    ? t(lang, 'plan.slot.weekly', { weekday: weekdayName(lang, slot.weekday) })
    : t(lang, 'plan.slot.once', { date: formatDate(slot.date, lang) });
}

/** `Fri 2026-12-11 20:00 JST (19:00 China Standard Time), apply Tue–Thu`. */
export function sendAndWindow(lang: Lang, sendAt: string, zone: string): string {
  const { from, to } = applyWindow(sendAt);
  return t(lang, 'plan.when', {
    weekday: weekdayName(lang, weekdayOf(jstDate(new Date(sendAt)))),
    time: formatInstant(new Date(sendAt), lang, zone),
    from: weekdayName(lang, weekdayOf(from)),
    to: weekdayName(lang, weekdayOf(to)),
  });
}

/** The line under a slot: its next send time and apply days, or what became of its last one. */
export function slotLine(lang: Lang, view: SlotView, zone: string): string {
  if (view.next && view.sendAt === view.next)
    return t(lang, 'plan.next', { when: sendAndWindow(lang, view.next, zone) });
  if (view.sendAt) {
    const last = t(lang, 'plan.last', { time: formatInstant(new Date(view.sendAt), lang, zone) });
    return view.next
      ? `${last} ${t(lang, 'plan.next', { when: sendAndWindow(lang, view.next, zone) })}`
      : last;
  }
  return '';
}

/** What the seller reads when the week of a slot's send time already has a push. */
export function takenLine(lang: Lang, view: SlotView, zone: string): string | null {
  if (!view.push || !view.taken) return null;
  return t(lang, 'plan.taken', {
    coupon: view.push.couponNumber,
    time: formatInstant(new Date(view.push.sendAt), lang, zone),
  });
}

/** Why a slot was refused, in words. */
export function problemText(
  lang: Lang,
  problem: SlotProblem,
  slots: readonly PlanSlot[],
  zone: string,
): string {
  if (problem.reason !== 'same-week') return t(lang, `plan.problem.${problem.reason}`);
  const other = slots.find((slot) => slot.id === problem.slotId);
  return t(lang, 'plan.problem.same-week', {
    slot: other ? slotDay(lang, other) : '',
    time: formatInstant(new Date(problem.sendAt), lang, zone),
  });
}
