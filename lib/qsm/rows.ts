/**
 * Where the push form's rows are: each row is recognised by what it holds (a select of 10:00…22:00
 * every 30 minutes, a pair of radios saying ad / compensation, a 4..16 select beside two radios, a
 * checkbox with a file field…) as well as by its label, matched exactly or loosely. A label is one
 * signal among several, never the only one: QSM's real wording in ja, en and ko is unknown. The form
 * is taken only on evidence that adds up (`addsUp`), so another QSM form is left alone.
 * Over 300 lines: the passes (label, structure, loose label, evidence) read one row map in order.
 */
import { lazy } from '../util/lazy';
import { all, cellsOf, controlLabel, parseClock, parseCount, textOf } from './dom';
import {
  buttonLabels,
  fuzzyLabel,
  isLabel,
  type LabelSet,
  matchLabel,
  normalizeLabel,
  optionLabels,
  qsmLangs,
  rowLabels,
} from './labels';
import { declaredLang } from './lang';
import { isCheckImage } from './lists';
import type { QsmLang } from './types';

/** The rows the adapter reads; `audience` is 发送至 with the fan count, `recipients` the buyers table. */
export const rowKeys = [
  'type',
  'coupon',
  'goods',
  'audience',
  'query',
  'orderUpload',
  'recipients',
  'sendTime',
  'banner',
  'link',
] as const;
export type RowKey = (typeof rowKeys)[number];

/** How a row was recognised, strongest first. */
export type Recognised = 'label' | 'structure' | 'fuzzy';

export interface Located {
  lang: QsmLang;
  table: HTMLElement;
  rows: Partial<Record<RowKey, HTMLTableRowElement>>;
  how: Partial<Record<RowKey, Recognised>>;
}

/** Longest label worth comparing; a longer first cell (a buyer's row, a note) is no row label. */
const MAX_LABEL = 40;
/** Distinct rows the form needs, at least one of them recognised by what it holds. */
const MIN_ROWS = 3;

/**
 * How much a row tells that this is the push form when it holds what its key says: the send-time
 * select of 10:00–22:00, the ad/compensation pair and the 4..16 goods count are the push form's
 * alone; a coupon select, the fan period and the order upload are nearly so; a banner checkbox, a
 * link choice or a buyers list are found on many QSM forms.
 */
const EVIDENCE: Record<RowKey, number> = {
  sendTime: 3,
  type: 3,
  goods: 3,
  coupon: 2,
  query: 2,
  orderUpload: 2,
  recipients: 1,
  audience: 1,
  banner: 1,
  link: 1,
};
/** Evidence the push form needs, one of its own rows among it (a shop coupon form has dates and a banner too). */
const MIN_EVIDENCE = 6;
const PUSH_WORDS = /プッシュ|推送|推播|push|푸시/i;

type LabelKey = keyof typeof rowLabels;

/** Every row label, normalized, to the rows and languages that use it; built on the first lookup. */
const labelIndex = lazy(() => {
  const index = new Map<string, { key: LabelKey; lang: QsmLang }[]>();
  for (const key of Object.keys(rowLabels) as LabelKey[]) {
    const set: LabelSet = rowLabels[key];
    for (const lang of qsmLangs) {
      for (const label of set[lang]) {
        const normal = normalizeLabel(label);
        index.set(normal, [...(index.get(normal) ?? []), { key, lang }]);
      }
    }
  }
  return index;
});

const radiosIn = (row: Element) => Array.from(row.querySelectorAll<HTMLInputElement>('input[type=radio]'));
const selectsIn = (row: Element) => Array.from(row.querySelectorAll('select'));
const optionsOf = (select: HTMLSelectElement) =>
  Array.from(select.options).filter((o) => o.text.trim() || o.value);

/**
 * A select offering send times: at least a dozen clock options, all on :00 or :30 from 10:00 to
 * 22:00 (a coupon's validity runs 00:00–23:30, a sale's hours 00–23: neither is the send time).
 */
export function isTimeSelect(select: HTMLSelectElement): boolean {
  const clocks = optionsOf(select)
    .map((o) => parseClock(o.value) ?? parseClock(o.text))
    .filter((c): c is string => c !== null);
  return (
    clocks.length >= 12 &&
    clocks.every((c) => (c.endsWith(':00') || c.endsWith(':30')) && c >= '10:00' && c <= '22:00')
  );
}

/** A select offering the auto goods count: numbers, 4 and 16 among them, nothing past 16. */
function isTopNSelect(select: HTMLSelectElement): boolean {
  const counts = optionsOf(select).map((o) => parseCount(o.value) ?? parseCount(o.text));
  return counts.includes(4) && counts.includes(16) && counts.every((n) => n !== null && n >= 1 && n <= 16);
}

