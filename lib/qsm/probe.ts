/**
 * The loader's question, asked of every QSM page and frame: does this document (or a subtree just
 * added to it) hold anything the extension works on? A few cheap looks at header cells, selects and
 * file fields, never a full read: a "yes" loads the features, which then read the page properly.
 * It ships in the loader, so it stays small: the few words it looks for, already normalized
 * (probe-words.ts, computed from labels.ts when the extension is built), and the DOM.
 */
import { normalizeLabel } from './labels';
import { ordersPageOf } from './orders-page';
import { probeWords } from './probe-words';

/** `orders`: 配送管理 or クレーム管理, where the collect bar gathers order numbers (orders-page.ts). */
export type Work = 'form' | 'history' | 'upload' | 'orders';

/** Where QSM writes column and row labels: table headers, and DHTMLX grids' `div.hdrcell`. */
const HEADS = 'th, .hdrcell';
/** The title of QSM's separate upload windows. */
const UPLOAD_WINDOW_TITLE = 'qoo10-qsm';

function within(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  const self = root as Partial<Element>;
  if (typeof self.matches === 'function' && self.matches(selector)) found.push(root as Element);
  return found;
}

/** More options than any send-time select has (25 half-hour slots, a placeholder or two). */
const MAX_SLOT_OPTIONS = 64;

const CLOCK = /(\d{1,2}):(\d{2})/;

/**
 * The send-time select: options every half hour, 10:00 through 22:00, and no other time (a coupon's
 * validity select runs 00:00–23:30). A longer list (a category or shop select of thousands) is not
 * read option by option.
 */
function isTimeSlotSelect(select: HTMLSelectElement): boolean {
  if (select.options.length > MAX_SLOT_OPTIONS) return false;
  let first = false;
  let last = false;
  for (const option of Array.from(select.options)) {
    const clock = CLOCK.exec(option.value || option.text);
    if (!clock) continue;
    const minutes = Number(clock[1]) * 60 + Number(clock[2]);
    if (minutes < 600 || minutes > 1320 || minutes % 30 !== 0) return false;
    if (minutes === 600) first = true;
    else if (minutes === 1320) last = true;
  }
  return first && last;
}

/** A number that may be a coupon's, and a send time on the 10:00–22:00 half-hour grid. */
const NUMBER_CELL = /^\s*\d{5,10}\s*$/;
const SEND_TIME_CELL = /\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s+(1\d|2[0-2]):[03]0(?!\d)/;
/** Lists and rows looked at for a history worded in ways we do not know; a few of each, never all. */
const MAX_LISTS = 12;
const MAX_ROWS = 4;

/**
 * A list whose first rows hold a coupon-like number beside a send time: a history, whatever its
 * header words (the features then read it properly, by its columns, and may find it is not one).
 */
function listsPushes(root: ParentNode): boolean {
  // Lists are tables holding no other table: a layout table's row would carry the whole page's text.
  const tables = (within(root, 'table') as HTMLTableElement[]).filter(
    (table) => !table.querySelector('table'),
  );
  for (let t = 0; t < tables.length && t < MAX_LISTS; t++) {
    const rows = (tables[t] as HTMLTableElement).rows;
    for (let r = 0; r < rows.length && r <= MAX_ROWS; r++) {
      const row = rows[r] as HTMLTableRowElement;
      if (row.cells.length < 3) continue;
      // One look at the row's text first: most rows hold no send time, and their cells are not read.
      if (!SEND_TIME_CELL.test(row.textContent ?? '')) continue;
      for (const cell of Array.from(row.cells)) if (NUMBER_CELL.test(cell.textContent ?? '')) return true;
    }
  }
  return false;
}

/** The order upload's file field: in QSM's upload window, or with the upload's words close around it. */
function isOrderFileField(
  input: HTMLInputElement,
  upload: readonly string[],
  uploadWindow: boolean,
): boolean {
  if (uploadWindow) return true;
  let scope: Element | null = input.parentElement;
  for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
    const text = normalizeLabel(scope.textContent ?? '');
    if (upload.some((word) => text.includes(word))) return true;
  }
  return false;
}

/** What `root` holds that the extension works on, the first found: the form, the history, an upload. */
export function probeWork(root: ParentNode): Work | null {
  // The order pages are known by their address alone: one test, before any walk of the document.
  if ((root as Node).nodeType === 9 && ordersPageOf(root as Document)) return 'orders';
  const vocab = probeWords;
  // One walk of the document for every kind of element the probe looks at.
  const heads = new Set<string>();
  const selects: HTMLSelectElement[] = [];
  const files: HTMLInputElement[] = [];
  for (const element of within(root, `${HEADS}, select, input[type=file]`)) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'select') selects.push(element as HTMLSelectElement);
    else if (tag === 'input') files.push(element as HTMLInputElement);
    else heads.add(normalizeLabel(element.textContent ?? ''));
  }
  const has = (words: readonly string[]) => words.some((word) => heads.has(word));

  if (has(vocab.sendTime) || (has(vocab.type) && has(vocab.coupon))) return 'form';
  if (selects.some(isTimeSlotSelect)) return 'form';
  if (has(vocab.sendAt) && has(vocab.couponNo)) return 'history';
  if (listsPushes(root)) return 'history';

  const doc = (root as Node).ownerDocument ?? (root as Document);
  const uploadWindow = files.length > 0 && normalizeLabel(doc.title ?? '') === UPLOAD_WINDOW_TITLE;
  const upload = vocab.upload;
  if (files.some((input) => isOrderFileField(input, upload, uploadWindow))) return 'upload';
  return null;
}
