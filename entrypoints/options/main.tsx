// Installs Preact's signal tracking, so components re-render when a signal they read changes.
import '@preact/signals';
import { render } from 'preact';
import { NewerDataNotice } from '../../components/NewerDataNotice';
import { PageLayout } from '../../components/PageLayout';
import { CalendarExport } from '../../components/pushes/CalendarExport';
import { SettingsForm } from '../../components/pushes/SettingsForm';
import { pickLanguage, t } from '../../lib/i18n';
import { plannedEvents } from '../../lib/plan/calendar';
import { localZone } from '../../lib/time/jst';
import { loadPlan, planSignal } from '../../platform/plan';
import {
  loadSettings,
  newerVersionAreas,
  pushesSignal,
  saveSettings,
  settingsSignal,
} from '../../platform/pushes';
import { templatesSignal } from '../../platform/templates';
import pageCss from './page.css?inline';
import { OptionsPlan } from './plan';
import { OptionsTemplates } from './templates';

const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);
const lang = pickLanguage(navigator.languages);
document.documentElement.lang = lang;
// The page lives as long as its tab: the signals follow storage until then.
const lifetime = new AbortController().signal;
const templates = templatesSignal(lifetime);
const pushes = pushesSignal(lifetime);
const settings = settingsSignal(lifetime);
const plan = planSignal(lifetime);

function Calendar() {
  return (
    <section class="qpp options" data-qpp="options-calendar">
      <h2>{t(lang, 'calendar.options.title')}</h2>
      <p class="muted">{t(lang, 'calendar.options.hint')}</p>
      <CalendarExport
        records={pushes.value}
        reminderLeadMinutes={settings.value.reminderLeadMinutes}
        lang={lang}
        zone={localZone()}
        planned={(at) =>
          plannedEvents(plan.value, pushes.value, {
            now: at,
            lang,
            zone: localZone(),
            rule: settings.value.weekRule,
            templateNames: new Map(templates.value.map((tpl) => [tpl.id, tpl.name])),
          })
        }
      />
    </section>
  );
}

Promise.all([loadSettings(), newerVersionAreas().catch(() => []), loadPlan()]).then(([initial, newer]) => {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <PageLayout name="options-page">
      <NewerDataNotice areas={newer} lang={lang} />
      <SettingsForm initial={initial} lang={lang} onSave={saveSettings} />
      <OptionsPlan plan={plan} pushes={pushes} settings={settings} templates={templates} lang={lang} />
      <Calendar />
      <OptionsTemplates templates={templates} lang={lang} />
    </PageLayout>,
    root,
  );
});