/** A select whose options carry coupon numbers (a long number value, or `name (1207384)`). */
function isCouponSelect(select: HTMLSelectElement): boolean {
  if (isTimeSelect(select) || isTopNSelect(select)) return false;
  return optionsOf(select).some((o) => /^\d{5,}$/.test(o.value.trim()) || /\(\d{5,}\)\s*$/.test(o.text));
}

const saysAny = (radios: HTMLInputElement[], set: LabelSet) =>
  radios.some((radio) => {
    const label = controlLabel(radio);
    return isLabel(label, set) || fuzzyLabel(label, set);
  });

const hasFile = (row: Element) => row.querySelector('input[type=file]') !== null;
const hasCheckbox = (row: Element) =>
  row.querySelector('input[type=checkbox]') !== null ||
  Array.from(row.querySelectorAll('img')).some(isCheckImage);

/** What a row holds, read as the field it must be; null when it says nothing by itself. */
function byStructure(row: HTMLTableRowElement): RowKey | null {
  const radios = radiosIn(row);
  const selects = selectsIn(row);
  if (selects.some(isTimeSelect)) return 'sendTime';
  if (radios.length >= 2 && selects.some(isTopNSelect)) return 'goods';
  if (radios.length >= 2 && saysAny(radios, optionLabels.typeAd) && saysAny(radios, optionLabels.typeComp))
    return 'type';
  if (hasFile(row) && row.querySelector('input[type=checkbox]')) return 'banner';
  if (
    radios.length >= 2 &&
    saysAny(radios, optionLabels.periodAll) &&
    saysAny(radios, optionLabels.periodPick)
  )
    return 'query';
  if (row.querySelector('table, .gridbox') && hasCheckbox(row)) return 'recipients';
  const withCouponWords = Array.from(row.querySelectorAll('span, label, div')).some((el) =>
    isLabel(textOf(el), optionLabels.couponNo),
  );
  if (selects.some(isCouponSelect) || (selects.length > 0 && withCouponWords)) return 'coupon';
  const links = all(row, 'a, button, input[type=button]');
  const opensUpload = links.some((el) => {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el);
    return isLabel(text, buttonLabels.orderUploadOpen) || fuzzyLabel(text, buttonLabels.orderUploadOpen);
  });
  const downloadsTemplate =
    row.querySelector('a[download], a[href*="spreadsheetml"], a[href$=".xlsx"]') !== null;
  if ((opensUpload || downloadsTemplate) && !hasFile(row)) return 'orderUpload';
  if (radios.length >= 2 && !hasFile(row)) {
    const linkSets = [optionLabels.linkMinishop, optionLabels.linkItem, optionLabels.linkSpecial];
    if (linkSets.filter((set) => saysAny(radios, set)).length >= 2) return 'link';
  }
  return null;
}

/** The fan count's row: beside 查询条件, one text field or a number, and no choice to make. */
function isFanCountRow(row: Element | null): row is HTMLTableRowElement {
  if (row?.tagName !== 'TR') return false;
  if (row.querySelector('select, input[type=radio], input[type=checkbox], input[type=file], table'))
    return false;
  const inputs = row.querySelectorAll('input:not([type=hidden])');
  return inputs.length === 1 || (inputs.length === 0 && /\d/.test(textOf(row)));
}

/** The label keys of a row's first cell, with the languages they are in; exact, else loose. */
function byLabel(text: string): { keys: LabelKey[]; langs: QsmLang[]; exact: boolean } {
  const hits = labelIndex().get(normalizeLabel(text)) ?? [];
  if (hits.length) {
    return { keys: [...new Set(hits.map((h) => h.key))], langs: hits.map((h) => h.lang), exact: true };
  }
  const loose = (Object.keys(rowLabels) as LabelKey[]).filter((key) => fuzzyLabel(text, rowLabels[key]));
  return { keys: loose.length === 1 ? loose : [], langs: [], exact: false };
}

/** 发送至 names two rows: the buyers table (补偿) and the fan count (广告). */
function sendToKey(row: HTMLTableRowElement): RowKey {
  return row.querySelector('table, .gridbox, input[type=checkbox]') ? 'recipients' : 'audience';
}

interface Candidate {
  row: HTMLTableRowElement;
  table: HTMLTableElement | null;
  labelKey?: RowKey;
  looseKey?: RowKey;
  /** What the row holds (`byStructure`), asked only of rows a label did not already place. */
  structKey: () => RowKey | null;
  langs: QsmLang[];
}

function candidate(row: HTMLTableRowElement): Candidate | null {
  const cells = cellsOf(row);
  const head = cells[0];
  if (!head || cells.length < 2) return null;
  const text = textOf(head);
  const label = text.length <= MAX_LABEL ? byLabel(text) : { keys: [], langs: [], exact: false };
  const [key] = label.keys;
  let struct: { key: RowKey | null } | undefined;
  const resolve = (k: LabelKey | undefined): RowKey | undefined =>
    k === undefined ? undefined : k === 'sendTo' ? sendToKey(row) : k;
  return {
    row,
    table: row.closest('table'),
    ...(label.exact ? { labelKey: resolve(key) } : { looseKey: resolve(key) }),
    structKey: () => {
      struct ??= { key: byStructure(row) };
      return struct.key;
    },
    langs: label.langs,
  };
}

