/**
 * The history's cancel tab search (登录日 from – to, optional coupon number) as the page shows it, and
 * whether its table shows the whole listing: what lets the store forget an application QSM refused.
 */
import { foldNfkc } from '../util/nfkc';
import { all, buttonText, follows, parseSlashDate, textNodes, textOf } from './dom';
import { historyLabels, isLabel, type LabelSet, matchLabel } from './labels';
import type { List } from './lists';
import type { CancelFilter, HistoryRow } from './types';

/** A history table as history.ts found it; only its list is read here. */
export interface FoundTable {
  list: List;
}

/** The rows read from a table, and its body rows that are not a push (a "no data" row, a loading row…). */
export interface TableRead {
  rows: HistoryRow[];
  unread: HTMLTableRowElement[];
}

const textInputs =
  'input:not([type]), input[type=text], input[type=date], input[type=search], input[type=tel], input[type=number]';

/** The text inputs under `scope` that follow a text labelled by `set`, in document order. */
function inputsAfterLabel(scope: Element, set: LabelSet, inputs: HTMLInputElement[]): HTMLInputElement[] {
  for (const node of textNodes(scope)) {
    if (!matchLabel(node.textContent ?? '', set)) continue;
    const after = inputs.filter((input) => follows(node, input));
    if (after.length) return after;
  }
  return [];
}

/** A link or button of a pager: a page number past the first, or "next". */
function isPagerControl(el: Element): boolean {
  const text = buttonText(el).trim();
  return (/^\d+$/.test(text) && Number(text) >= 2) || isLabel(text, historyLabels.pagerNext);
}

/**
 * The cancel tab's search as the page shows it: 登录日 [from] - [to], 优惠券号码 [number], found by their
 * labels outside the history tables. `complete` says the table shows the whole listing: one table,
 * no pager, and every body row read as a push, or only the page's "no data" row. Null when the
 * dates cannot be read, so nothing is concluded from the listing.
 */
export function readCancelFilter(
  reads: { found: FoundTable; read: TableRead }[],
  scope: Element,
  historyTables: HTMLElement[],
): CancelFilter | null {
  const [only] = reads;
  if (!only) return null;
  const outside = (el: Element) => !historyTables.some((table) => table.contains(el));
  const inputs = all<HTMLInputElement>(scope, textInputs).filter(outside);
  const [fromInput, toInput] = inputsAfterLabel(scope, historyLabels.regDay, inputs);
  const [couponInput] = inputsAfterLabel(scope, historyLabels.colCouponNo, inputs);
  if (!fromInput || !toInput || toInput === couponInput) return null;
  const from = parseSlashDate(fromInput.value);
  const to = parseSlashDate(toInput.value);
  if (!from || !to) return null;
  const couponNumber = couponInput ? foldNfkc(couponInput.value).trim() : '';

  const { rows, unread } = only.read;
  const [single] = unread;
  const listRoot = only.found.list.root;
  // An empty grid says so outside its rows (表示する行がありません); a table in its one body row.
  const saysEmpty = () =>
    all(listRoot, 'div, span, td, p').some((el) => isLabel(textOf(el), historyLabels.noRows));
  const rendered =
    (rows.length > 0 && unread.length === 0) ||
    (rows.length === 0 && unread.length === 1 && !!single && isLabel(textOf(single), historyLabels.noRows)) ||
    (rows.length === 0 && unread.length === 0 && saysEmpty());
  const paged = all(scope, 'a, button, input[type=button], input[type=submit]')
    .filter((el) => !listRoot.contains(el) || el.closest('tfoot') !== null)
    .some(isPagerControl);
  return {
    from,
    to,
    ...(couponNumber ? { couponNumber } : {}),
    complete: reads.length === 1 && rendered && !paged,
  };
}
