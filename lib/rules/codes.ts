/**
 * The finding codes of the push rules (docs/rules.md; a public contract: tests, UI and translations key on them), the
 * order fields appear in on the form, and the limits the rules check against.
 */
import { draftFields } from '../schema';

export const FINDING_CODES = [
  'type-missing',
  'coupon-missing',
  'coupon-qstore-only',
  'coupon-ends-before-send',
  'coupon-starts-after-send',
  'coupon-ends-soon-after-send',
  'send-at-missing',
  'send-date-out-of-window',
  'send-time-out-of-window',
  'send-time-off-slot',
  'cancel-window-closed',
  'weekly-limit',
  'items-auto-range',
  'items-manual-empty',
  'items-manual-too-many',
  'items-manual-duplicate',
  'audience-empty',
  'audience-period-invalid',
  'recipients-missing',
  'recipients-none-selected',
  'banner-missing',
  'banner-size',
  'banner-format',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The form's fields top to bottom; findings are sorted by this, then by severity. */
export const FIELD_ORDER = draftFields;

/** The send date may be D+1..D+3, D = today in JST (manual: 可选择从次日起3日内的日期). */
export const SEND_DAYS_AHEAD = { first: 1, last: 3 } as const;
/** Send times 10:00..22:00 JST in 30-minute steps (manual: 10:00~22:00、可按30分为单位选择). */
export const SEND_TIME = { first: '10:00', last: '22:00', stepMinutes: 30 } as const;
/** Auto mode shows the top N items, N = 4..16; manual mode 1..16 items. */
export const ITEMS = { autoMin: 4, autoMax: 16, manualMax: 16 } as const;
/** The banner must be exactly this size (manual: 图片尺寸: 1860px*240px). */
export const BANNER = {
  width: 1860,
  height: 240,
  types: ['image/jpeg', 'image/png', 'image/gif'],
} as const;
