/**
 * What the push form should be set to for a planned push: the slot's template as on any day, with
 * the planned send date and time. A slot without a template sets the date and time alone (the rest
 * of the form is handed back as it is). Nothing here submits anything. Pure.
 */
import type { PushDraft } from '../schema';
import { type FillPlan, fillPlan, type PushTemplate } from '../templates';
import { jstDate, jstTime } from '../time/jst';

export function planFillPlan(
  sendAt: string,
  template: PushTemplate | null,
  draft: PushDraft,
  now: Date,
): FillPlan {
  const at = new Date(sendAt);
  const when = { sendDate: jstDate(at), sendTime: jstTime(at), unmet: [] };
  if (template) return { ...fillPlan(template, now), ...when };
  return {
    type: null,
    couponNumber: null,
    items: draft.items,
    audiencePeriod: null,
    banner: { enabled: draft.banner.enabled, link: draft.banner.link },
    ...when,
  };
}
