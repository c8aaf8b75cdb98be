/**
 * The order upload (订单号上传 → Excel Upload → Upload File) wherever it is: a layer of the push page,
 * a layer QSM builds later, or its own window ("Qoo10 - QSM", opened with window.open) that holds no
 * push form at all. Found by its "Upload File" button, its "Excel Upload" words or the window's title,
 * never by ids.
 */
import { type ReadonlySignal, signal } from '@preact/signals-core';
import { onAbort } from '../util/abort';
import { all, buttonText, tagIs, textOf } from './dom';
import { buttonLabels, isLabel, normalizeLabel } from './labels';

export interface OrderUpload {
  /** The `<input type=file>` the order list goes into. */
  file: HTMLInputElement;
  /** "Upload File", when there is one. */
  submit?: HTMLElement;
}

const UPLOAD_WINDOW_TITLE = normalizeLabel('Qoo10 - QSM');
const EXCEL_UPLOAD = normalizeLabel('Excel Upload');

/** A file field that takes a spreadsheet or a text list, not only images (the banner's). */
function takesOrderList(input: HTMLInputElement): boolean {
  const types = input.accept.trim().toLowerCase().split(',').filter(Boolean);
  return types.length === 0 || types.some((type) => !type.trim().startsWith('image/'));
}

/** Within a few levels around the field, the words "Excel Upload" (a label, a header cell). */
function saysExcelUpload(input: HTMLInputElement): boolean {
  const doc = input.ownerDocument;
  if (input.id) {
    for (const label of Array.from(doc.getElementsByTagName('label'))) {
      if (label.htmlFor === input.id && normalizeLabel(textOf(label)) === EXCEL_UPLOAD) return true;
    }
  }
  let scope: Element | null = input.closest('tr') ?? input.parentElement;
  for (let depth = 0; scope && depth < 2; depth++, scope = scope.parentElement) {
    if (normalizeLabel(textOf(scope)).includes(EXCEL_UPLOAD)) return true;
  }
  return false;
}

/** The order upload in `doc` (or a layer of it), or null when it holds none. */
export function findOrderUpload(doc: Document): OrderUpload | null {
  try {
    const files = all<HTMLInputElement>(doc, 'input[type=file]').filter(takesOrderList);
    if (!files.length) return null;
    const submits = all<HTMLElement>(doc, 'input[type=button], input[type=submit], button, a').filter((el) =>
      isLabel(buttonText(el), buttonLabels.uploadFile),
    );
    // The field beside "Upload File": the nearest container holding both.
    for (const submit of submits) {
      for (let node = submit.parentElement; node; node = node.parentElement) {
        const file = files.find((input) => node?.contains(input));
        if (file) return { file, submit };
      }
    }
    const labelled = files.find(saysExcelUpload);
    if (labelled) return { file: labelled };
    const [only] = files;
    if (files.length === 1 && only && normalizeLabel(doc.title) === UPLOAD_WINDOW_TITLE)
      return { file: only };
    return null;
  } catch {
    return null;
  }
}

/**
 * The order upload of `doc` as it comes and goes (a layer opened later, a window's form rebuilt),
 * re-read when nodes are added or removed, until `abort`. Nodes inside `ignore` (ours) never re-read it.
 */
export function watchOrderUpload(
  doc: Document,
  abort: AbortSignal,
  ignore: (node: Node) => boolean = () => false,
): ReadonlySignal<OrderUpload | null> {
  const state = signal(findOrderUpload(doc));
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (abort.aborted || !Observer) return state;
  let queued = false;
  const reread = () => {
    queued = false;
    const next = findOrderUpload(doc);
    const current = state.peek();
    if (next?.file !== current?.file || next?.submit !== current?.submit) state.value = next;
  };
  const observer = new Observer((mutations) => {
    if (queued || mutations.every((m) => ignore(m.target))) return;
    queued = true;
    queueMicrotask(reread);
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true });
  onAbort(abort, () => observer.disconnect());
  return state;
}

/**
 * The order upload row's opener when its words are not ours: the row's one pressable that is not the
 * Excel template's download (a link to the file itself).
 */
export function uploadOpener(row: HTMLElement): HTMLElement | undefined {
  const pressables = all<HTMLElement>(
    row,
    'a, button, input[type=button], input[type=submit], input[type=image]',
  );
  const openers = pressables.filter(
    (el) => !el.hasAttribute('download') && !/\.xlsx?$|spreadsheetml/i.test(el.getAttribute('href') ?? ''),
  );
  return openers.length === 1 ? openers[0] : undefined;
}

/**
 * The upload dialog's submit when its words are not ours: the first pressable after the file field,
 * within the field's own container, that closes or cancels nothing.
 */
export function uploadSubmit(file: HTMLInputElement): HTMLElement | undefined {
  for (let scope = file.parentElement; scope && !tagIs(scope, 'body'); scope = scope.parentElement) {
    const after = all<HTMLElement>(scope, 'input[type=button], input[type=submit], button, a').filter(
      (el) =>
        (file.compareDocumentPosition(el) & 4) !== 0 &&
        !/close|cancel|閉じる|关闭|取消|닫기|취소/i.test(buttonText(el)),
    );
    if (after.length) return after[0];
  }
  return undefined;
}

/** The upload dialog's file input: the one next to "Upload File", else any non-image file input. */
export function orderFileInput(
  submit: HTMLElement | undefined,
  banner: HTMLInputElement | undefined,
  doc: Document,
): HTMLInputElement | undefined {
  for (let node = submit?.parentElement; node; node = node.parentElement) {
    const file = node.querySelector<HTMLInputElement>('input[type=file]');
    if (file && file !== banner) return file;
  }
  return Array.from(doc.querySelectorAll<HTMLInputElement>('input[type=file]')).find(
    (input) => input !== banner && !/^image\//.test(input.accept),
  );
}
