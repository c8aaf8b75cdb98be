import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PushesPopup, popupCss } from '../../components/pushes/PushesPopup';
import { pushesCss } from '../../components/pushes/styles';
import { baseCss } from '../../components/styles';
import { pickLanguage } from '../../lib/i18n';
import { QSM_COUPON_PUSH_URL } from '../../lib/pushes/links';
import { localZone } from '../../lib/time';
import { loadPushes, loadSettings, pushesSignal, settingsSignal } from '../../platform/pushes';

const lifetime = new AbortController();
const records = pushesSignal(lifetime.signal);
const settings = settingsSignal(lifetime.signal);
const now = signal(new Date());
setInterval(() => {
  now.value = new Date();
}, 1000);

const style = document.createElement('style');
// :host rules do nothing outside a shadow root; the rest styles the page itself.
style.textContent = baseCss + pushesCss + popupCss;
document.head.append(style);
const lang = pickLanguage(navigator.languages);
document.documentElement.lang = lang;
const zone = localZone();

async function openTab(url: string) {
  await browser.tabs.create({ url });
  window.close();
}

function App() {
  return (
    <PushesPopup
      records={records.value}
      settings={settings.value}
      now={now.value}
      lang={lang}
      zone={zone}
      onOpenQsm={() => void openTab(QSM_COUPON_PUSH_URL)}
      onOpenConverter={() => void openTab(browser.runtime.getURL('/converter.html'))}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

// Render once storage has answered, so a seller with pushes never sees the empty state flash by.
Promise.allSettled([loadPushes(), loadSettings()]).then(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
