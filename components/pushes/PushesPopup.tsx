import type { ComponentChildren } from 'preact';
import { type Lang, t } from '../../lib/i18n';
import { pendingPushes } from '../../lib/pushes/countdown';
import type { StoredSettings } from '../../lib/pushes/settings';
import type { StoredPush } from '../../lib/pushes/store';
import { weeklyQuota } from '../../lib/rules/week';
import { CalendarExport, type CalendarExportProps } from './CalendarExport';
import { PushList } from './PushList';
import { WeeklyQuota } from './WeeklyQuota';

export interface PushesPopupProps {
  records: readonly StoredPush[];
  settings: StoredSettings;
  now: Date;
  lang: Lang;
  zone: string;
  onOpenQsm: () => void;
  onOpenSettings: () => void;
  /** Opens the order converter page, for sellers who prepare the upload file before opening QSM. */
  onOpenConverter: () => void;
  /** The plan's events for the calendar export (CalendarExport `planned`). */
  planned?: CalendarExportProps['planned'];
  /** The plan's section, shown after the pending pushes. */
  plan?: ComponentChildren;
}

/** The popup: the weekly limit, the pending pushes with their countdowns, and the way to QSM. */
export function PushesPopup({
  records,
  settings,
  now,
  lang,
  zone,
  onOpenQsm,
  onOpenSettings,
  onOpenConverter,
  planned,
  plan,
}: PushesPopupProps) {
  const pending = pendingPushes(records, now);
  const quota = weeklyQuota(now, records, settings.weekRule);
  return (
    <main class="qpp popup" data-qpp="popup" lang={lang}>
      <header class="popup-head">
        <h1>{t(lang, 'app.name')}</h1>
        <button type="button" class="link" data-qpp="open-settings" onClick={onOpenSettings}>
          {t(lang, 'pushes.popup.settings')}
        </button>
      </header>
      <section data-qpp="weekly-quota">
        <h2>{t(lang, 'pushes.quota.title')}</h2>
        <WeeklyQuota quota={quota} now={now} lang={lang} zone={zone} />
      </section>
      <section data-qpp="pending-pushes" data-count={pending.length}>
        <h2>{t(lang, 'pushes.popup.title')}</h2>
        {pending.length === 0 ? (
          <div data-qpp="empty">
            <p>{t(lang, 'pushes.popup.empty')}</p>
            <p class="muted">{t(lang, 'pushes.popup.emptyHow')}</p>
          </div>
        ) : (
          <PushList
            records={pending}
            now={now}
            lang={lang}
            zone={zone}
            leadMs={settings.reminderLeadMinutes * 60_000}
          />
        )}
      </section>
      {plan}
      <footer>
        <button type="button" class="primary" data-qpp="open-qsm" onClick={onOpenQsm}>
          {t(lang, 'pushes.popup.open')}
        </button>
        <button type="button" data-qpp="open-converter" onClick={onOpenConverter}>
          {t(lang, 'pushes.popup.converter')}
        </button>
        <CalendarExport
          records={records}
          reminderLeadMinutes={settings.reminderLeadMinutes}
          lang={lang}
          zone={zone}
          {...(planned ? { planned } : {})}
        />
      </footer>
    </main>
  );
}
