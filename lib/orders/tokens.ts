/**
 * Turning what a seller pasted or a cell held into order numbers or rejections, and collecting
 * them: unique in first-seen order, duplicates counted, every rejection with its line and reason.
 */
import type { ExtractResult } from '../schema';
import type { Cell, RejectReason } from './types';

/** Full-width digits and number punctuation (０-９ ． ＋ Ｅ －) to ASCII; nothing else changes. */
export function normalizeDigits(text: string): string {
  return /[\uff0b\uff0d\uff0e\uff10-\uff19\uff25\uff45]/.test(text)
    ? text.replace(/[\uff0b\uff0d\uff0e\uff10-\uff19\uff25\uff45]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) - 0xfee0),
      )
    : text;
}

/** What separates tokens in free text: spaces, tabs, commas, semicolons, quotes, brackets (ASCII and CJK). */
const separators = /[\s,;|"'`=()[\]{}<>\u3000，、；：「」『』“”‘’（）【】]+/;

const digitsOnly = /^\d+$/;
/** A Qoo10 order number: 9 or 10 digits. */
export const orderNumber = /^\d{9,10}$/;
const wholeDecimal = /^(\d{9,10})\.0+$/;
const decimal = /^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$/;
const scientific = /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const digitRuns = /\d+/g;

/** `orderNumber.test` by char codes: 9 or 10 ASCII digits (the hot path of 100,000-line lists). */
export function isOrderNumber(text: string): boolean {
  const n = text.length;
  if (n < 9 || n > 10) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export type TokenVerdict = { orderNumbers: string[] } | { reason: RejectReason } | null;

/**
 * One token (already separated, digits normalised). Free text ignores words without digits;
 * a table's order column (`strict`) rejects them as not a number.
 */
export function judgeToken(token: string, strict: boolean): TokenVerdict {
  if (token === '') return null;
  if (digitsOnly.test(token)) {
    return orderNumber.test(token) ? { orderNumbers: [token] } : { reason: 'wrong-length' };
  }
  const whole = wholeDecimal.exec(token);
  if (whole?.[1]) return { orderNumbers: [whole[1]] };
  if (scientific.test(token)) return { reason: 'scientific-notation' };
  if (decimal.test(token)) return { reason: 'decimal-number' };
  const runs = token.match(digitRuns);
  if (!runs) return strict ? { reason: 'not-a-number' } : null;
  // "No.262749754" or "#262749754": the 9–10 digit runs inside are order numbers; a date or a phone is not.
  const found = runs.filter((run) => orderNumber.test(run));
  return found.length > 0 ? { orderNumbers: found } : { reason: 'not-a-number' };
}

/** A spreadsheet's numeric cell: an integer of 9–10 digits; ≥ 1e15 has lost digits to floating point. */
export function judgeNumber(value: number): TokenVerdict {
  if (!Number.isFinite(value) || value < 0) return { reason: 'not-a-number' };
  if (value >= 1e15) return { reason: 'scientific-notation' };
  if (!Number.isInteger(value)) return { reason: 'decimal-number' };
  return orderNumber.test(String(value)) ? { orderNumbers: [String(value)] } : { reason: 'wrong-length' };
}

/** Collects order numbers and rejections as they are found. */
export class OrderCollector {
  private readonly seen = new Set<string>();
  readonly orderNumbers: string[] = [];
  readonly rejected: ExtractResult['rejected'] = [];
  duplicates = 0;

  add(orderNumber: string): void {
    if (this.seen.has(orderNumber)) this.duplicates++;
    else {
      this.seen.add(orderNumber);
      this.orderNumbers.push(orderNumber);
    }
  }

  reject(line: number, token: string, reason: RejectReason): void {
    this.rejected.push({ line, token, reason });
  }

  /** Every token of a line of free text, or of a cell when `strict`. */
  text(line: number, text: string, strict: boolean): void {
    if (text === '') return;
    // The common case, a line or cell that is just an order number, skips the tokenizer.
    if (isOrderNumber(text)) {
      this.add(text);
      return;
    }
    for (const token of normalizeDigits(text).split(separators)) {
      this.verdict(line, token, judgeToken(token, strict));
    }
  }

  cell(line: number, cell: Cell): void {
    if (typeof cell === 'number') this.verdict(line, String(cell), judgeNumber(cell));
    else if (typeof cell === 'string') this.text(line, cell.trim(), true);
    else if (typeof cell === 'boolean') this.reject(line, String(cell), 'not-a-number');
  }

  private verdict(line: number, token: string, verdict: TokenVerdict): void {
    if (verdict === null) return;
    if ('reason' in verdict) this.reject(line, token, verdict.reason);
    else for (const n of verdict.orderNumbers) this.add(n);
  }
}
