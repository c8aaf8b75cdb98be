// Installs Preact's signal tracking, so components re-render when a signal they read changes.
import '@preact/signals';
import { render } from 'preact';
import { optionsCss, SettingsForm } from '../../components/pushes/SettingsForm';
import { baseCss } from '../../components/styles';
import { templateManagerCss } from '../../components/templates/styles';
import { pickLanguage } from '../../lib/i18n';
import { loadSettings, saveSettings } from '../../platform/pushes';
import { templatesSignal } from '../../platform/templates';
import { OptionsTemplates } from './templates';

const style = document.createElement('style');
style.textContent = baseCss + optionsCss + templateManagerCss;
document.head.append(style);
const lang = pickLanguage(navigator.languages);
document.documentElement.lang = lang;
// The page lives as long as its tab: the signal follows storage until then.
const templates = templatesSignal(new AbortController().signal);

loadSettings().then((initial) => {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <>
      <SettingsForm initial={initial} lang={lang} onSave={saveSettings} />
      <OptionsTemplates templates={templates} lang={lang} />
    </>,
    root,
  );
});
