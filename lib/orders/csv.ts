/** Delimited text (CSV, TSV, semicolon lists, spreadsheet copies) into rows, quotes per RFC 4180. */

export type Delimiter = '\t' | ',' | ';';

/** How much of a text, and how many of its records, the delimiter is judged from. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 100;

/** The delimiters tried, in the order that wins a tie when nothing is preferred: a spreadsheet copy has tabs. */
const candidates: Delimiter[] = ['\t', ',', ';'];

/**
 * How well a delimiter explains the sample: the most records that split into the same number (> 1)
 * of cells, parsed with quotes (a delimiter inside a quoted field splits nothing).
 */
function shapeScore(sample: string, delimiter: Delimiter): number {
  const widths = new Map<number, number>();
  let records = 0;
  for (const { cells } of parseDelimited(sample, delimiter)) {
    if (++records > SAMPLE_RECORDS) break;
    if (cells.length > 1) widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  }
  return Math.max(0, ...widths.values());
}

/**
 * The delimiter of a text, judged outside quotes from its first records: the one that splits the
 * most records into the same number of cells; a tie goes to `preferred` (the comma for a .csv, the
 * tab for a .tsv or .txt), then tab, comma, semicolon. Null when no delimiter splits any record.
 */
export function detectDelimiter(text: string, preferred: Delimiter | null = null): Delimiter | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const order = preferred ? [preferred, ...candidates.filter((d) => d !== preferred)] : candidates;
  let best: Delimiter | null = null;
  let bestScore = 0;
  for (const delimiter of order) {
    if (!sample.includes(delimiter)) continue;
    const score = shapeScore(sample, delimiter);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** The delimiter a file's name promises, if any. */
export function delimiterOfName(name: string): Delimiter | null {
  if (/\.csv$/i.test(name)) return ',';
  if (/\.(tsv|tab|txt)$/i.test(name)) return '\t';
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
