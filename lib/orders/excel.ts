/**
 * Order numbers from workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) through SheetJS. The only module
 * that imports SheetJS: load it in the converter page, never in the content script.
 */
import { type CellObject, read, utils, type WorkBook, type WorkSheet } from 'xlsx';
import { MAX_ROWS, OrderListError } from './errors';
import type { Steps } from './run';
import { extractTable, findHeader, type TableExtract } from './table';
import type { Cell, OrderExtract, Row } from './types';
import { checkDirectory } from './unpack';

/** SheetJS's reading of a workbook whose real size and rows `./unpack` has already checked. */
export function readWorkbook(bytes: Uint8Array): WorkBook {
  // The directory again (cheap): nothing reaches SheetJS without at least this check.
  checkDirectory(bytes);
  try {
    return read(bytes, {
      type: 'array',
      dense: true,
      // One row past the limit is enough to know the limit is exceeded.
      sheetRows: MAX_ROWS + 1,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      cellNF: false,
      cellDates: false,
      bookVBA: false,
    });
  } catch {
    throw new OrderListError('unreadable');
  }
}

function cellValue(cell: CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
    case 's':
    case 'b':
      return cell.v as number | string | boolean;
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
    default:
      return null;
  }
}

function sheetRows(sheet: WorkSheet): Row[] {
  const full = sheet['!fullref'];
  if (full && utils.decode_range(full).e.r + 1 > MAX_ROWS) {
    throw new OrderListError('too-many-rows', { limit: MAX_ROWS });
  }
  const data: (CellObject[] | undefined)[] = sheet['!data'] ?? [];
  const rows: Row[] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (row) rows.push({ line: r + 1, cells: Array.from(row, cellValue) });
  }
  if (rows.length > MAX_ROWS) throw new OrderListError('too-many-rows', { limit: MAX_ROWS });
  return rows;
}

/**
 * A workbook's order numbers: from the first sheet with an order-number header; else from the first
 * sheet that is a plain list or a single column; else `no-order-column`.
 */
export function* extractWorkbookSteps(file: { name: string; bytes: Uint8Array }): Steps<OrderExtract> {
  const workbook = readWorkbook(file.bytes);
  const sheets = workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    return sheet ? [{ name, rows: sheetRows(sheet) }] : [];
  });
  const withHeader = sheets.find((s) => findHeader(s.rows) !== null);
  const candidates = withHeader ? [withHeader] : sheets.filter((s) => s.rows.length > 0);
  for (const sheet of candidates) {
    const table = extractTable(() => sheet.rows);
    let read: TableExtract | null;
    for (;;) {
      const step = table.next();
      if (step.done) {
        read = step.value;
        break;
      }
      yield { done: step.value, total: sheet.rows.length };
    }
    if (read) return { ...read, sheet: sheet.name };
  }
  if (candidates.length === 0) {
    return { orderNumbers: [], duplicates: 0, rejected: [], source: 'list', rows: 0 };
  }
  throw new OrderListError('no-order-column');
}
