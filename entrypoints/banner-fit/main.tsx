/**
 * The banner fitter frame, embedded by the content script in QSM's banner row (`?lang=`): it asks
 * for the picked picture, fits it, and hands the file back through the frame channel the order
 * converter uses. Canvas work lives here, never in the content script.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { BannerFitter, type PickedImage } from '../../components/banner/BannerFitter';
import { bannerFitChannel, bannerImageMessageSchema } from '../../lib/banner/channel';
import { type Lang, languages, pickLanguage, t } from '../../lib/i18n';
import { frameClient } from '../../platform/embedded-client';
import pageCss from './page.css?inline';

const asked = new URLSearchParams(location.search).get('lang');
const lang: Lang = (languages as readonly string[]).includes(asked ?? '')
  ? (asked as Lang)
  : pickLanguage(navigator.languages);
document.documentElement.lang = lang;
document.title = t(lang, 'bannerFit.frame.title');
const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);

const client = frameClient(bannerFitChannel);
const picked = signal<PickedImage | null>(null);
client.onMessage((data) => {
  const message = bannerImageMessageSchema().safeParse(data);
  if (message.success) picked.value = { name: message.data.name, bytes: message.data.bytes };
});

function App() {
  const image = picked.value;
  if (!image) return <p class="qpp muted">{t(lang, 'bannerFit.loading')}</p>;
  return (
    <BannerFitter
      lang={lang}
      image={image}
      onPut={(name, bytes) => client.put(name, bytes)}
      onClose={() => client.post({ type: 'qpp:banner-fit:close' })}
    />
  );
}

const app = document.getElementById('app');
if (app) {
  render(<App />, app);
  client.post({ type: 'qpp:banner-fit:ready' });
}
