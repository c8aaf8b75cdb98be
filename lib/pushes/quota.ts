/**
 * The weekly limit in words a seller can act on: which push takes this week (scheduled or already
 * sent), and from when the next push can be sent and from when the form's calendar (D+1..D+3)
 * offers that date.
 */

import { type Lang, t } from '../i18n';
import { pickableFrom } from '../rules/pick';
import type { WeeklyQuota } from '../rules/week';
import { formatDate, formatInstant } from '../time/format';
import { jstDate } from '../time/jst';

export interface QuotaWords {
  /** What takes (or does not take) the week. */
  week: string;
  /** From when the next push can be sent, and when its date can be picked. */
  next: string;
  /** The first JST day the calendar offers `quota.nextAllowed` (today when it already does). */
  pickFrom: string;
}

export function describeQuota(quota: WeeklyQuota, now: Date, lang: Lang, zone: string): QuotaWords {
  const week = { from: quota.weekStart, to: quota.weekEnd };
  const taken = quota.taken;
  let weekText = t(lang, 'pushes.quota.free', week);
  if (taken) {
    const sendAt = new Date(taken.sendAt);
    const sent = taken.status === 'sent' || sendAt.getTime() <= now.getTime();
    weekText = t(lang, sent ? 'pushes.quota.taken.sent' : 'pushes.quota.taken.scheduled', {
      ...week,
      coupon: taken.couponNumber,
      time: formatInstant(sendAt, lang, zone),
    });
  }
  const today = jstDate(now);
  const pickFrom = pickableFrom(quota.nextAllowed, today);
  const date = formatDate(quota.nextAllowed, lang);
  const next =
    pickFrom > today
      ? t(lang, 'pushes.quota.next.later', { date, pickFrom: formatDate(pickFrom, lang) })
      : t(lang, 'pushes.quota.next.today', { date });
  return { week: weekText, next, pickFrom };
}
