/**
 * The page report (lib/report/schema.ts): what a seller sends us when the extension does not work on their
 * page. The structure of every frame: forms, rows and their controls, lists, buttons, tabs, layers,
 * QSM's interface words (row labels, headers, button and tab texts), and what the adapter found. No
 * value is ever read (no input's value, no data cell's text); anything that is not an interface word
 * is reduced to its shape.
 */

import {
  type FrameReport,
  type PageReport,
  type ReportControl,
  type ReportList,
  type ReportRow,
  shapeOf,
} from '../report/schema';
import { draftFields } from '../schema';
import { all, buttonText, cellsOf, controlLabel, isElement, isInput, tagIs, textOf } from './dom';
import { findPushForm, readDraft } from './form';
import { findHistoryDialog } from './history';
import {
  buttonLabels,
  historyLabels,
  isLabel,
  type LabelSet,
  optionLabels,
  rowLabels,
  statusLabels,
} from './labels';
import { learnedWords } from './learned';
import { checkboxIn, isCheckImage, type List, readLists } from './lists';
import { locateRows } from './rows';
import { findOrderUpload } from './upload';

/** Longest interface word kept as it is; a longer text is likely not a label. */
const WORD_MAX = 40;
const MAX_FRAMES = 8;
const MAX_OPTIONS = 30;
const MAX_CLASSES = 6;

const knownSets: LabelSet[] = [
  ...Object.values(rowLabels),
  ...Object.values(optionLabels),
  ...Object.values(buttonLabels),
  ...Object.values(historyLabels),
  ...Object.values(statusLabels),
];

/** Text in a place QSM writes its own words (a header, a button, a tab): kept, long digit runs masked. */
function interfaceWord(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (Array.from(clean).length > WORD_MAX) return shapeOf(clean);
  return clean.replace(/\d{3,}/g, (run) => '9'.repeat(run.length));
}

/** Text anywhere else: kept only when it is one of the adapter's known words. */
function knownOrShape(text: string): string {
  return knownSets.some((set) => isLabel(text, set)) ? interfaceWord(text) : shapeOf(text);
}

/** An id or name: QSM's, but a long number in it could be data. */
const idWord = (value: string | null) =>
  value ? value.slice(0, 80).replace(/\d{5,}/g, (run) => '9'.repeat(run.length)) : undefined;

function classesOf(el: Element): string[] | undefined {
  const list = Array.from(el.classList).slice(0, MAX_CLASSES);
  return list.length ? list : undefined;
}

/** Origin and path of a URL; never its query or fragment. */
function place(href: string, base?: string): string {
  try {
    const url = new URL(href, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return '';
  }
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An option as the report keeps it: a clock or a small count as it is (QSM's slots), else its shape. */
function optionWord(option: HTMLOptionElement): string {
  const text = option.text.replace(/\s+/g, ' ').trim();
  if (/^\d{1,2}:\d{2}$/.test(text) || /^\d{1,2}$/.test(text)) return text;
  return knownOrShape(text);
}

function control(el: Element): ReportControl {
  const tag = el.tagName.toLowerCase();
  const base = { tag, id: idWord(el.getAttribute('id')), classes: classesOf(el) };
  if (isCheckImage(el)) return compact({ ...base, image: true as const });
  if (tagIs(el, 'select')) {
    const options = Array.from(el.options);
    return compact({
      ...base,
      name: idWord(el.getAttribute('name')),
      options: options.slice(0, MAX_OPTIONS).map(optionWord),
      optionCount: options.length,
    });
  }
  if (isInput(el)) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    const isToggle = type === 'radio' || type === 'checkbox';
    const isButton = ['button', 'submit', 'image', 'reset'].includes(type);
    return compact({
      ...base,
      type,
      name: idWord(el.getAttribute('name')),
      label: isToggle ? interfaceWord(controlLabel(el)) : isButton ? interfaceWord(el.value) : undefined,
      accept: type === 'file' ? el.accept || undefined : undefined,
    });
  }
  // A link or button: a styled button's words are QSM's; any other link may be data (an item card).
  const isButtonLike = tagIs(el, 'button') || el.classList.contains('btn');
  return compact({
    ...base,
    label: isButtonLike ? interfaceWord(buttonText(el)) : knownOrShape(buttonText(el)),
  });
}

function list(found: List): ReportList {
  const boxes = found.rows.map((row) => row.element).find((row) => checkboxIn(row).present);
  return compact({
    kind: found.kind,
    id: idWord(found.root.getAttribute('id')),
    classes: classesOf(found.root),
    headers: found.headers.map(interfaceWord),
    rows: found.rows.length,
    checkboxes: boxes ? (boxes.querySelector('input[type=checkbox]') ? 'input' : 'image') : undefined,
  } satisfies ReportList);
}

const CONTROLS = 'input:not([type=hidden]), select, textarea, button, a.btn, img';

/** The rows of tables whose first cell is a header cell: the form's rows and their controls. */
function rowsOf(doc: Document): ReportRow[] {
  const located = locateRows(doc);
  const keyOf = new Map(Object.entries(located?.rows ?? {}).map(([key, row]) => [row as Element, key]));
  const out: ReportRow[] = [];
  for (const row of all<HTMLTableRowElement>(doc, 'tr')) {
    const cells = cellsOf(row);
    if (cells.length < 2 || !tagIs(cells[0], 'th')) continue;
    const nested = readLists(row).filter((l) => l.root !== row.closest('table'));
    const insideList = (el: Element) => nested.some((l) => l.root.contains(el));
    const controls = all(row, CONTROLS).filter(
      (el) => !insideList(el) && (!tagIs(el, 'img') || isCheckImage(el)),
    );
    out.push(
      compact({
        id: idWord(row.getAttribute('id')),
        label: interfaceWord(textOf(cells[0])),
        controls: controls.map(control),
        lists: nested.map(list),
        recognisedAs: keyOf.get(row),
      }),
    );
  }
  return out;
}

function isShown(el: HTMLElement): boolean {
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node.hidden || node.style.display === 'none') return false;
  }
  return true;
}

