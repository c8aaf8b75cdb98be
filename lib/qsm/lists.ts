/**
 * QSM's lists, read the same whether they are a plain `<table>` with a header row or a DHTMLX split
 * grid: `div.gridbox` with the header table in `div.xhdr` (labels in `div.hdrcell`) and the body
 * table in `div.objbox`, each starting with a sizing row of empty zero-height cells. Header cells
 * are matched to body columns by position across the two tables. Checkboxes may be inputs or
 * images (`item_chk0.gif` / `item_chk1.gif`).
 */
import { all, cellsOf, tagIs, textOf } from './dom';

export interface ListRow {
  element: HTMLTableRowElement;
  cells: HTMLTableCellElement[];
}

export interface List {
  /** The table, or the grid's `div.gridbox`. */
  root: HTMLElement;
  kind: 'table' | 'grid';
  /** Each column's header label, by position (empty for a header without words, a select-all box). */
  headers: string[];
  /** Body rows in order; header and sizing rows left out. */
  rows: ListRow[];
}

export const GRID_ROOT = 'div.gridbox, div[id^="__grid_"]';

/** A checkbox drawn as an image, as DHTMLX grids draw them. */
export function isCheckImage(img: Element): boolean {
  return tagIs(img, 'img') && /item_chk[01]\.(gif|png)/i.test(img.getAttribute('src') ?? '');
}

/** A row's or cell's tick box, input or image: whether it is there and ticked. */
export function checkboxIn(scope: Element): { present: boolean; checked: boolean; value?: string } {
  const input = scope.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (input) return { present: true, checked: input.checked, value: input.value };
  const image = Array.from(scope.querySelectorAll('img')).find(isCheckImage);
  if (image) return { present: true, checked: /item_chk1\./i.test(image.getAttribute('src') ?? '') };
  return { present: false, checked: false };
}

/** A sizing row: cells with no words and nothing in them (DHTMLX's first row of both tables). */
function isSizingRow(row: HTMLTableRowElement): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => !textOf(cell) && cell.children.length === 0);
}

/** A header cell's label: its `div.hdrcell` when there is one, else its words. */
function headerLabel(cell: HTMLTableCellElement): string {
  return textOf(cell.querySelector('.hdrcell') ?? cell);
}

function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return Array.from(table.rows).filter((row) => !isSizingRow(row));
}

function gridList(grid: HTMLElement): List | null {
  const head = grid.querySelector<HTMLTableElement>('.xhdr table');
  const body = grid.querySelector<HTMLTableElement>('.objbox table');
  if (!head || !body) return null;
  const headerRow = ownRows(head).find((row) => row.querySelector('.hdrcell')) ?? ownRows(head)[0];
  if (!headerRow) return null;
  return {
    root: grid,
    kind: 'grid',
    headers: cellsOf(headerRow).map(headerLabel),
    rows: ownRows(body).map((element) => ({ element, cells: cellsOf(element) })),
  };
}

function tableList(table: HTMLTableElement): List | null {
  const rows = ownRows(table);
  const headerRow = rows.find((row) => cellsOf(row).some((cell) => tagIs(cell, 'th')));
  if (!headerRow) return null;
  const body = rows.filter(
    (row) =>
      row !== headerRow &&
      !tagIs(row.parentElement, 'thead') &&
      !cellsOf(row).some((cell) => tagIs(cell, 'th')),
  );
  return {
    root: table,
    kind: 'table',
    headers: cellsOf(headerRow).map(headerLabel),
    rows: body.map((element) => ({ element, cells: cellsOf(element) })),
  };
}

/** Every list under `root`, in document order: grids first read as one list each, then plain tables. */
export function readLists(root: ParentNode): List[] {
  const grids = all<HTMLElement>(root, GRID_ROOT).filter((grid) => !grid.parentElement?.closest(GRID_ROOT));
  const out: List[] = [];
  for (const grid of grids) {
    const list = gridList(grid);
    if (list) out.push(list);
  }
  for (const table of all<HTMLTableElement>(root, 'table')) {
    if (table.closest(GRID_ROOT)) continue;
    const list = tableList(table);
    if (list) out.push(list);
  }
  return out.sort((a, b) => (a.root.compareDocumentPosition(b.root) & 0x4 ? -1 : 1));
}
