/**
 * Reads the history dialog (申请记录): the cancel tab (取消发送) and the two execution tabs
 * (执行记录(广告优惠券) / 执行记录(补偿优惠券)), recognised by their column headers and tab names.
 */

import { syntheticId } from '../pushes/store';
import { type PushRecord, type PushStatus, pushRecordSchema } from '../schema';
import { lazy } from '../util/lazy';
import { readCancelFilter, type TableRead } from './cancel-filter';
import { type Columns, columnsByContent, type HistoryColumn } from './columns';
import { all, isElement, parseJstDateTimes, tagIs, textOf } from './dom';
import { historyLabels, isLabel, type LabelSet, matchLabel, qsmLangs, statusLabels } from './labels';
import { declaredLang } from './lang';
import { learnedStatus } from './learned';
import { checkboxIn, type List, readLists } from './lists';
import type { HistoryDialog, HistoryRow, QsmLang } from './types';

type Tab = HistoryRow['tab'];
type Column = HistoryColumn;

const columnSets: Record<Column, LabelSet> = {
  select: historyLabels.colSelect,
  couponNo: historyLabels.colCouponNo,
  shop: historyLabels.colShop,
  sendAt: historyLabels.colSendAt,
  status: historyLabels.colStatus,
  requestNo: historyLabels.colRequestNo,
};

interface HistoryTable {
  list: List;
  lang: QsmLang;
  columns: Partial<Record<Column, number>>;
}

/**
 * A list that is a push history: its coupon number, send time and status columns named by their
 * header words or, where the words are not ours, shown by what their cells hold (columns.ts).
 */
function historyTable(
  list: List,
  coupons: () => ReadonlySet<string>,
  fallbackLang: QsmLang,
): HistoryTable | null {
  let columns: Columns = {};
  const votes = new Map<QsmLang, number>();
  list.headers.forEach((text, index) => {
    for (const column of Object.keys(columnSets) as Column[]) {
      const lang = matchLabel(text, columnSets[column]);
      if (lang && columns[column] === undefined) {
        columns[column] = index;
        votes.set(lang, (votes.get(lang) ?? 0) + 1);
      }
    }
  });
  if (columns.couponNo === undefined || columns.sendAt === undefined || columns.status === undefined) {
    const byContent = columnsByContent(list, columns, coupons(), (text) => statusOf(text) !== null);
    if (!byContent) return null;
    columns = byContent;
  }
  const lang = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallbackLang;
  return { list, lang, columns };
}

