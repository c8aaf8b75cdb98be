/** Delimited text per RFC 4180, and the delimiter guessed outside quotes (issue 12.4). */
import { describe, expect, it } from 'vitest';
import { extractOrderNumbers } from '../../../lib/orders';
import { detectDelimiter, parseDelimited } from '../../../lib/orders/csv';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const records = (text: string, delimiter: ',' | '\t' | ';' = ',') =>
  [...parseDelimited(text, delimiter)].map((r) => r.cells);

describe('parseDelimited (RFC 4180)', () => {
  it('reads quoted fields, doubled quotes, delimiters, tabs and newlines inside quotes, CRLF', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"x\ty","line one\r\nline two",z\r\n,"",\r\n';
    expect(records(text)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['x\ty', 'line one\r\nline two', 'z'],
      ['', '', ''],
    ]);
  });

  it('numbers records, not physical lines, so a row matches the spreadsheet row', () => {
    const lines = [...parseDelimited('h1,h2\n"multi\nline",1\nlast,2', ',')].map((r) => r.line);
    expect(lines).toEqual([1, 2, 3]);
  });
});

describe('detectDelimiter', () => {
  it('is not fooled by a tab inside a quoted field', () => {
    const text = 'Item No.,Name,Order Number\n921676424,"Cream\t50g",262749754\n921676425,Lotion,262749886\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('is not fooled by commas inside quoted fields of a tab-separated copy', () => {
    expect(detectDelimiter('注文番号\t商品名\n262749754\t"Cream, 50g"\n262749886\tLotion, mild\n')).toBe(
      '\t',
    );
  });

  it('takes the semicolon of a European Excel export even in a .csv', () => {
    expect(detectDelimiter('Order No.;Name\n262749754;"a, b"\n262749886;c\n', ',')).toBe(';');
  });

  it('gives a tie to the delimiter the file name promises', () => {
    // Every row has one comma and one tab outside quotes: both explain the shape equally.
    const text = 'a,b\tc\n1,2\t3\n';
    expect(detectDelimiter(text, ',')).toBe(',');
    expect(detectDelimiter(text, '\t')).toBe('\t');
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('finds none in a one-column list', () => {
    expect(detectDelimiter('Order No.\n262749754\n262749886\n')).toBeNull();
  });
});

describe('order lists with quoted fields', () => {
  it('reads a .csv whose quoted field holds a tab by its header (was no-order-column)', () => {
    const result = extractOrderNumbers(
      file(
        'orders.csv',
        'Item No.,Name,Order Number\n921676424,"Cream\t50g",262749754\n921676425,"Lotion\tmild",262749886\n',
      ),
    );
    expect(result.column).toBe('Order Number');
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
  });

  it('reads a CRLF .csv with doubled quotes and a note across lines, rejecting by record', () => {
    const text =
      '"注文番号","備考"\r\n"262749754","He said ""fast, please""\r\nand left"\r\n"abc","x"\r\n262749886,plain\r\n';
    const result = extractOrderNumbers(file('export.csv', text));
    expect(result.column).toBe('注文番号');
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
    expect(result.rejected).toEqual([{ line: 3, token: 'abc', reason: 'not-a-number' }]);
  });

  it('reads a .txt of tab-separated columns whose names hold commas', () => {
    const text = '商品名\t注文番号\nCream, 50g\t262749754\nLotion, mild\t262749886\n';
    expect(extractOrderNumbers(file('orders.txt', text)).orderNumbers).toEqual(['262749754', '262749886']);
  });

  it('reads a pasted CSV whose quoted field holds a tab', () => {
    const pasted = 'Order No.,Note\n262749754,"a\tb"\n262749886,"c\td"\n';
    const result = extractOrderNumbers(pasted);
    expect(result.column).toBe('Order No.');
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
  });
});
