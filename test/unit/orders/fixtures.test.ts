import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extractOrderNumbers, OrderListError } from '../../../lib/orders';
import { extractOrderNumbersFromText } from '../../../lib/orders/text';
import { fixture } from './helpers';

describe('extractOrderNumbers on files', () => {
  it('reads a Shift_JIS shipping export by its 注文番号 column, never the cart or item numbers', () => {
    const result = extractOrderNumbers(fixture('shipping-export.sjis.csv'));
    expect(result.encoding).toBe('shift_jis');
    expect(result.column).toBe('注文番号');
    expect(result.source).toBe('header');
    expect(result.orderNumbers).toEqual(['262749754', '262749886', '262749887', '1262750373']);
    expect(result.duplicates).toBe(1);
    expect(result.rejected).toEqual([{ line: 6, token: '2.63E+08', reason: 'scientific-notation' }]);
    for (const other of ['412000101', '921676424', '921676425'])
      expect(result.orderNumbers).not.toContain(other);
  });

  it('reads UTF-16 with a BOM, tab-separated, by the Chinese 订单编号 header', () => {
    const result = extractOrderNumbers(fixture('orders.utf16le-bom.txt'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.column).toBe('订单编号');
    expect(result.orderNumbers).toEqual(['262749754', '262749909']);
  });

  it('reads UTF-8 with a BOM, quoted cells, by the Order No. header', () => {
    const result = extractOrderNumbers(fixture('orders.utf8-bom.csv'));
    expect(result.encoding).toBe('utf-8');
    expect(result.column).toBe('Order No.');
    expect(result.orderNumbers).toEqual(['262750593', '262751298']);
  });

  it('rejects numbers in scientific notation with their row, never guessing digits', () => {
    const result = extractOrderNumbers(fixture('scientific.csv'));
    expect(result.orderNumbers).toEqual(['262749754', '262751299']);
    expect(result.rejected).toEqual([
      { line: 3, token: '2.63E+08', reason: 'scientific-notation' },
      { line: 4, token: '2.62750374E+08', reason: 'scientific-notation' },
    ]);
  });

  it('reads numeric cells of an .xlsx under 注文番号, beside numeric item numbers', () => {
    const result = extractOrderNumbers(fixture('numeric.xlsx'));
    expect(result).toMatchObject({
      orderNumbers: ['262749754', '262749886', '1262750373'],
      duplicates: 1,
      rejected: [],
      column: '注文番号',
      sheet: '注文',
    });
  });

  it('reads an old .xls (BIFF8) with numeric and text order cells', () => {
    const result = extractOrderNumbers(fixture('legacy.xls'));
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
    expect(result.column).toBe('Order No.');
  });

  it('takes the sheet that has an order-number column (the second one, Korean header)', () => {
    const result = extractOrderNumbers(fixture('two-sheets.xlsx'));
    expect(result.sheet).toBe('Orders');
    expect(result.column).toBe('주문번호');
    expect(result.orderNumbers).toEqual(['262749754', '262749887']);
  });

  it('refuses a workbook in the text-only reader, so the content script never needs SheetJS', () => {
    expect(() => extractOrderNumbersFromText(fixture('numeric.xlsx'))).toThrow(
      expect.objectContaining({ code: 'needs-excel' }),
    );
  });

  it('rejects non-integer and out-of-range numeric cells with reasons', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Order No.'], [262749754.5], [2.6e20], [12345], [true]]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
    const result = extractOrderNumbers({ name: 'x.xlsx', bytes });
    expect(result.orderNumbers).toEqual([]);
    expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'decimal-number'],
      [3, 'scientific-notation'],
      [4, 'wrong-length'],
      [5, 'not-a-number'],
    ]);
  });

  it('refuses a multi-column file without an order-number header instead of guessing a column', () => {
    const bytes = new TextEncoder().encode('a,b\n262749754,921676424\nx,y\n');
    expect(() => extractOrderNumbers({ name: 'mystery.csv', bytes })).toThrow(OrderListError);
    expect(() => extractOrderNumbers({ name: 'mystery.csv', bytes })).toThrow(
      expect.objectContaining({ code: 'no-order-column' }),
    );
  });

  it('reads a header-less one-column CSV, taking a label-only first row as the column name', () => {
    const bytes = new TextEncoder().encode('番号\n262749754\n12\n262749886\n');
    const result = extractOrderNumbers({ name: 'list.csv', bytes });
    expect(result).toMatchObject({
      source: 'single-column',
      column: '番号',
      orderNumbers: ['262749754', '262749886'],
      rejected: [{ line: 3, token: '12', reason: 'wrong-length' }],
    });
  });

  it('reads a header-less CSV of only numbers as a list, row by row', () => {
    const bytes = new TextEncoder().encode('262749754,262749886\n262749887,2.63E+08\n');
    const result = extractOrderNumbers({ name: 'list.csv', bytes });
    expect(result.source).toBe('list');
    expect(result.orderNumbers).toEqual(['262749754', '262749886', '262749887']);
    expect(result.rejected).toEqual([{ line: 2, token: '2.63E+08', reason: 'scientific-notation' }]);
  });

  it('decodes Shift_JIS and UTF-8 files the same way', () => {
    const sjis = extractOrderNumbers(fixture('shipping-export.sjis.csv'));
    const text = new TextDecoder('shift_jis').decode(fixture('shipping-export.sjis.csv').bytes);
    const utf8 = extractOrderNumbers({ name: 'export.csv', bytes: new TextEncoder().encode(text) });
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.orderNumbers).toEqual(sjis.orderNumbers);
  });
});
