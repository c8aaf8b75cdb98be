/**
 * QSM's order lists on 配送管理 (/Delivery/DeliveryManagement.aspx, grid `#__grid_goods_grid`) and
 * クレーム管理 (/Claim/ClaimManagement.aspx, grid `#__grid_ClaimGrid`): which list holds the orders, and
 * the order numbers of its rows, all or only those ticked. The order-number column is chosen by
 * lib/collect/columns.ts from the header and the cells (never cart, item or tracking numbers); ids are
 * no contract. Read after every refill of a grid the seller keeps open all day, so a look reads the
 * headers and a sample of rows only (never lists.ts's whole read of every row); the rows are read
 * whole when the seller adds them.
 */
import { type ColumnChoice, chooseOrderColumn, orderNumberOf, SAMPLE_ROWS } from '../collect/columns';
import { isSellerFault } from '../collect/fault';
import { cellsOf, tagIs, textOf } from './dom';
import { checkboxIn, GRID_ROOT } from './lists';

export { ordersPageOf } from './orders-page';

export interface OrdersGrid {
  /** The grid's `div.gridbox`, or the table. */
  root: HTMLElement;
  /** The table whose rows are the orders. */
  body: HTMLTableElement;
  headers: string[];
  column: ColumnChoice;
  /** Body rows shown now. */
  shown: number;
}

/** A row QSM keeps but hides (paging by hiding, a filter): by its attributes, never its computed style. */
const isHidden = (row: HTMLTableRowElement) =>
  row.hidden || /display:\s*none/i.test(row.getAttribute('style') ?? '');

/**
 * A leading row that is no order: DHTMLX's sizing row (empty zero-height cells, `<th>` or `<td>`), a
 * plain table's header row. Only the first rows are looked at; the rest are the orders.
 */
function isLeadingRow(row: HTMLTableRowElement): boolean {
  const first = row.firstElementChild;
  if (!first || tagIs(first, 'th') || tagIs(row.parentElement, 'thead')) return true;
  return cellsOf(row).every((cell) => cell.children.length === 0 && !textOf(cell));
}

/** The order rows of `body` shown now, in order. */
function* bodyRows(body: HTMLTableElement): Generator<HTMLTableRowElement> {
  const rows = body.rows;
  let i = 0;
  while (i < rows.length && i < 3 && isLeadingRow(rows[i] as HTMLTableRowElement)) i++;
  for (; i < rows.length; i++) {
    const row = rows[i] as HTMLTableRowElement;
    if (!isHidden(row)) yield row;
  }
}

function headerLabels(row: HTMLTableRowElement): string[] {
  return cellsOf(row).map((cell) => textOf(cell.querySelector('.hdrcell') ?? cell));
}

/** A DHTMLX grid's header labels and body table, or a plain table's with `<th>` headers. */
function partsOf(root: HTMLElement): { headers: string[]; body: HTMLTableElement } | null {
  if (tagIs(root, 'table')) {
    const head = Array.from(root.rows).find((row) => tagIs(row.firstElementChild, 'th'));
    return head ? { headers: headerLabels(head), body: root } : null;
  }
  const head = root.querySelector<HTMLTableElement>('.xhdr table');
  const body = root.querySelector<HTMLTableElement>('.objbox table');
  const labels = head && Array.from(head.rows).find((row) => row.querySelector('.hdrcell'));
  return labels && body ? { headers: headerLabels(labels), body } : null;
}

function look(root: HTMLElement): OrdersGrid | null {
  const parts = partsOf(root);
  if (!parts) return null;
  const sample: string[][] = [];
  let shown = 0;
  for (const row of bodyRows(parts.body)) {
    if (sample.length < SAMPLE_ROWS) sample.push(cellsOf(row).map((cell) => textOf(cell)));
    shown++;
  }
  return { root, ...parts, column: chooseOrderColumn(parts.headers, sample), shown };
}

/**
 * The list of orders on the page: the first DHTMLX grid (else table) with an order-number column, or
 * with columns it cannot tell apart (so the seller hears why nothing is added); null when none has either.
 */
export function findOrdersGrid(root: ParentNode): OrdersGrid | null {
  let undecided: OrdersGrid | null = null;
  const grids = Array.from(root.querySelectorAll<HTMLElement>(GRID_ROOT)).filter(
    (grid) => !grid.parentElement?.closest(GRID_ROOT),
  );
  const tables = Array.from(root.querySelectorAll<HTMLTableElement>('table')).filter(
    (table) => !table.closest(GRID_ROOT),
  );
  for (const candidate of [...grids, ...tables]) {
    const found = look(candidate);
    if (found?.column.kind === 'found') return found;
    if (found?.column.kind === 'ambiguous' && !undecided) undecided = found;
  }
  return undecided;
}

/** Which rows a click adds: every row shown, the ticked ones, or the claims that were the seller's fault. */
export type RowPick = 'all' | 'ticked' | 'seller-fault';

const picked: Record<RowPick, (row: HTMLTableRowElement, cells: HTMLTableCellElement[]) => boolean> = {
  all: () => true,
  ticked: (row) => checkboxIn(row).checked,
  'seller-fault': (_, cells) => cells.some((cell) => isSellerFault(cell.textContent ?? '')),
};

/** The order numbers of the rows shown that `pick` takes, unique, in row order. */
export function orderNumbersIn(grid: OrdersGrid, pick: RowPick): string[] {
  if (grid.column.kind !== 'found') return [];
  const index = grid.column.index;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of bodyRows(grid.body)) {
    const cells = cellsOf(row);
    if (!picked[pick](row, cells)) continue;
    const number = orderNumberOf(cells[index]?.textContent ?? '');
    if (number && !seen.has(number)) {
      seen.add(number);
      out.push(number);
    }
  }
  return out;
}
