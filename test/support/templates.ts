/**
 * The push template the template tests start from, for unit tests and e2e flows alike: the seller's
 * weekly fan push (ad, coupon 1207384, top 8, last 30 days, D+2 at 15:30, banner to the item).
 */
import { type PushTemplate, TEMPLATE_STORE_VERSION, type TemplateStore } from '../../lib/templates';

export function weeklyTemplate(over: Partial<PushTemplate> = {}): PushTemplate {
  return {
    id: 'weekly',
    name: 'Weekly fans',
    createdAt: '2026-11-20T10:00:00+09:00',
    updatedAt: '2026-11-21T10:00:00+09:00',
    type: 'ad',
    couponNumber: '1207384',
    items: { mode: 'auto', topN: 8 },
    audience: { lastDays: 30 },
    sendTime: '15:30',
    sendDay: { kind: 'offset', days: 2 },
    banner: { enabled: true, link: 'item' },
    ...over,
  };
}

/** A store of the current version holding `templates`, as storage keeps it. */
export const templateStore = (...templates: PushTemplate[]): TemplateStore => ({
  version: TEMPLATE_STORE_VERSION,
  templates,
});

/** A fan template as version 1 of the store (and of template files) kept it: no id, loose fields. */
export const V1_FANS_WEEKLY = {
  name: 'Fans weekly',
  type: 'ad',
  coupon: '1207384',
  topN: 6,
  period: 90,
  time: '9:30',
  daysAfter: 2,
  banner: true,
  link: 'special',
  savedAt: Date.parse('2026-10-01T10:00:00+09:00'),
};
