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
import { type FrameMessage, hostMessageSchema, QSM_ORIGIN } from '../../lib/orders/frame';

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

function post(message: FrameMessage, transfer: Transferable[] = []) {
  window.parent.postMessage(message, QSM_ORIGIN, transfer);
}

const pending = new Map<number, (ok: boolean) => void>();
let lastId = 0;

/** Hands the template to the content script and waits (at most 10 s) for it to say it got there. */
function putIntoParent(file: TemplateFile): Promise<boolean> {
  const id = ++lastId;
  const bytes = file.bytes.slice().buffer;
  return new Promise((resolve) => {
    const timer = setTimeout(() => settle(false), 10_000);
    function settle(ok: boolean) {
      clearTimeout(timer);
      pending.delete(id);
      resolve(ok);
    }
    pending.set(id, settle);
    post({ type: 'qpp:order-converter:file', id, name: file.name, bytes }, [bytes]);
  });
}

if (embedded) {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== QSM_ORIGIN) return;
    const message = hostMessageSchema.safeParse(event.data);
    if (message.success) pending.get(message.data.id)?.(message.data.ok);
  });
  // The frame has no scrollbar of its own: the content script sizes it to what is shown.
  new ResizeObserver(() => {
    post({ type: 'qpp:order-converter:height', height: Math.ceil(document.documentElement.scrollHeight) });
  }).observe(document.body);
}

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
