/**
 * The converter page: standalone for sellers preparing a file in advance (download only), or
 * embedded by the content script in QSM's compensation form (`?embedded=1`), where "Put into the
 * upload form" posts the template to the parent. SheetJS loads here, never in the content script.
 */
import { render } from 'preact';
import { OrderConverter, type TemplateFile } from '../../components/OrderConverter';
import { PageLayout } from '../../components/PageLayout';
import { type Lang, languages, pickLanguage, t } from '../../lib/i18n';
import { readOrderList } from '../../lib/orders';
import { orderConverterChannel } from '../../lib/orders/channel';
import { frameClient } from '../../platform/embedded-client';
import embeddedCss from './embedded.css?inline';
import pageCss from './page.css?inline';

const params = new URLSearchParams(location.search);
const embedded = params.get('embedded') === '1' && window.parent !== window;
const asked = params.get('lang');
const lang: Lang = (languages as readonly string[]).includes(asked ?? '')
  ? (asked as Lang)
  : pickLanguage(navigator.languages);

document.documentElement.lang = lang;
document.title = t(lang, embedded ? 'orders.frame.title' : 'orders.standalone.title');
const style = document.createElement('style');
// Standalone, it shares the options page's layout; embedded, the frame is transparent and edge to edge.
style.textContent = embedded ? embeddedCss : pageCss;
document.head.append(style);

// Embedded, "Put into the upload form" hands the template to the content script (platform/embedded-client).
const client = embedded ? frameClient(orderConverterChannel) : null;
const putIntoParent = (file: TemplateFile) => client?.put(file.name, file.bytes) ?? Promise.resolve(false);

const app = document.getElementById('app');
if (app) {
  const converter = (
    <OrderConverter lang={lang} read={readOrderList} onPut={embedded ? putIntoParent : undefined} />
  );
  render(
    embedded ? (
      <main class="qpp" data-qpp="order-converter-page">
        {converter}
      </main>
    ) : (
      <PageLayout name="order-converter-page">
        <section>
          <h1>{t(lang, 'orders.standalone.title')}</h1>
          {converter}
        </section>
      </PageLayout>
    ),
    app,
  );
}
