/**
 * Order lists for compensation pushes: whatever a seller pastes or drops, to unique order numbers, to the upload
 * template. This entry imports SheetJS (for workbooks); code that must stay small (the content
 * script) imports `./text` and `./template` instead.
 */
import type { ExtractResult } from '../schema';
import { extractWorkbookSteps } from './excel';
import { type RunOptions, runAsync, runSync, type Steps } from './run';
import { extractTextFileSteps, extractTextSteps, isWorkbook, type OrderListInput } from './text';
import type { OrderExtract } from './types';
import { checkWorkbook, checkWorkbookAsync } from './unpack';

export {
  isOrderListError,
  MAX_INPUT_BYTES,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  OrderListError,
  type OrderListErrorCode,
} from './errors';
export type { Progress, RunOptions } from './run';
export { TEMPLATE_HEADER, TEMPLATE_MIME, templateFileName, writeOrderTemplate } from './template';
export type { OrderListInput } from './text';
export { type OrderExtract, type RejectReason, rejectReasons } from './types';

function steps(input: OrderListInput): Steps<OrderExtract> {
  if (typeof input === 'string') return extractTextSteps(input, 'paste');
  return isWorkbook(input) ? extractWorkbookSteps(input) : extractTextFileSteps(input);
}

/**
 * The order numbers in pasted text or a file (an ExtractResult). A file's name and first bytes tell its kind.
 * Throws OrderListError for inputs it refuses (too large, too many rows, unreadable, no order column,
 * zip bomb); a workbook is unpacked and counted (`./unpack`) before SheetJS reads it.
 */
export function extractOrderNumbers(input: OrderListInput): ExtractResult & OrderExtract {
  if (typeof input !== 'string' && isWorkbook(input)) checkWorkbook(input.bytes);
  return runSync(steps(input));
}

/**
 * The same, for a page: reports progress and yields to the event loop between chunks of rows; a
 * workbook is unpacked and counted with the browser's own inflate, between turns of the event loop.
 */
export async function readOrderList(input: OrderListInput, options: RunOptions = {}): Promise<OrderExtract> {
  if (typeof input !== 'string' && isWorkbook(input)) await checkWorkbookAsync(input.bytes);
  return runAsync(steps(input), options);
}
