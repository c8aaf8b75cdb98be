import { type Lang, t } from '../../lib/i18n';
import type { WeeklyQuota as Quota } from '../../lib/rules/week';
import { formatJst } from '../../lib/time';

/** Whether the current week is taken (and by which push), and the first date a new push is allowed. */
export function WeeklyQuota({ quota, lang }: { quota: Quota; lang: Lang }) {
  const week = { from: quota.weekStart, to: quota.weekEnd };
  return (
    <div class="quota" data-taken={quota.taken ? 'true' : 'false'}>
      {quota.taken ? (
        <div class="quota-taken">
          {t(lang, 'pushes.quota.taken', {
            ...week,
            coupon: quota.taken.couponNumber,
            time: t(lang, 'time.jst', { time: formatJst(new Date(quota.taken.sendAt)) }),
          })}
        </div>
      ) : (
        <div class="quota-free">{t(lang, 'pushes.quota.free', week)}</div>
      )}
      <div data-qpp="next-allowed" data-date={quota.nextAllowed}>
        {t(lang, 'pushes.quota.next', { date: quota.nextAllowed })}
      </div>
    </div>
  );
}
