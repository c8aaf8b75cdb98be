import { z } from 'zod';
import { extractResultSchema } from '../schema';

/** Why a token was not taken as an order number; the UI translates `orders.reason.<code>`. */
export const rejectReasons = [
  'wrong-length',
  'scientific-notation',
  'decimal-number',
  'not-a-number',
] as const;
export type RejectReason = (typeof rejectReasons)[number];

/**
 * Where the numbers came from: `text` every 9–10 digit token of free text; `header` the column under
 * an order-number header; `single-column` a table with one column and no recognised header;
 * `list` a table whose every cell is a number, read as a plain list.
 */
export const extractSourceSchema = z.enum(['text', 'header', 'single-column', 'list']);
export type ExtractSource = z.infer<typeof extractSourceSchema>;

/** ExtractResult (spec §8) plus what the converter shows about how it read the input. */
export const orderExtractSchema = extractResultSchema.extend({
  source: extractSourceSchema,
  /** The sheet read, for workbooks. */
  sheet: z.string().optional(),
  /** The encoding a file's bytes were decoded with, for text files. */
  encoding: z.string().optional(),
  /** Rows (or lines) looked at. */
  rows: z.number().int().nonnegative(),
});
export type OrderExtract = z.infer<typeof orderExtractSchema>;

/** A table cell as the readers hand it over: text, a number (spreadsheet numeric cell) or nothing. */
export type Cell = string | number | boolean | null | undefined;
/** A table row and its 1-based row number in the source. */
export interface Row {
  line: number;
  cells: Cell[];
}
