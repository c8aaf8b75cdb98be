/**
 * A push template: the part of a push form a seller repeats every week, saved under a name. It keeps
 * no customer data and no banner image (only whether the banner is on and where it links); the
 * coupon number is a hint, since shop coupons change from week to week.
 */
import { z } from 'zod/mini';
import { SEND_DAYS_AHEAD } from '../rules/codes';
import {
  audiencePeriodSchema,
  bannerLinkSchema,
  isoInstantSchema,
  itemsSchema,
  jstDateSchema,
  jstTimeSchema,
  pushTypeSchema,
} from '../schema';
import { lazy } from '../util/lazy';

export const TEMPLATE_STORE_VERSION = 2;
export const TEMPLATE_NAME_MAX = 60;
/** The send date QSM's calendar offers, D+1..D+3 (JST): the rules' window, as offsets a template keeps. */
export const SEND_WINDOW = { min: SEND_DAYS_AHEAD.first, max: SEND_DAYS_AHEAD.last } as const;

/** True when a send day `days` after today is one QSM's calendar offers. */
export function inSendWindow(days: number | null | undefined): days is number {
  return days != null && days >= SEND_WINDOW.min && days <= SEND_WINDOW.max;
}
/** Longest "registered in the last N days" a template keeps; QSM shops are younger than this. */
export const AUDIENCE_DAYS_MAX = 3650;

export const templateNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(TEMPLATE_NAME_MAX));

/** Which day to send on, relative to the day the template is used: D+n, or a weekday (ISO: 1 = Monday). */
export const sendDaySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('offset'),
    days: z.number().check(z.int(), z.gte(SEND_WINDOW.min), z.lte(SEND_WINDOW.max)),
  }),
  z.object({ kind: z.literal('weekday'), weekday: z.number().check(z.int(), z.gte(1), z.lte(7)) }),
]);
export type SendDay = z.infer<typeof sendDaySchema>;

/** Which fans an ad push goes to: all, or those who registered the shop in the last N days (today included). */
export const audienceRuleSchema = z.union([
  z.literal('all'),
  z.object({ lastDays: z.number().check(z.int(), z.gte(1), z.lte(AUDIENCE_DAYS_MAX)) }),
]);
export type AudienceRule = z.infer<typeof audienceRuleSchema>;

export const pushTemplateSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: templateNameSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  type: z.nullable(pushTypeSchema),
  /** The coupon to select when it is still offered; absent when the template leaves the coupon to the seller. */
  couponNumber: z.optional(z.string().check(z.minLength(1))),
  items: itemsSchema,
  audience: audienceRuleSchema,
  /** HH:mm JST, or null when the template leaves the time to the seller. */
  sendTime: z.nullable(jstTimeSchema),
  /** Null when the template leaves the date to the seller. */
  sendDay: z.nullable(sendDaySchema),
  banner: z.object({ enabled: z.boolean(), link: bannerLinkSchema }),
});
export type PushTemplate = z.infer<typeof pushTemplateSchema>;

export const templateStoreSchema = z.object({
  version: z.literal(TEMPLATE_STORE_VERSION),
  templates: z.array(pushTemplateSchema),
});
export type TemplateStore = z.infer<typeof templateStoreSchema>;

/**
 * Version 1, as the first builds stored it: a list without ids or timestamps other than when it was
 * saved (epoch ms), goods as a top-N number or a list of item numbers, the audience as 'all' or a
 * number of days, the send day as "days after" (1..3), and the banner as a yes/no with its link.
 */
export const templateV1Schema = lazy(() =>
  z.object({
    name: z.string(),
    type: z.optional(z.enum(['ad', 'compensation'])),
    coupon: z.optional(z.string()),
    topN: z.optional(z.number().check(z.int())),
    goods: z.optional(z.array(z.string())),
    period: z.optional(z.union([z.literal('all'), z.number().check(z.int())])),
    time: z.optional(z.string()),
    daysAfter: z.optional(z.number().check(z.int())),
    banner: z.optional(z.boolean()),
    link: z.optional(z.enum(['minishop', 'item', 'special'])),
    savedAt: z.optional(z.number()),
  }),
);
export type TemplateV1 = z.infer<ReturnType<typeof templateV1Schema>>;

export const templateStoreV1Schema = lazy(() =>
  z.object({
    version: z.optional(z.literal(1)),
    templates: z.array(z.unknown()),
  }),
);

/** Why filling left a field as it was; each has a message `templates.skip.<reason>`. */
export const skipReasonSchema = z.enum([
  'control-missing',
  'control-disabled',
  'coupon-not-offered',
  'option-missing',
  'items-manual-dialog',
  'send-day-outside-window',
  'failed',
]);
export type SkipReason = z.infer<typeof skipReasonSchema>;

/**
 * What filling the form from a template should set, with the dates made concrete for one day
 * (JST). Null means "leave as it is"; `unmet` lists what the template asks for but today cannot give.
 */
export const fillPlanSchema = z.object({
  type: z.nullable(pushTypeSchema),
  couponNumber: z.nullable(z.string()),
  items: itemsSchema,
  /** Only for ad pushes; null for compensation, whose buyers come from an upload. */
  audiencePeriod: z.nullable(audiencePeriodSchema),
  sendDate: z.nullable(jstDateSchema),
  sendTime: z.nullable(jstTimeSchema),
  banner: z.object({ enabled: z.boolean(), link: bannerLinkSchema }),
  unmet: z.array(z.object({ field: z.enum(['sendDate']), reason: skipReasonSchema })),
});
export type FillPlan = z.infer<typeof fillPlanSchema>;
