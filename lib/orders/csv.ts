/** Delimited text (CSV, TSV, semicolon lists, spreadsheet copies) into rows, quotes per RFC 4180. */

export type Delimiter = '\t' | ',' | ';';

/** The delimiter of a text, judged from its first lines: a tab wins (spreadsheet copies), then comma, then semicolon. */
export function detectDelimiter(text: string): Delimiter | null {
  const head = text.slice(0, 64 * 1024);
  if (head.includes('\t')) return '\t';
  if (head.includes(',')) return ',';
  if (head.includes(';')) return ';';
  return null;
}

/**
 * Yields each record with the 1-based number of the record (the row a spreadsheet would show).
 * A quote opens a quoted field only at the start of a field; `""` inside one is a quote.
 */
export function* parseDelimited(
  text: string,
  delimiter: Delimiter | null,
): Generator<{ line: number; cells: string[] }> {
  const n = text.length;
  let i = 0;
  let record = 0;
  while (i < n) {
    const cells: string[] = [];
    record++;
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === 34 /* " */) {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            value += text.slice(i);
            i = n;
            break;
          }
          value += text.slice(i, q);
          i = q + 1;
          if (text.charCodeAt(i) === 34) {
            value += '"';
            i++;
          } else break;
        }
        // Anything between the closing quote and the next delimiter stays part of the field.
        const end = nextBreak(text, i, delimiter);
        value += text.slice(i, end);
        i = end;
      } else {
        const end = nextBreak(text, i, delimiter);
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      if (i < n && delimiter !== null && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    yield { line: record, cells };
  }
}

function nextBreak(text: string, from: number, delimiter: Delimiter | null): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === delimiter) return i;
  }
  return text.length;
}

/** Lines in a text, counted fast and stopping once past `limit`. */
export function countLines(text: string, limit: number): number {
  let count = text.length > 0 ? 1 : 0;
  let at = text.indexOf('\n');
  while (at !== -1 && count <= limit) {
    if (at < text.length - 1) count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}
