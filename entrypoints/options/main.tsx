import { render } from 'preact';
import { optionsCss, SettingsForm } from '../../components/pushes/SettingsForm';
import { baseCss } from '../../components/styles';
import { pickLanguage } from '../../lib/i18n';
import { loadSettings, saveSettings } from '../../platform/pushes';

const style = document.createElement('style');
style.textContent = baseCss + optionsCss;
document.head.append(style);
const lang = pickLanguage(navigator.languages);
document.documentElement.lang = lang;

loadSettings().then((initial) => {
  const root = document.getElementById('app');
  if (root) render(<SettingsForm initial={initial} lang={lang} onSave={saveSettings} />, root);
});