function adapterOf(doc: Document): FrameReport['adapter'] {
  const form = findPushForm(doc);
  const missing = new Set(form ? readDraft(form).missing : []);
  const fields = Object.fromEntries(
    draftFields.map((field) => [
      field,
      !form?.rows[field] ? 'not-found' : missing.has(field) ? 'unreadable' : 'read',
    ]),
  ) as FrameReport['adapter']['form']['fields'];
  const history = findHistoryDialog(doc);
  return {
    form: compact({ found: form !== null, lang: form?.lang, fields }),
    history: {
      found: history !== null,
      rows: history?.rows.length ?? 0,
      cancelListing: history?.cancelFilter?.complete ?? false,
    },
    orderUpload: findOrderUpload(doc) !== null,
  };
}

function frameReport(doc: Document): FrameReport {
  const rowElements = new Set(
    all(doc, 'tr').filter((row) => tagIs(cellsOf(row as HTMLTableRowElement)[0], 'th')),
  );
  const inRows = (el: Element) => [...rowElements].some((row) => row.contains(el));
  return {
    url: place(doc.URL),
    title: interfaceWord(doc.title),
    htmlLang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 12),
    readable: true,
    forms: all<HTMLFormElement>(doc, 'form').map((form) =>
      compact({
        id: idWord(form.getAttribute('id')),
        action: place(form.getAttribute('action') ?? '', doc.URL),
        method: (form.getAttribute('method') ?? 'get').toLowerCase(),
      }),
    ),
    rows: rowsOf(doc),
    lists: readLists(doc).map(list),
    buttons: all(doc, 'input[type=button], input[type=submit], input[type=image], button, a.btn')
      .filter((el) => !inRows(el))
      .map(control),
    fileFields: all(doc, 'input[type=file]')
      .filter((el) => !inRows(el))
      .map(control),
    tabs: all(doc, '[class*="tab"] > li, [role=tab]').map((el) => interfaceWord(textOf(el))),
    layers: all<HTMLElement>(
      doc,
      '.gsm_BasicLayer, .layer_pop, [id*="Layer"], [id*="layer"], [class*="layer"]',
    ).map((el) =>
      compact({ id: idWord(el.getAttribute('id')), classes: classesOf(el) ?? [], shown: isShown(el) }),
    ),
    adapter: adapterOf(doc),
  };
}

function unreadable(src: string, base: string): FrameReport {
  return {
    url: place(src, base),
    title: '',
    htmlLang: '',
    readable: false,
    forms: [],
    rows: [],
    lists: [],
    buttons: [],
    fileFields: [],
    tabs: [],
    layers: [],
    adapter: {
      form: {
        found: false,
        fields: Object.fromEntries(
          draftFields.map((f) => [f, 'not-found']),
        ) as FrameReport['adapter']['form']['fields'],
      },
      history: { found: false, rows: 0, cancelListing: false },
      orderUpload: false,
    },
  };
}

/**
 * The report of a document and every frame inside it that it can read (same origin); a frame it
 * cannot read is listed by its address only. Pure: reads the DOM, changes nothing.
 */
export function pageReport(doc: Document, extension?: string): PageReport {
  const frames: FrameReport[] = [];
  const visit = (current: Document) => {
    frames.push(frameReport(current));
    for (const frame of all<HTMLIFrameElement>(current, 'iframe, frame')) {
      if (frames.length >= MAX_FRAMES) return;
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null;
      }
      if (inner && isElement(inner.documentElement) && inner.URL !== 'about:blank') visit(inner);
      else frames.push(unreadable(frame.getAttribute('src') ?? '', current.URL));
    }
  };
  visit(doc);
  const learned = learnedWords();
  return {
    kind: 'qsm-push-pilot/page-report',
    version: 1,
    ...(extension ? { extension } : {}),
    frames,
    ...(learned ? { learnedWords: learned } : {}),
  };
}
