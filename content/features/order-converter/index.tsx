/**
 * Beside the order upload of the compensation form: the converter page in a frame (SheetJS lives
 * there, not in this content script). When the seller puts the template into the form, the frame
 * posts its bytes here and this feature hands them to QSM's own upload input, firing the events
 * the page listens for. Messages are taken only from our frame, at the extension's origin (frame.tsx).
 */

import { untracked } from '@preact/signals';
import { t } from '../../../lib/i18n';
import { orderConverterChannel } from '../../../lib/orders/channel';
import { TEMPLATE_MIME } from '../../../lib/orders/template';
import { findOrderUpload, findPushForm, type OrderUpload, watchOrderUpload } from '../../../lib/qsm';
import type { PushForm } from '../../../lib/qsm/types';
import { effectUntil, onAbort } from '../../../lib/util/abort';
import { embedFrame } from '../../embedded-page';
import type { Feature, QsmPage } from '../../feature';
import { isOwnNode } from '../../mount';
import { putFile } from '../../put-file';
import frameCss from './frame.css?inline';

/** The tallest the frame grows to; beyond it the frame scrolls. */
const MAX_FRAME_HEIGHT = 1200;

/** Shown unless it or an ancestor is display:none or hidden (no layout needed, so it holds in tests too). */
function isShown(element: HTMLElement): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || view?.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

const nextTurn = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts a file into QSM's order upload input as if the seller had picked it (put-file.ts): opens the
 * upload dialog first when it is closed.
 * `refind` asks the adapter again, for a dialog that QSM builds only when it is opened.
 */
export async function putTemplateFile(
  controls: PushForm['controls'],
  file: File,
  refind: () => PushForm['controls'] | undefined = () => undefined,
): Promise<boolean> {
  let current = controls;
  const dialogShown =
    current.orderFile !== undefined && isShown(current.orderUploadSubmit ?? current.orderFile);
  if (!dialogShown && current.orderUploadOpen) {
    current.orderUploadOpen.click();
    // Let the page's own handler open (or build) the dialog before the file arrives.
    await nextTurn();
    for (let wait = 0; wait < 20 && !current.orderFile?.isConnected; wait++) {
      current = refind() ?? current;
      if (!current.orderFile?.isConnected) await nextTurn(50);
    }
  }
  const input = current.orderFile;
  if (!input || !putFile(input, file)) return false;
  // The seller is told to click Upload File next: bring QSM's dialog into view and focus it there.
  const submit = current.orderUploadSubmit;
  if (submit?.isConnected) {
    submit.scrollIntoView({ block: 'center' });
    submit.focus({ preventScroll: true });
  }
  return true;
}

/** Where the converter goes: in the cell of "+ 订单号上传", else at the end of the recipients row. */
function anchorOf(form: PushForm): HTMLElement | null {
  const open = form.controls.orderUploadOpen;
  if (open?.parentElement) return open.parentElement;
  const row = form.rows.recipients;
  if (!row) return null;
  return (row instanceof HTMLTableRowElement ? row.cells[row.cells.length - 1] : row) ?? row;
}

/** The converter frame at `anchor`, putting the template into the upload `controls()` name. */
function mountConverter(
  page: QsmPage,
  anchor: Element,
  controls: () => PushForm['controls'],
  signal: AbortSignal,
): void {
  embedFrame({
    protocol: orderConverterChannel,
    path: `/converter.html?embedded=1&lang=${page.lang}`,
    title: t(page.lang, 'orders.frame.title'),
    mount: { name: 'order-converter', anchor, placement: 'append', signal },
    css: frameCss,
    maxHeight: MAX_FRAME_HEIGHT,
    onFile: (name, bytes) =>
      putTemplateFile(controls(), new File([bytes], name, { type: TEMPLATE_MIME }), () =>
        page.form ? findPushForm(page.document)?.controls : uploadControls(findOrderUpload(page.document)),
      ),
  });
}

function uploadControls(upload: OrderUpload | null): PushForm['controls'] | undefined {
  if (!upload) return undefined;
  return { orderFile: upload.file, ...(upload.submit ? { orderUploadSubmit: upload.submit } : {}) };
}

/**
 * Offered next to whichever file field is the order upload, in whatever document holds it: beside
 * "+ 订单号上传" when the push form's document holds the upload layer, else beside the upload's own
 * file field whenever one is in this document (QSM's upload window, a layer built later).
 */
export const orderConverter: Feature = {
  id: 'order-converter',
  include: (page) => {
    const form = page.form;
    if (!form) return findOrderUpload(page.document) !== null;
    return (
      page.draft.value.type === 'compensation' ||
      Boolean(form.controls.orderUploadOpen || form.controls.orderFile)
    );
  },
  init(page, signal) {
    const form = page.form;
    const anchor = form?.controls.orderFile && anchorOf(form);
    if (form && anchor) {
      // QSM shows the upload only for the compensation type: the frame (a page of its own, with
      // SheetJS) is built when the seller picks that type, or at once when the type row went unread.
      let mounted = false;
      effectUntil(signal, () => {
        if (mounted || (page.draft.value.type !== 'compensation' && !form.missing.includes('type'))) return;
        mounted = true;
        untracked(() => mountConverter(page, anchor, () => form.controls, signal));
      });
      return;
    }
    // The upload lives elsewhere (its own window) or comes later: follow its file field.
    const upload = watchOrderUpload(page.document, signal, isOwnNode);
    let current: AbortController | null = null;
    effectUntil(signal, () => {
      const found = upload.value;
      current?.abort();
      current = null;
      if (!found || signal.aborted) return;
      const controller = new AbortController();
      onAbort(signal, () => controller.abort(), controller.signal);
      current = controller;
      const at = found.file.closest('td') ?? found.file.parentElement;
      if (at) mountConverter(page, at, () => uploadControls(found) ?? {}, controller.signal);
    });
  },
};
