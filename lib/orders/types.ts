import { z } from 'zod/mini';
import { countSchema, extractResultSchema } from '../schema';

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

/** ExtractResult (lib/schema.ts) plus what the converter shows about how it read the input. */
export const orderExtractSchema = z.extend(extractResultSchema, {
  source: extractSourceSchema,
  /** The sheet read, for workbooks. */
  sheet: z.optional(z.string()),
  /** The encoding a file's bytes were decoded with, for text files. */
  encoding: z.optional(z.string()),
  /** Rows (or lines) looked at. */
  rows: countSchema,
});
export type OrderExtract = z.infer<typeof orderExtractSchema>;

/** A table cell as the readers hand it over: text, a number (spreadsheet numeric cell) or nothing. */
export type Cell = string | number | boolean | null | undefined;
/** A table row and its 1-based row number in the source. */
export interface Row {
  line: number;
  cells: Cell[];
}
