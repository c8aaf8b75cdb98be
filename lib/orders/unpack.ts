/**
 * What a workbook really unpacks to, known before SheetJS is asked to unpack anything: every part
 * is inflated without being kept, counting its bytes against its declared size and the workbook's
 * cap (MAX_UNPACKED_BYTES), and each worksheet's rows (its `<dimension ref>` first, then its `<row>`
 * tags as they stream) against the row limit. A lying directory cannot hide a bomb from this, and a
 * sheet of a million rows is refused after its first kilobytes. Synchronous (our own inflate) for
 * `extractOrderNumbers`, asynchronous (the browser's DecompressionStream) for `readOrderList`.
 */
import { MAX_INPUT_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES, OrderListError } from './errors';
import { InflateError, inflateRaw } from './inflate';
import { readZipDirectory, type ZipEntryInfo, zipDirectoryProblem } from './zip';

type Problem = 'zip-bomb' | 'too-many-rows' | 'unreadable';

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** How far into a worksheet its `<dimension>` may be looked for (it comes before `<sheetData>`). */
const DIMENSION_SEARCH = 4096;

/** The last row of a `<dimension ref="A1:C500"/>`, or null when the text has none. */
export function dimensionRows(head: string): number | null {
  const match = /<(?:\w+:)?dimension\s+ref="[A-Z]*(\d*)(?::[A-Z]*(\d+))?"/i.exec(head);
  if (!match) return null;
  const rows = Number(match[2] ?? match[1]);
  return Number.isFinite(rows) ? rows : null;
}

/** Checks one part as its unpacked bytes arrive; `problem` says why it stopped. */
class PartCheck {
  problem: Problem | null = null;
  size = 0;
  private rows = 0;
  private head: string | null;
  private carry = new Uint8Array(0);
  private readonly entry: ZipEntryInfo;
  private readonly budget: { left: number };

  constructor(entry: ZipEntryInfo, budget: { left: number }) {
    this.entry = entry;
    this.budget = budget;
    this.head = isWorksheet(entry.name) ? '' : null;
  }

  /** False once the part is refused. */
  add(chunk: Uint8Array): boolean {
    this.size += chunk.length;
    this.budget.left -= chunk.length;
    if (this.size > this.entry.size || this.budget.left < 0) return this.refuse('zip-bomb');
    if (this.head === null) return true;
    if (this.head.length < DIMENSION_SEARCH) {
      this.head += String.fromCharCode(...chunk.subarray(0, DIMENSION_SEARCH - this.head.length));
      const declared = dimensionRows(this.head);
      if (declared !== null && declared > MAX_ROWS) return this.refuse('too-many-rows');
    }
    this.countRows(chunk);
    return this.rows > MAX_ROWS ? this.refuse('too-many-rows') : true;
  }

  /** After the last chunk: a part shorter than it declared is as suspect as a longer one. */
  end(): Problem | null {
    if (!this.problem && this.size !== this.entry.size) this.problem = 'zip-bomb';
    return this.problem;
  }

  private refuse(problem: Problem): false {
    this.problem = problem;
    return false;
  }

  /** Counts `<row ` / `<row>`; `carry` keeps a tag split between two chunks. */
  private countRows(chunk: Uint8Array): void {
    const data = this.carry.length ? concat(this.carry, chunk) : chunk;
    const end = data.length - 4;
    for (let i = 0; i < end; i++) {
      if (data[i] === 0x3c && data[i + 1] === 0x72 && data[i + 2] === 0x6f && data[i + 3] === 0x77) {
        const next = data[i + 4];
        if (next === 0x20 || next === 0x3e) this.rows++;
      }
    }
    this.carry = data.slice(Math.max(0, end));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function refuse(problem: Problem): never {
  throw new OrderListError(problem, problem === 'too-many-rows' ? { limit: MAX_ROWS } : {});
}

/**
 * The workbook's directory, once its declared sizes are believable; null for a file that is not a
 * ZIP (.xls: a compound file is not compressed, so it unpacks to no more than its 20 MB, and its
 * 65,536 rows are below the row limit).
 */
export function checkDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  if (bytes.length > MAX_INPUT_BYTES) throw new OrderListError('too-large', { limit: MAX_INPUT_BYTES });
  if (!isZip(bytes)) return null;
  const entries = readZipDirectory(bytes);
  if (!entries) throw new OrderListError('unreadable');
  const problem = zipDirectoryProblem(entries, MAX_UNPACKED_BYTES);
  if (problem) refuse(problem);
  return entries;
}

const compressed = (bytes: Uint8Array, e: ZipEntryInfo) =>
  bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);

/** Throws OrderListError (`zip-bomb`, `too-many-rows`, `too-large`, `unreadable`) for a workbook SheetJS must not unpack. */
export function checkWorkbook(bytes: Uint8Array): void {
  const entries = checkDirectory(bytes);
  if (!entries) return;
  const budget = { left: MAX_UNPACKED_BYTES };
  for (const entry of entries) {
    const part = new PartCheck(entry, budget);
    const data = compressed(bytes, entry);
    if (entry.method === 0) part.add(data);
    else {
      try {
        inflateRaw(data, (chunk) => part.add(chunk));
      } catch (error) {
        if (error instanceof InflateError) refuse('unreadable');
        throw error;
      }
    }
    const problem = part.end();
    if (problem) refuse(problem);
  }
}

/** `checkWorkbook` without blocking a page: the browser's inflate, between turns of the event loop. */
export async function checkWorkbookAsync(bytes: Uint8Array): Promise<void> {
  if (typeof DecompressionStream === 'undefined') return checkWorkbook(bytes);
  const entries = checkDirectory(bytes);
  if (!entries) return;
  const budget = { left: MAX_UNPACKED_BYTES };
  for (const entry of entries) {
    const part = new PartCheck(entry, budget);
    const data = compressed(bytes, entry);
    if (entry.method === 0) part.add(data);
    else {
      const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      const reader = stream.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!part.add(value)) {
            await reader.cancel();
            break;
          }
        }
      } catch {
        refuse('unreadable');
      }
    }
    const problem = part.end();
    if (problem) refuse(problem);
  }
}
