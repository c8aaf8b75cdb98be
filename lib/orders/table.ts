/**
 * Reading order numbers out of a table (CSV/TSV rows or a worksheet): the column under an
 * order-number header; without one, a table that is only numbers or has a single column.
 */
import { findOrderColumn, isHeaderWord, namesOtherNumbers } from './headers';
import { normalizeDigits, OrderCollector } from './tokens';
import type { Cell, ExtractSource, OrderExtract, Row } from './types';

/** How many rows from the top may precede the header (titles, notes). */
const HEADER_SEARCH_ROWS = 20;
/** Rows between two progress reports. */
export const PROGRESS_EVERY = 5000;

export type TableExtract = Omit<OrderExtract, 'encoding' | 'sheet'>;

/** The header row and the order column in a table's first rows, if it has one. */
export function findHeader(rows: Iterable<Row>): { row: number; column: number; header: string } | null {
  let index = 0;
  for (const row of rows) {
    if (index++ >= HEADER_SEARCH_ROWS) break;
    const column = findOrderColumn(row.cells);
    if (column >= 0) return { row: row.line, column, header: String(row.cells[column]).trim() };
  }
  return null;
}

const numberLike = /^[+-]?[\d.]+(e[+-]?\d+)?$/i;

function isEmpty(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell that holds a number (or something meant as one), once quotes and `="…"` are stripped. */
function isNumberLike(cell: Cell): boolean {
  if (typeof cell === 'number') return true;
  if (typeof cell !== 'string') return false;
  return numberLike.test(normalizeDigits(cell.trim()).replace(/^=?"?'?|"$/g, ''));
}

/**
 * Yields the number of rows done so far; returns the result, or null when the table has neither an
 * order-number header nor a shape that can be read without one (the caller decides what then).
 */
export function* extractTable(rows: () => Iterable<Row>): Generator<number, TableExtract | null> {
  const collector = new OrderCollector();
  const header = findHeader(rows());
  let count = 0;
  if (header) {
    for (const row of rows()) {
      if (++count % PROGRESS_EVERY === 0) yield count;
      const cell = row.cells[header.column];
      // A header repeated further down (a second page pasted below the first) is not a value.
      if (row.line > header.row && !isHeaderWord(cell)) collector.cell(row.line, cell);
    }
    return result(collector, 'header', count, header.header);
  }

  const columns = new Set<number>();
  let allNumbers = true;
  for (const row of rows()) {
    if (++count % PROGRESS_EVERY === 0) yield count;
    row.cells.forEach((cell, i) => {
      if (isEmpty(cell)) return;
      columns.add(i);
      if (allNumbers && !isNumberLike(cell)) allNumbers = false;
    });
  }
  if (columns.size === 0) return result(collector, 'list', count);

  count = 0;
  if (allNumbers) {
    for (const row of rows()) {
      if (++count % PROGRESS_EVERY === 0) yield count;
      for (const cell of row.cells) collector.cell(row.line, cell);
    }
    return result(collector, 'list', count);
  }
  if (columns.size > 1) return null;

  const [column = 0] = columns;
  let label: string | undefined;
  for (const row of rows()) {
    if (++count % PROGRESS_EVERY === 0) yield count;
    const cell = row.cells[column];
    if (isEmpty(cell)) continue;
    // A first cell without any digit is the column's label, not a rejected order number.
    if (label === undefined && collector.orderNumbers.length === 0 && collector.rejected.length === 0) {
      if (typeof cell === 'string' && !/\d/.test(normalizeDigits(cell))) {
        label = cell.trim();
        // A single column labelled カート番号 or 商品番号 holds numbers shaped like orders: never take them.
        if (namesOtherNumbers(label)) return null;
        continue;
      }
      label = '';
    }
    if (isHeaderWord(cell)) continue;
    collector.cell(row.line, cell);
  }
  return result(collector, 'single-column', count, label || undefined);
}

export function result(
  collector: OrderCollector,
  source: ExtractSource,
  rows: number,
  column?: string,
): TableExtract {
  return {
    orderNumbers: collector.orderNumbers,
    duplicates: collector.duplicates,
    rejected: collector.rejected,
    ...(column !== undefined ? { column } : {}),
    source,
    rows,
  };
}