/** The language of a form whose row labels may be unknown: its labels, its options' words, `<html lang>`. */
function formLang(found: Candidate[], table: HTMLElement): QsmLang {
  const votes = new Map<QsmLang, number>();
  const vote = (lang: QsmLang | null) => {
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  };
  for (const c of found) for (const lang of c.langs) vote(lang);
  if (!votes.size) {
    for (const radio of radiosIn(table)) {
      const label = controlLabel(radio);
      for (const set of Object.values(optionLabels)) vote(matchLabel(label, set));
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (!second || top[1] > second[1])) return top[0];
  return declaredLang(table.ownerDocument) ?? top?.[0] ?? 'zh';
}

/** The push form's rows in `root`, or null when neither its labels nor its structure are there. */
export function locateRows(root: ParentNode): Located | null {
  const candidates = all<HTMLTableRowElement>(root, 'tr')
    .map(candidate)
    .filter((c): c is Candidate => c !== null && (c.labelKey ?? c.looseKey ?? c.structKey()) != null);
  // The form is the table holding the most recognised rows; rows of other tables are someone else's.
  const byTable = new Map<HTMLTableElement | null, Candidate[]>();
  for (const c of candidates) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  let best: { table: HTMLTableElement; located: Located; score: number } | null = null;
  for (const [table, found] of byTable) {
    if (!table) continue;
    const located = assign(found, table);
    const keys = Object.keys(located.rows).length;
    const structured = Object.values(located.how).includes('structure') || confirmed(located);
    if (keys < MIN_ROWS || !structured || !addsUp(located)) continue;
    if (!best || keys > best.score) best = { table, located, score: keys };
  }
  return best?.located ?? null;
}

/**
 * Whether the rows found add up to the push form: each row's weight when it holds what its key says
 * (a label alone counts 1, a loose one nothing), the page's title or headings naming a push 2 more;
 * enough in all, and one row only the push form has.
 */
function addsUp(located: Located): boolean {
  let total = 0;
  let own = false;
  for (const [key, row] of Object.entries(located.rows) as [RowKey, HTMLTableRowElement][]) {
    const holds = located.how[key] === 'structure' || byStructure(row) === key;
    const weight = holds ? EVIDENCE[key] : located.how[key] === 'label' ? 1 : 0;
    total += weight;
    if (holds && EVIDENCE[key] === 3) own = true;
  }
  if (namesPush(located.table.ownerDocument)) total += 2;
  return own && total >= MIN_EVIDENCE;
}

/** The page's title or a heading names a push (プッシュ, 推送, push, 푸시). */
function namesPush(doc: Document): boolean {
  if (PUSH_WORDS.test(doc.title ?? '')) return true;
  return Array.from(doc.querySelectorAll('h1, h2, h3, .title, .tit')).some((el) =>
    PUSH_WORDS.test(el.textContent ?? ''),
  );
}

/** A labelled row whose controls are where its label says (the old rule: structure as well as words). */
function confirmed(located: Located): boolean {
  const { type, coupon, goods, sendTime } = located.rows;
  return (
    (!!type && radiosIn(type).length >= 2) ||
    (!!coupon && selectsIn(coupon).length > 0) ||
    (!!goods && radiosIn(goods).length >= 2) ||
    (!!sendTime && sendTime.querySelector('select, input') !== null)
  );
}

/** Each key to its first row: an exact label first, then what the row holds, then a loose label. */
function assign(found: Candidate[], table: HTMLTableElement): Located {
  const rows: Located['rows'] = {};
  const how: Located['how'] = {};
  const taken = new Set<HTMLTableRowElement>();
  const pass = (pick: (c: Candidate) => RowKey | null | undefined, kind: Recognised) => {
    for (const c of found) {
      if (taken.has(c.row)) continue;
      const key = pick(c);
      if (!key || rows[key]) continue;
      rows[key] = c.row;
      how[key] = kind;
      taken.add(c.row);
    }
  };
  pass((c) => c.labelKey, 'label');
  pass((c) => c.structKey(), 'structure');
  pass((c) => c.looseKey, 'fuzzy');
  // The fan count says nothing by itself; it sits beside 查询条件.
  if (!rows.audience && rows.query) {
    const near = [rows.query.previousElementSibling, rows.query.nextElementSibling].find(
      (row) => isFanCountRow(row) && !taken.has(row as HTMLTableRowElement),
    );
    if (isFanCountRow(near ?? null)) {
      rows.audience = near as HTMLTableRowElement;
      how.audience = 'structure';
    }
  }
  return { lang: formLang(found, table), table, rows, how };
}
