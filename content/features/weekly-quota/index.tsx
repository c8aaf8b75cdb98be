import { useComputed } from '@preact/signals';
import { WeeklyQuota } from '../../../components/pushes/WeeklyQuota';
import { t } from '../../../lib/i18n';
import { weeklyQuota } from '../../../lib/rules/week';
import { localZone } from '../../../lib/time/jst';
import type { Feature, QsmPage } from '../../feature';
import { mountInShadow } from '../../mount';
import css from './weekly-quota.css?inline';

function LiveQuota({ page, zone }: { page: QsmPage; zone: string }) {
  // The quota changes at most when the JST date does; a minute's resolution is plenty.
  const quota = useComputed(() =>
    weeklyQuota(page.minute.value, page.history.value, page.settings.value.weekRule),
  );
  return (
    <div class="qpp weekly-quota">
      <div class="title">{t(page.lang, 'pushes.quota.title')}</div>
      <WeeklyQuota quota={quota.value} now={page.minute.value} lang={page.lang} zone={zone} />
    </div>
  );
}

/** On the push form, beside the type (优惠券发送仅限每周1次): is this week taken, and from when a push is allowed. */
export const weeklyQuotaFeature: Feature = {
  id: 'weekly-quota',
  include: (page) => Boolean(page.form?.rows.type),
  init(page, signal) {
    const row = page.form?.rows.type;
    if (!row) return;
    mountInShadow(
      { name: 'weekly-quota', anchor: row.lastElementChild ?? row, placement: 'append', css, signal },
      <LiveQuota page={page} zone={localZone()} />,
    );
  },
};
