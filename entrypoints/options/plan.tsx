import type { ReadonlySignal } from '@preact/signals';
import { PlanEditor } from '../../components/plan/PlanEditor';
import type { Lang } from '../../lib/i18n';
import type { PlanStore } from '../../lib/plan';
import type { StoredSettings } from '../../lib/pushes/settings';
import type { PushRecord } from '../../lib/schema';
import type { PushTemplate } from '../../lib/templates';
import { localZone } from '../../lib/time/jst';
import { addPlanSlot, pausePlanSlot, removePlanSlot, setPlanRemindAt } from '../../platform/plan';

/** The options page's plan section, following storage (a push applied in QSM's tab shows here). */
export function OptionsPlan({
  plan,
  pushes,
  settings,
  templates,
  lang,
}: {
  plan: ReadonlySignal<PlanStore>;
  pushes: ReadonlySignal<PushRecord[]>;
  settings: ReadonlySignal<StoredSettings>;
  templates: ReadonlySignal<PushTemplate[]>;
  lang: Lang;
}) {
  return (
    <PlanEditor
      plan={plan.value}
      pushes={pushes.value}
      rule={settings.value.weekRule}
      templates={templates.value}
      lang={lang}
      zone={localZone()}
      now={new Date()}
      onAdd={(input) => addPlanSlot(input)}
      onPause={pausePlanSlot}
      onRemove={removePlanSlot}
      onRemindAt={setPlanRemindAt}
    />
  );
}
