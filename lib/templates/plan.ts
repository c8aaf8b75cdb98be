/**
 * From a draft to a template, and from a template to what the form should be set to today. All dates
 * are JST calendar dates; nothing here reads the machine's zone.
 */
import type { PushDraft } from '../schema';
import { addJstDays, DAY_MS, jstDate, jstInstant, toJstIso } from '../time/jst';
import {
  AUDIENCE_DAYS_MAX,
  type AudienceRule,
  type FillPlan,
  inSendWindow,
  type PushTemplate,
  pushTemplateSchema,
  SEND_WINDOW,
  type SendDay,
} from './schema';

/** Whole days from one JST date to another (negative when `to` is earlier); null for a malformed date. */
export function daysBetween(from: string, to: string): number | null {
  const a = jstInstant(from);
  const b = jstInstant(to);
  // JST has no DST, so every day is exactly DAY_MS long.
  return a && b ? Math.round((b.getTime() - a.getTime()) / DAY_MS) : null;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export interface FromDraftOptions {
  id?: string;
  /** Keep the draft's send date as "D+n" (default) or as its weekday. */
  sendDay?: 'offset' | 'weekday';
}

function audienceRule(period: PushDraft['audience']['period']): AudienceRule {
  if (period === 'all') return 'all';
  const span = daysBetween(period.from, period.to);
  if (span === null || span < 0) return 'all';
  return { lastDays: Math.min(span + 1, AUDIENCE_DAYS_MAX) };
}

function sendDayOf(draft: PushDraft, today: string, kind: 'offset' | 'weekday'): SendDay | null {
  if (!draft.sendDate || !jstInstant(draft.sendDate)) return null;
  if (kind === 'weekday') return { kind: 'weekday', weekday: isoWeekday(draft.sendDate) };
  const days = daysBetween(today, draft.sendDate);
  return inSendWindow(days) ? { kind: 'offset', days } : null;
}

/**
 * The reusable part of a draft under a name. The audience period becomes "the last N days" of the
 * same length; a send date outside D+1..D+3 (as offset) is not kept. Throws when the name is empty
 * or too long (check it with `nameProblem` first).
 */
export function templateFromDraft(
  draft: PushDraft,
  name: string,
  now: Date,
  options: FromDraftOptions = {},
): PushTemplate {
  const at = toJstIso(now);
  const items: PushTemplate['items'] =
    draft.items.mode === 'auto'
      ? { mode: 'auto', topN: draft.items.topN }
      : { mode: 'manual', itemIds: [...draft.items.itemIds] };
  return pushTemplateSchema.parse({
    id: options.id ?? `tpl-${now.getTime().toString(36)}`,
    name,
    createdAt: at,
    updatedAt: at,
    type: draft.type,
    ...(draft.coupon?.number ? { couponNumber: draft.coupon.number } : {}),
    items,
    audience: audienceRule(draft.audience.period),
    sendTime: draft.sendTime && /^\d{2}:\d{2}$/.test(draft.sendTime) ? draft.sendTime : null,
    sendDay: sendDayOf(draft, jstDate(now), options.sendDay ?? 'offset'),
    banner: { enabled: draft.banner.enabled, link: draft.banner.link },
  });
}

/** The send date a template asks for, in D+1..D+3 of `today` (JST); null when none fits. */
export function planSendDate(sendDay: SendDay, today: string): string | null {
  if (sendDay.kind === 'offset') return addJstDays(today, sendDay.days);
  for (let days = SEND_WINDOW.min; days <= SEND_WINDOW.max; days++) {
    const date = addJstDays(today, days);
    if (isoWeekday(date) === sendDay.weekday) return date;
  }
  return null;
}

/** What the form should be set to when the template is used at `now`, with today's dates (JST). */
export function fillPlan(template: PushTemplate, now: Date): FillPlan {
  const today = jstDate(now);
  const sendDate = template.sendDay ? planSendDate(template.sendDay, today) : null;
  const audiencePeriod: FillPlan['audiencePeriod'] =
    template.type === 'compensation'
      ? null
      : template.audience === 'all'
        ? 'all'
        : { from: addJstDays(today, -(template.audience.lastDays - 1)), to: today };
  return {
    type: template.type,
    couponNumber: template.couponNumber ?? null,
    items:
      template.items.mode === 'auto'
        ? { mode: 'auto', topN: template.items.topN }
        : { mode: 'manual', itemIds: [...template.items.itemIds] },
    audiencePeriod,
    sendDate,
    sendTime: template.sendTime,
    banner: { ...template.banner },
    unmet: template.sendDay && !sendDate ? [{ field: 'sendDate', reason: 'send-day-outside-window' }] : [],
  };
}
