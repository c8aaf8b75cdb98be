/**
 * The converter page: standalone for sellers preparing a file in advance (download only), or
 * embedded by the content script in QSM's compensation form (`?embedded=1`), where "Put into the
 * upload form" posts the template to the parent. SheetJS loads here, never in the content script.
 */
import { render } from 'preact';
import { OrderConverter, orderConverterCss, type TemplateFile } from '../../components/OrderConverter';
import { baseCss } from '../../components/styles';
import { type Lang, languages, pickLanguage, t } from '../../lib/i18n';
import { readOrderList } from '../../lib/orders';
import { orderConverterChannel } from '../../lib/orders/frame';
import { frameClient } from '../../platform/frame-client';

const params = new URLSearchParams(location.search);
const embedded = params.get('embedded') === '1' && window.parent !== window;
const asked = params.get('lang');
const lang: Lang = (languages as readonly string[]).includes(asked ?? '')
  ? (asked as Lang)
  : pickLanguage(navigator.languages);

document.documentElement.lang = lang;
document.title = t(lang, embedded ? 'orders.frame.title' : 'orders.standalone.title');
const style = document.createElement('style');
style.textContent = `${baseCss}${orderConverterCss}
body { margin: ${embedded ? '0' : '24px'}; background: ${embedded ? 'transparent' : '#fff'}; }
h1 { font: 600 18px/1.4 system-ui, sans-serif; margin: 0 0 12px; }`;
document.head.append(style);

// Embedded, "Put into the upload form" hands the template to the content script (platform/frame-client).
const client = embedded ? frameClient(orderConverterChannel) : null;
const putIntoParent = (file: TemplateFile) => client?.put(file.name, file.bytes) ?? Promise.resolve(false);

const app = document.getElementById('app');
if (app) {
  render(
    <main class="qpp" data-qpp="order-converter-page">
      {!embedded && <h1>{t(lang, 'orders.standalone.title')}</h1>}
      <OrderConverter lang={lang} read={readOrderList} onPut={embedded ? putIntoParent : undefined} />
    </main>,
    app,
  );
}