/** The tab names in the dialog, in order, with the element each one shows (when the page says). */
function tabsIn(
  root: ParentNode,
  doc: Document,
): { tab: Tab | 'other'; panel: Element | null; el: Element }[] {
  const out: { tab: Tab | 'other'; panel: Element | null; el: Element }[] = [];
  for (const el of all(root, 'a, li, button, span')) {
    if (el.querySelector('a, li, button, span')) continue;
    const text = textOf(el);
    const tab: Tab | null = isLabel(text, historyLabels.tabCancel)
      ? 'cancel'
      : isLabel(text, historyLabels.tabAd)
        ? 'ad'
        : isLabel(text, historyLabels.tabComp)
          ? 'compensation'
          : null;
    if (!tab) continue;
    const ref =
      el.getAttribute('data-tab') ??
      el.getAttribute('aria-controls') ??
      el.getAttribute('href')?.replace(/^#/, '');
    const panel = ref ? doc.getElementById(ref) : null;
    out.push({ tab, panel, el });
  }
  return out;
}

/** A status word as a status: ours (labels.ts), else one learned from the seller's own pushes. */
function statusOf(text: string): PushStatus | null {
  for (const status of Object.keys(statusLabels) as PushStatus[]) {
    if (isLabel(text, statusLabels[status])) return status;
  }
  return learnedStatus(text);
}

/**
 * A row whose status word is not known is kept, never dropped, as scheduled: it counts for the weekly
 * limit (a sent push took its week too) and, while its send time is ahead, for the reminders.
 */
const ASSUMED_STATUS: PushStatus = 'scheduled';

function readRows(found: HistoryTable, tab: Tab): TableRead {
  const { columns, list } = found;
  const cell = (cells: HTMLTableCellElement[], column: Column) => {
    const index = columns[column];
    return index === undefined ? undefined : cells[index];
  };
  const out: HistoryRow[] = [];
  const unread: HTMLTableRowElement[] = [];
  for (const { element: row, cells } of list.rows) {
    try {
      if (!textOf(row) && !checkboxIn(row).present) continue;
      const couponNumber = textOf(cell(cells, 'couponNo'));
      const sendAtCell = cell(cells, 'sendAt');
      const [sendAt] = cells.length < 3 ? [] : parseJstDateTimes(textOf(sendAtCell));
      const statusWord = textOf(cell(cells, 'status'));
      const known = statusOf(statusWord);
      if (cells.length < 3 || !couponNumber || !sendAt || !statusWord) {
        unread.push(row);
        continue;
      }
      const status = known ?? ASSUMED_STATUS;
      const box = checkboxIn(cell(cells, 'select') ?? row);
      // A grid's row carries its id in `idd` (DHTMLX) where an input would carry it in its value.
      const boxValue = box.value && box.value !== 'on' ? box.value : row.getAttribute('idd');
      const pageId = boxValue || textOf(cell(cells, 'requestNo'));
      const shop = textOf(cell(cells, 'shop'));
      out.push({
        id: pageId || syntheticId(couponNumber, sendAt),
        couponNumber,
        ...(shop ? { shop } : {}),
        type: tab === 'ad' ? 'ad' : tab === 'compensation' ? 'compensation' : null,
        sendAt,
        status,
        ...(known ? {} : { statusWord }),
        tab,
        ...(list.kind === 'grid' ? { layout: 'grid' as const } : {}),
        element: row,
        ...(sendAtCell ? { sendAtCell } : {}),
      });
    } catch {
      // An odd row is skipped; the others still read.
      unread.push(row);
    }
  }
  return { rows: out, unread };
}

/**
 * Finds the history dialog and reads its tables. Each table is given its tab by the tab strip (the
 * panel a tab points at, else tab order); a table with a checkbox column is the cancel tab.
 */
export function findHistoryDialog(root: ParentNode): HistoryDialog | null {
  try {
    const doc = isElement(root as Node) ? (root as Element).ownerDocument : (root as Document);
    // A history whose header words are not ours is in the language the page declares.
    const pageLang = declaredLang(doc) ?? 'zh';
    // Read only when a table's header words are not ours: the history is re-read on QSM's changes.
    const coupons = lazy(() => offeredCoupons(doc));
    const tables = readLists(root)
      .map((list) => historyTable(list, coupons, pageLang))
      .filter((t): t is HistoryTable => t !== null);
    if (!tables.length) return null;
    const dialog = dialogRoot(tables.map((t) => t.list.root));
    const tabs = tabsIn(dialog, doc);
    const execTabs = tabs.filter((t) => t.tab !== 'cancel');
    let execIndex = 0;
    const rows: HistoryRow[] = [];
    const cancelReads: { found: HistoryTable; read: TableRead }[] = [];
    for (const found of tables) {
      const byPanel = tabs.find((t) => t.panel?.contains(found.list.root))?.tab;
      const isCancel = found.columns.select !== undefined || found.columns.requestNo === undefined;
      let tab: Tab | 'other' | undefined = byPanel;
      // Tabs whose names we do not know go by the manual's order: ad first, then compensation.
      if (!tab) tab = isCancel ? 'cancel' : (execTabs[execIndex]?.tab ?? EXEC_ORDER[execIndex]);
      if (!byPanel && !isCancel) execIndex += 1;
      if (!tab || tab === 'other') continue;
      const read = readRows(found, tab);
      rows.push(...read.rows);
      if (tab === 'cancel') cancelReads.push({ found, read });
    }
    const lang = tables[0]?.lang ?? qsmLangs[0] ?? 'zh';
    const cancelPanel = tabs.find((t) => t.tab === 'cancel')?.panel ?? null;
    const cancelFilter = readCancelFilter(
      cancelReads,
      cancelPanel ?? dialog,
      tables.map((t) => t.list.root),
    );
    return {
      root: dialog,
      lang,
      rows,
      headers: headerWords(tables[0]),
      ...(cancelFilter ? { cancelFilter } : {}),
    };
  } catch {
    return null;
  }
}

/** A table's header words for the columns worth learning. */
function headerWords(table: HistoryTable | undefined): NonNullable<HistoryDialog['headers']> {
  const out: NonNullable<HistoryDialog['headers']> = {};
  if (!table) return out;
  for (const column of ['couponNo', 'sendAt', 'status'] as const) {
    const index = table.columns[column];
    const text = index === undefined ? '' : (table.list.headers[index] ?? '').trim();
    if (text) out[column] = text;
  }
  return out;
}

const EXEC_ORDER: readonly Tab[] = ['ad', 'compensation'];

/** The coupon numbers the page's selects offer (`name (1207384)` or a long number value). */
function offeredCoupons(doc: Document): Set<string> {
  const numbers = new Set<string>();
  for (const option of Array.from(doc.querySelectorAll('select option'))) {
    const value = (option as HTMLOptionElement).value.trim();
    if (/^\d{5,10}$/.test(value)) numbers.add(value);
    const inText = /\((\d{5,10})\)\s*$/.exec(textOf(option))?.[1];
    if (inText) numbers.add(inText);
    if (numbers.size > 500) break;
  }
  return numbers;
}

/**
 * The dialog layer: the nearest element holding all the tables and the tab strip, widened up to
 * (not into) the form or body, and never over a table that is not the dialog's.
 */
function dialogRoot(tables: HTMLElement[]): HTMLElement {
  const [first, ...rest] = tables;
  let dialog: HTMLElement | null = first?.parentElement ?? null;
  while (dialog && !rest.every((t) => dialog?.contains(t))) dialog = dialog.parentElement;
  dialog ??= first as HTMLElement;
  for (let up = dialog.parentElement; up && !tagIs(up, 'form') && !tagIs(up, 'body'); up = up.parentElement) {
    const inner = dialog;
    if (Array.from(up.querySelectorAll('table')).some((t) => !inner.contains(t))) break;
    dialog = up;
  }
  return dialog;
}

/**
 * The dialog's rows as PushRecords, one per push: rows of the same push on several tabs are merged
 * (the execution tabs know its type). Rows whose type no tab shows are left out.
 */
export function historyRecords(rows: readonly HistoryRow[]): PushRecord[] {
  const byId = new Map<string, HistoryRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const records: PushRecord[] = [];
  for (const [id, same] of byId) {
    const typed = same.find((row) => row.type !== null);
    const first = same[0];
    if (!typed?.type || !first) continue;
    const record = pushRecordSchema.safeParse({
      id,
      couponNumber: first.couponNumber,
      type: typed.type,
      sendAt: first.sendAt,
      status: first.status,
      ...((first.shop ?? typed.shop) ? { shop: first.shop ?? typed.shop } : {}),
    });
    if (record.success) records.push(record.data);
  }
  return records;
}
