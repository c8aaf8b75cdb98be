/**
 * A history list's columns read by what their cells hold, for a page whose header words we do not
 * know: coupon numbers (ideally ones the page's coupon select offers), one send date-time per cell on
 * the 10:00–22:00 half-hour grid, a column of a few short repeated words (the status), a column of
 * tick boxes. Header words, where known, are read first (history.ts); this fills in the rest. A coupon
 * list (validity from 00:00 to 23:59) or an order list has no column of send times, so it is no history.
 */
import { parseJstDateTimes, textOf } from './dom';
import { checkboxIn, type List } from './lists';

export type HistoryColumn = 'select' | 'couponNo' | 'shop' | 'sendAt' | 'status' | 'requestNo';
export type Columns = Partial<Record<HistoryColumn, number>>;

const NUMBER = /^\d{5,10}$/;
/** A status word: short, and neither a number nor a date. */
const isShortWord = (text: string) =>
  text.length <= 16 && !/^[\d\s,.:/-]+$/.test(text) && parseJstDateTimes(text).length === 0;

/** A send time the picker offers: 10:00 … 22:00 on the hour or half hour (JST). */
function onSendGrid(iso: string): boolean {
  const clock = iso.slice(11, 16);
  return clock >= '10:00' && clock <= '22:00' && (clock.endsWith(':00') || clock.endsWith(':30'));
}

/** Each column's cell texts over the list's data rows (rows with at least three cells). */
function columnTexts(list: List): string[][] {
  const rows = list.rows.filter((row) => row.cells.length >= 3);
  const width = Math.max(list.headers.length, ...rows.map((row) => row.cells.length));
  return Array.from({ length: width }, (_, index) => rows.map((row) => textOf(row.cells[index])));
}

const filled = (texts: string[]) => texts.filter((text) => text.length > 0);

/**
 * The columns of `list` its cells show, beside those `known` already named by header words; null when
 * no column of send times or coupon numbers is there. `coupons` are the numbers the page's coupon
 * select offers: a column holding them is the coupon column even beside another number column.
 */
export function columnsByContent(
  list: List,
  known: Columns,
  coupons: ReadonlySet<string>,
  isStatusWord: (text: string) => boolean,
): Columns | null {
  // Each column's non-empty cell texts, read once.
  const cells = columnTexts(list).map(filled);
  if (!cells.some((column) => column.length > 0)) return null;
  const columns: Columns = { ...known };
  const taken = new Set(Object.values(known));
  const free = (index: number) => !taken.has(index);
  const take = (column: HistoryColumn, index: number) => {
    columns[column] = index;
    taken.add(index);
  };
  const every = (index: number, test: (text: string) => boolean) => {
    const column = cells[index] ?? [];
    return column.length > 0 && column.every(test);
  };
  const indexes = cells.map((_, index) => index);

  // Every cell one date-time; on the send grid, all of them, or most where the page's coupon
  // select vouches for the coupon column (a push QSM moved off the grid is still a push).
  const sendAt =
    columns.sendAt ??
    indexes.find((i) => {
      if (!free(i)) return false;
      const times = (cells[i] ?? []).map(parseJstDateTimes);
      if (!times.length || times.some((found) => found.length !== 1)) return false;
      const onGrid = times.filter(([time]) => onSendGrid(time as string)).length;
      return coupons.size > 0 ? onGrid * 2 >= times.length : onGrid === times.length;
    });
  if (sendAt === undefined) return null;
  take('sendAt', sendAt);
  if (columns.select === undefined) {
    const rows = list.rows.filter((row) => row.cells.length >= 3);
    const select = indexes.find(
      (i) =>
        free(i) && rows.length > 0 && rows.every((row) => row.cells[i] && checkboxIn(row.cells[i]).present),
    );
    if (select !== undefined) take('select', select);
  }
  const numbers = indexes.filter((i) => free(i) && every(i, (text) => NUMBER.test(text)));
  if (columns.couponNo === undefined) {
    const offered = numbers.find((i) => (cells[i] ?? []).some((text) => coupons.has(text)));
    // Coupon numbers repeat across pushes; a request number is one per push.
    const repeated = numbers.find((i) => new Set(cells[i]).size < (cells[i] ?? []).length);
    // Where the page offers coupons, the column must hold one of them: an order list is no history.
    const couponNo =
      coupons.size > 0 ? offered : (repeated ?? (numbers.length === 1 ? numbers[0] : undefined));
    if (couponNo === undefined) return null;
    take('couponNo', couponNo);
  }
  if (columns.requestNo === undefined) {
    const requestNo = numbers.find(free);
    if (requestNo !== undefined) take('requestNo', requestNo);
  }
  if (columns.status === undefined) {
    const words = indexes.filter((i) => free(i) && every(i, isShortWord));
    // A column of words we know as statuses; else the first column of short words after the send
    // time (QSM's order: coupon, shop, send time, status); else the last column of short words.
    const status =
      words.find((i) => (cells[i] ?? []).some(isStatusWord)) ??
      words.find((i) => i > sendAt) ??
      words[words.length - 1];
    if (status === undefined) return null;
    columns.status = status;
  }
  return columns;
}
