import type { Lang } from '../../lib/i18n';
import { describeQuota } from '../../lib/pushes/quota';
import type { WeeklyQuota as Quota } from '../../lib/rules/week';
import { NoBreakDates } from '../NoBreakDates';

/** Whether the current week is taken (and by which push), and when the next push can be sent and picked. */
export function WeeklyQuota({
  quota,
  now,
  lang,
  zone,
}: {
  quota: Quota;
  now: Date;
  lang: Lang;
  zone: string;
}) {
  const words = describeQuota(quota, now, lang, zone);
  return (
    <div class="quota" data-taken={quota.taken ? 'true' : 'false'}>
      <div class={quota.taken ? 'quota-taken' : 'quota-free'}>
        <NoBreakDates text={words.week} />
      </div>
      <div data-qpp="next-allowed" data-date={quota.nextAllowed} data-pick-from={words.pickFrom}>
        <NoBreakDates text={words.next} />
      </div>
    </div>
  );
}
