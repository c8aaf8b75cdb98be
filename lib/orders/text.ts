/**
 * Order numbers from text: pasted text and text files (CSV, TSV, TXT in UTF-8, UTF-16 or Shift_JIS).
 * This module never imports SheetJS, so the content script can use it without bundling Excel support.
 */
import { countLines, type Delimiter, delimiterOfName, detectDelimiter, parseDelimited } from './csv';
import { decodeText } from './decode';
import { MAX_INPUT_BYTES, MAX_ROWS, OrderListError } from './errors';
import { type Progress, runSync, type Steps } from './run';
import { extractTable, findHeader, PROGRESS_EVERY, result } from './table';
import { OrderCollector } from './tokens';
import type { OrderExtract, Row } from './types';

export type OrderListInput = string | { name: string; bytes: Uint8Array };

/** True when a file is a workbook (by its first bytes, else its name): it needs the Excel reader. */
export function isWorkbook(file: { name: string; bytes: Uint8Array }): boolean {
  const b = file.bytes;
  const zip = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  const cfb = b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
  return zip || cfb || /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(file.name);
}

/** A file named .csv or .tsv is a table: without an order header it is read only if its shape is clear. */
function isTableFile(name: string): boolean {
  return /\.(csv|tsv|tab)$/i.test(name);
}

export function* extractTextSteps(
  text: string,
  kind: 'paste' | 'table',
  preferred: Delimiter | null = null,
): Steps<Omit<OrderExtract, 'encoding' | 'sheet'>> {
  if (text.length > MAX_INPUT_BYTES) throw new OrderListError('too-large', { limit: MAX_INPUT_BYTES });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const total = countLines(body, MAX_ROWS);
  if (total > MAX_ROWS) throw new OrderListError('too-many-rows', { limit: MAX_ROWS });

  const delimiter = detectDelimiter(body, preferred);
  const rows = (): Iterable<Row> => parseDelimited(body, delimiter);
  if (kind === 'table' || findHeader(rows())) {
    const table = extractTable(rows);
    for (;;) {
      const step = table.next();
      if (step.done) {
        if (step.value) return step.value;
        throw new OrderListError('no-order-column');
      }
      yield { done: Math.min(step.value, total), total } satisfies Progress;
    }
  }

  const collector = new OrderCollector();
  let line = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    collector.text(++line, body.slice(start, end), false);
    if (line % PROGRESS_EVERY === 0) yield { done: line, total };
    start = end + 1;
  }
  return result(collector, 'text', line);
}

/** Decodes a text file and reads it (a generator, for `runSync` / `runAsync`). */
export function* extractTextFileSteps(file: { name: string; bytes: Uint8Array }): Steps<OrderExtract> {
  if (file.bytes.length > MAX_INPUT_BYTES) throw new OrderListError('too-large', { limit: MAX_INPUT_BYTES });
  if (isWorkbook(file)) throw new OrderListError('needs-excel');
  const { text, encoding } = decodeText(file.bytes);
  const kind = isTableFile(file.name) ? 'table' : 'paste';
  const read = yield* extractTextSteps(text, kind, delimiterOfName(file.name));
  return { ...read, encoding };
}

/** `extractOrderNumbers` for everything but workbooks (which throw `needs-excel`). */
export function extractOrderNumbersFromText(input: OrderListInput): OrderExtract {
  return runSync(typeof input === 'string' ? extractTextSteps(input, 'paste') : extractTextFileSteps(input));
}
