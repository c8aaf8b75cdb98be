/**
 * Limits on what the order converter reads, and the one error it throws. Each error has a stable
 * `code` (the UI translates `orders.error.<code>`) and the params its message needs.
 */

/** The largest input read: a file's bytes or a pasted text's characters. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** The most rows (or lines) a list may have. */
export const MAX_ROWS = 200_000;
/**
 * The most a workbook may unpack to, all its parts together: beyond this it is treated as a zip bomb.
 * A list at the row limit unpacks to about 10 MB (one column) or 60 MB (a 30-column shipping export
 * of 50,000 rows); SheetJS needs several times this in memory, so more is never read.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

export const orderListErrorCodes = [
  'too-large',
  'too-many-rows',
  'zip-bomb',
  'unreadable',
  'no-order-column',
  'needs-excel',
  'invalid-order-number',
] as const;
export type OrderListErrorCode = (typeof orderListErrorCodes)[number];

export class OrderListError extends Error {
  override readonly name = 'OrderListError';
  readonly code: OrderListErrorCode;
  readonly params: Record<string, string | number>;
  // Plain fields, not parameter properties: Node's type stripping (bench child processes) loads this file too.
  constructor(code: OrderListErrorCode, params: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.code = code;
    this.params = params;
  }
}

export function isOrderListError(error: unknown): error is OrderListError {
  return error instanceof OrderListError;
}
