/**
 * QSM's order lists on 配送管理 (/Delivery/DeliveryManagement.aspx, grid `#__grid_goods_grid`) and
 * クレーム管理 (/Claim/ClaimManagement.aspx, grid `#__grid_ClaimGrid`): which page this is (by its path,
 * the one thing the portal keeps stable), which list holds the orders, and the order numbers of its
 * rows, all or only those ticked. The order-number column is chosen by lib/collect/columns.ts, from
 * the header and the cells (never cart, item or tracking numbers); ids are no contract.
 */
import { type ColumnChoice, chooseOrderColumn, orderNumberOf, SAMPLE_ROWS } from '../collect/columns';
import { textOf } from './dom';
import { checkboxIn, type List, readLists } from './lists';

export { ordersPageOf } from './orders-page';

export interface OrdersGrid {
  list: List;
  column: ColumnChoice;
  /** Body rows shown now. */
  shown: number;
}

/** A row QSM keeps but hides (paging by hiding, a filter). */
const isHidden = (row: HTMLTableRowElement) => row.style.display === 'none' || row.hidden;

function rowTexts(list: List, limit: number): string[][] {
  const out: string[][] = [];
  for (const row of list.rows) {
    if (out.length >= limit) break;
    if (!isHidden(row.element)) out.push(row.cells.map((cell) => textOf(cell)));
  }
  return out;
}

/**
 * The list of orders on the page: the first grid (else table) with an order-number column, or with
 * columns it cannot tell apart (so the seller hears why nothing is added); null when none has either.
 * Reads headers and a sample of rows only, so a refill of 500 rows costs little.
 */
export function findOrdersGrid(root: ParentNode): OrdersGrid | null {
  let undecided: OrdersGrid | null = null;
  const lists = readLists(root);
  // A DHTMLX grid before any plain table (search forms are tables with header cells too).
  lists.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'grid' ? -1 : 1));
  for (const list of lists) {
    const column = chooseOrderColumn(list.headers, rowTexts(list, SAMPLE_ROWS));
    const shown = list.rows.reduce((n, row) => n + (isHidden(row.element) ? 0 : 1), 0);
    if (column.kind === 'found') return { list, column, shown };
    if (column.kind === 'ambiguous' && !undecided) undecided = { list, column, shown };
  }
  return undecided;
}

/** The order numbers of the rows shown (only the ticked ones when `ticked`), unique, in row order. */
export function orderNumbersIn(grid: OrdersGrid, ticked: boolean): string[] {
  if (grid.column.kind !== 'found') return [];
  const index = grid.column.index;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of grid.list.rows) {
    if (isHidden(row.element)) continue;
    if (ticked && !checkboxIn(row.element).checked) continue;
    const number = orderNumberOf(row.cells[index]?.textContent ?? '');
    if (number && !seen.has(number)) {
      seen.add(number);
      out.push(number);
    }
  }
  return out;
}

/** How many rows shown are ticked. */
export function tickedCount(grid: OrdersGrid): number {
  let count = 0;
  for (const row of grid.list.rows) if (!isHidden(row.element) && checkboxIn(row.element).checked) count++;
  return count;
}
