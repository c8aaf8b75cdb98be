/** How a template, a skipped field and a name problem read to the seller, in the catalogue's words. */
import { type Lang, type MessageKey, t } from '../../lib/i18n';
import type { DraftField } from '../../lib/schema';
import { type NameProblem, type PushTemplate, TEMPLATE_NAME_MAX } from '../../lib/templates';
import type { SkipReason } from '../../lib/templates/schema';

export function weekdayName(lang: Lang, weekday: number): string {
  return t(lang, `templates.weekday.${weekday}` as MessageKey);
}

/** One short phrase per part of the template: type, coupon, goods, fans, send day, send time, banner. */
export function templateSummary(template: PushTemplate, lang: Lang): string[] {
  const { type, couponNumber, items, audience, sendDay, sendTime, banner } = template;
  const parts = [
    type ? t(lang, `type.${type}`) : t(lang, 'templates.summary.typeAny'),
    couponNumber
      ? t(lang, 'templates.summary.coupon', { coupon: couponNumber })
      : t(lang, 'templates.summary.couponAny'),
    items.mode === 'auto'
      ? t(lang, 'panel.items.auto', { n: items.topN })
      : t(lang, 'panel.items.manual', { n: items.itemIds.length }),
  ];
  if (type !== 'compensation') {
    parts.push(
      audience === 'all'
        ? t(lang, 'panel.audience.all')
        : t(lang, 'templates.summary.lastDays', { n: audience.lastDays }),
    );
  }
  parts.push(
    !sendDay
      ? t(lang, 'templates.summary.sendDay.none')
      : sendDay.kind === 'offset'
        ? t(lang, 'templates.summary.sendDay.offset', { n: sendDay.days })
        : t(lang, 'templates.summary.sendDay.weekday', { weekday: weekdayName(lang, sendDay.weekday) }),
    sendTime
      ? t(lang, 'templates.summary.sendTime', { time: sendTime })
      : t(lang, 'templates.summary.sendTime.none'),
    banner.enabled
      ? t(lang, 'templates.summary.banner.on', { link: t(lang, `templates.link.${banner.link}`) })
      : t(lang, 'templates.summary.banner.off'),
  );
  return parts;
}

/** Why a field was left as it was, with what the seller should do about it. */
export function skipMessage(
  lang: Lang,
  field: DraftField,
  reason: SkipReason,
  template: PushTemplate,
): string {
  const weekday = template.sendDay?.kind === 'weekday' ? weekdayName(lang, template.sendDay.weekday) : '';
  const n = template.items.mode === 'manual' ? template.items.itemIds.length : 0;
  const what = t(lang, `field.${field}` as MessageKey);
  const why = t(lang, `templates.skip.${reason}`, { coupon: template.couponNumber ?? '', n, weekday });
  return `${what}: ${why}`;
}

export function nameProblemMessage(lang: Lang, problem: NameProblem): string {
  return t(lang, `templates.name.${problem}`, { max: TEMPLATE_NAME_MAX });
}
