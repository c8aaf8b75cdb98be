/**
 * The public contract of lib/. These zod schemas are the only definitions of these
 * shapes; every type is `z.infer` of a schema. Fields may be added, never renamed.
 */
import { z } from 'zod/mini';

/** YYYY-MM-DD, a calendar date in Japan time. */
export const jstDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
/** HH:mm, a wall-clock time in Japan time. */
export const jstTimeSchema = z.string().check(z.regex(/^\d{2}:\d{2}$/, 'expected HH:mm'));
/** ISO 8601 with an offset, e.g. 2026-11-28T10:00:00+09:00. */
export const isoInstantSchema = z.iso.datetime({ offset: true });

/**
 * A whole number of things, 0 or more. `@__PURE__`: a bundle keeps a `.check()` call (a method) whose
 * schema it never uses, unless told it has no side effects (here and wherever the page features may leave one).
 */
export const countSchema = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());

export const pushTypeSchema = z.enum(['ad', 'compensation']);
export type PushType = z.infer<typeof pushTypeSchema>;

export const couponSchema = z.object({
  number: z.string(),
  label: z.optional(z.string()),
  validFrom: z.optional(isoInstantSchema),
  validTo: z.optional(isoInstantSchema),
  qstoreOnly: z.boolean(),
});
export type Coupon = z.infer<typeof couponSchema>;

export const itemsSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('auto'), topN: z.number().check(z.int()) }),
  z.object({ mode: z.literal('manual'), itemIds: z.array(z.string()) }),
]);
export type Items = z.infer<typeof itemsSchema>;

export const audiencePeriodSchema = z.union([
  z.literal('all'),
  z.object({ from: jstDateSchema, to: jstDateSchema }),
]);

export const audienceSchema = z.object({
  fanCount: z.nullable(countSchema),
  period: audiencePeriodSchema,
});
export type Audience = z.infer<typeof audienceSchema>;

export const recipientsSchema = z.object({
  uploaded: countSchema,
  selected: countSchema,
});

export const bannerLinkSchema = z.enum(['minishop', 'item', 'special']);

export const bannerImageSchema = z.object({
  type: z.string(),
  width: countSchema,
  height: countSchema,
  bytes: countSchema,
});

export const bannerSchema = z.object({
  enabled: z.boolean(),
  image: z.nullable(bannerImageSchema),
  link: bannerLinkSchema,
});

export const pushDraftSchema = z.object({
  type: z.nullable(pushTypeSchema),
  coupon: z.nullable(couponSchema),
  items: itemsSchema,
  audience: audienceSchema,
  recipients: recipientsSchema,
  sendDate: z.nullable(jstDateSchema),
  sendTime: z.nullable(jstTimeSchema),
  banner: bannerSchema,
});
export type PushDraft = z.infer<typeof pushDraftSchema>;
export type DraftField = keyof PushDraft;
/**
 * The draft's fields in the form's order, top to bottom (findings and missing fields follow it):
 * `pushDraftSchema`'s keys (a unit test holds them equal), written out so that the page features,
 * which need the list and never the schema, do not build the schema when they load.
 */
export const draftFields = [
  'type',
  'coupon',
  'items',
  'audience',
  'recipients',
  'sendDate',
  'sendTime',
  'banner',
] as const satisfies readonly DraftField[];

export const pushStatusSchema = z.enum(['scheduled', 'sent', 'cancelled', 'failed']);
export type PushStatus = z.infer<typeof pushStatusSchema>;

export const pushRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  couponNumber: z.string(),
  type: pushTypeSchema,
  sendAt: isoInstantSchema,
  status: pushStatusSchema,
  shop: z.optional(z.string()),
});
export type PushRecord = z.infer<typeof pushRecordSchema>;

export const weekRuleSchema = z.enum(['calendar-week', 'rolling-7-days']);
export type WeekRule = z.infer<typeof weekRuleSchema>;

export const settingsSchema = z.object({
  weekRule: z._default(weekRuleSchema, 'calendar-week'),
  couponMarginHours: z._default(z.number().check(z.nonnegative()), 24),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { weekRule: 'calendar-week', couponMarginHours: 24 };

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  code: z.string(),
  severity: severitySchema,
  field: z.string(),
  params: z.optional(z.record(z.string(), z.unknown())),
});
export type Finding = z.infer<typeof findingSchema>;

export const extractResultSchema = z.object({
  orderNumbers: z.array(z.string()),
  duplicates: countSchema,
  rejected: z.array(
    z.object({
      line: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
      token: z.string(),
      reason: z.string(),
    }),
  ),
  column: z.optional(z.string()),
});
export type ExtractResult = z.infer<typeof extractResultSchema>;

/** A draft with nothing filled in: what the adapter starts from before it reads the page. */
export function emptyDraft(): PushDraft {
  return {
    type: null,
    coupon: null,
    items: { mode: 'auto', topN: 4 },
    audience: { fanCount: null, period: 'all' },
    recipients: { uploaded: 0, selected: 0 },
    sendDate: null,
    sendTime: null,
    banner: { enabled: false, image: null, link: 'minishop' },
  };
}
