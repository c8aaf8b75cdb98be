/**
 * Which column of a QSM order list (配送管理, クレーム管理) holds the order numbers. Cart, item and
 * tracking numbers look the same (9–10 digits), so a column is taken by its header when the header
 * names the order number and its cells look like order numbers; failing that, by its cells alone, and
 * only when exactly one column that no header rules out holds 9–10 digit numbers. Two such columns
 * with unknown headers are not guessed between: the choice says so, and the bar tells the seller.
 */
import { namesOtherNumbers, orderHeaderScore } from '../orders/headers';
import { isOrderNumber, normalizeDigits } from '../orders/tokens';

export type ColumnChoice =
  | { kind: 'found'; index: number; by: 'header' | 'cells'; header: string }
  | { kind: 'ambiguous'; headers: string[] }
  | { kind: 'none' };

/** A cell's order number (full-width digits folded, spaces trimmed), or null. */
export function orderNumberOf(cell: string): string | null {
  const text = normalizeDigits(cell.trim());
  return isOrderNumber(text) ? text : null;
}

/** How many rows are enough to judge a column's shape: a refill of 500 rows is not read whole. */
export const SAMPLE_ROWS = 12;

/** Share of a column's non-empty sampled cells that are order numbers; null when all are empty. */
function shapeOf(rows: readonly (readonly string[])[], index: number): number | null {
  let filled = 0;
  let orders = 0;
  for (const row of rows) {
    const cell = row[index]?.trim() ?? '';
    if (!cell) continue;
    filled++;
    if (orderNumberOf(cell)) orders++;
  }
  return filled === 0 ? null : orders / filled;
}

/**
 * The order-number column of a list, from its headers and a sample of its rows' cell texts
 * (`rows[i][j]` under `headers[j]`). An empty list is judged by headers alone.
 */
export function chooseOrderColumn(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): ColumnChoice {
  const sample = rows.slice(0, SAMPLE_ROWS);
  let best = -1;
  let bestScore = 0;
  const byCells: number[] = [];
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] ?? '';
    const shape = shapeOf(sample, i);
    // Mostly order numbers (a row left blank, a "-" now and then is tolerated).
    const looksLikeOrders = shape !== null && shape >= 0.8;
    const score = orderHeaderScore(header);
    if (score > bestScore && (shape === null || looksLikeOrders)) {
      best = i;
      bestScore = score;
    }
    if (looksLikeOrders && !namesOtherNumbers(header)) byCells.push(i);
  }
  if (best >= 0) return { kind: 'found', index: best, by: 'header', header: headers[best] ?? '' };
  if (byCells.length === 1) {
    const index = byCells[0] as number;
    return { kind: 'found', index, by: 'cells', header: headers[index] ?? '' };
  }
  if (byCells.length > 1) return { kind: 'ambiguous', headers: byCells.map((i) => headers[i] ?? '') };
  return { kind: 'none' };
}
