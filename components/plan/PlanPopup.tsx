import { type Lang, t } from '../../lib/i18n';
import type { PlanStore } from '../../lib/plan';
import { planViews } from '../../lib/plan/state';
import { sendAndWindow } from '../../lib/plan/words';
import type { PushRecord, WeekRule } from '../../lib/schema';
import { PlanSlots } from './PlanSlots';

export interface PlanPopupProps {
  plan: PlanStore;
  pushes: readonly PushRecord[];
  rule: WeekRule;
  templateNames: ReadonlyMap<string, string>;
  now: Date;
  lang: Lang;
  zone: string;
  onEdit: () => void;
}

/** The popup's plan: the next planned push and its apply days, then each slot's state. */
export function PlanPopup({ plan, pushes, rule, templateNames, now, lang, zone, onEdit }: PlanPopupProps) {
  const views = planViews(plan.slots, now, pushes, rule);
  const next = views.find((view) => view.next && view.state !== 'paused')?.next ?? null;
  return (
    <section data-qpp="plan-popup">
      <h2>{t(lang, 'plan.popup.title')}</h2>
      {next && (
        <p data-qpp="plan-next" data-next={next}>
          {t(lang, 'plan.next', { when: sendAndWindow(lang, next, zone) })}
        </p>
      )}
      {views.length > 0 && <PlanSlots views={views} lang={lang} zone={zone} templateNames={templateNames} />}
      <button type="button" class="link" data-qpp="plan-edit" onClick={onEdit}>
        {views.length ? t(lang, 'plan.popup.edit') : t(lang, 'plan.empty')}
      </button>
    </section>
  );
}
