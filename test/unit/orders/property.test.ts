import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extractOrderNumbers, writeOrderTemplate } from '../../../lib/orders';

const fullWidthDigits = (s: string) =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Text that looks like what sellers paste: digits (ASCII and full-width), separators, letters, punctuation. */
const pasteLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('注文番号', 'Order No.', '商品番号'),
      fc.stringMatching(/^[0-9]{1,12}$/),
      fc.stringMatching(/^[０-９]{9,10}$/),
      fc.constantFrom(
        ' ',
        ',',
        '\t',
        '\n',
        '\r\n',
        '"',
        "'",
        ';',
        '、',
        '\u3000',
        '.',
        'E+08',
        '=',
        '-',
        '#',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const orderNumber = fc.stringMatching(/^[0-9]{9,10}$/);

describe('properties', () => {
  it('never throws on random text, and every returned number appears in the input', () => {
    fc.assert(
      fc.property(fc.oneof(pasteLike, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = extractOrderNumbers(text);
        const normalised = fullWidthDigits(text);
        expect(new Set(result.orderNumbers).size).toBe(result.orderNumbers.length);
        for (const n of result.orderNumbers) {
          expect(n).toMatch(/^\d{9,10}$/);
          expect(normalised).toContain(n);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds every order number written on its own line, once, in order', () => {
    fc.assert(
      fc.property(fc.array(orderNumber, { maxLength: 50 }), (numbers) => {
        const result = extractOrderNumbers(numbers.join('\n'));
        const unique = [...new Set(numbers)];
        expect(result.orderNumbers).toEqual(unique);
        expect(result.duplicates).toBe(numbers.length - unique.length);
      }),
    );
  });

  it('writeOrderTemplate always reads back (SheetJS) to the same list', () => {
    fc.assert(
      fc.property(fc.array(orderNumber, { maxLength: 200 }), (numbers) => {
        const book = XLSX.read(writeOrderTemplate(numbers), { type: 'array' });
        const sheet = book.Sheets[book.SheetNames[0] ?? ''];
        expect(sheet).toBeDefined();
        const rows = XLSX.utils.sheet_to_json<string[]>(sheet as XLSX.WorkSheet, { header: 1, raw: true });
        expect(rows).toEqual([['Order No.'], ...numbers.map((n) => [n])]);
      }),
      { numRuns: 100 },
    );
  });
});
