/**
 * The converter page: standalone for sellers preparing a file in advance (download only), or
 * embedded by the content script in QSM's compensation form (`?embedded=1`), where "Put into the
 * upload form" posts the template to the parent. SheetJS loads here, never in the content script.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { OrderConverter, type TemplateFile } from '../../components/OrderConverter';
import { PageLayout } from '../../components/PageLayout';
import {
  type Collected,
  collectedOrders,
  collectedSources,
  emptyCollected,
  sourcePageNames,
} from '../../lib/collect/list';
import { type Lang, languages, pickLanguage, t } from '../../lib/i18n';
import { readOrderList } from '../../lib/orders';
import { orderConverterChannel } from '../../lib/orders/channel';
import { askCollect } from '../../platform/collect-client';
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

// The orders collected on 配送管理 / クレーム管理, asked of the background: Firefox gives this page no
// storage.session when it is framed in QSM's page. Asked again whenever the seller comes back to it.
const collected = signal<Collected>(emptyCollected());
const refresh = () =>
  askCollect({ op: 'get' }).then(
    (answer) => {
      collected.value = answer.list;
    },
    () => undefined,
  );
void refresh();
window.addEventListener('focus', () => void refresh());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void refresh();
});

function Converter() {
  const list = collected.value;
  return (
    <OrderConverter
      lang={lang}
      read={readOrderList}
      onPut={embedded ? putIntoParent : undefined}
      collected={{
        orders: collectedOrders(list),
        pages: collectedSources(list).map((s) => sourcePageNames[s]),
      }}
    />
  );
}

const app = document.getElementById('app');
if (app) {
  const converter = <Converter />;
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
