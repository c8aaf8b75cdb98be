import { describe, expect, it } from 'vitest';
import { extractOrderNumbers, MAX_ROWS } from '../../../lib/orders';
import { orderHeaderScore } from '../../../lib/orders/headers';
import { extractOrderNumbersFromText } from '../../../lib/orders/text';

describe('extractOrderNumbers on pasted text', () => {
  it('takes every 9–10 digit token across newlines, commas, spaces and quotes, unique in first-seen order', () => {
    const result = extractOrderNumbers('262749886, "262749754"\n262749886 ; 1262750373\r\n\'262749909\'\n');
    expect(result.orderNumbers).toEqual(['262749886', '262749754', '1262750373', '262749909']);
    expect(result.duplicates).toBe(1);
    expect(result.source).toBe('text');
    expect(result.column).toBeUndefined();
  });

  it('normalises full-width digits and separators', () => {
    const result = extractOrderNumbers('２６２７４９７５４、２６２７４９８８６\u3000262749887');
    expect(result.orderNumbers).toEqual(['262749754', '262749886', '262749887']);
  });

  it('rejects wrong lengths, scientific notation and decimals with their line', () => {
    const result = extractOrderNumbers('262749754\n12345678\n2.63E+08 26274975400\n3.5\n262749886.0');
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
    expect(result.rejected).toEqual([
      { line: 2, token: '12345678', reason: 'wrong-length' },
      { line: 3, token: '2.63E+08', reason: 'scientific-notation' },
      { line: 3, token: '26274975400', reason: 'wrong-length' },
      { line: 4, token: '3.5', reason: 'decimal-number' },
    ]);
  });

  it('finds order numbers written inside words and ignores words without digits', () => {
    const result = extractOrderNumbers(
      '注文番号262749754 について\nOrder No.262749886 shipped on 2026-11-01',
    );
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
    expect(result.rejected).toEqual([{ line: 2, token: '2026-11-01', reason: 'not-a-number' }]);
  });

  it('reads a spreadsheet copy (tabs) by its header, skipping item and cart columns', () => {
    const pasted = [
      'カート番号\t商品番号\t注文番号\t数量',
      '412000101\t921676424\t262749754\t1',
      '412000101\t921676425\t262749886\t2',
    ].join('\n');
    const result = extractOrderNumbers(pasted);
    expect(result.source).toBe('header');
    expect(result.column).toBe('注文番号');
    expect(result.orderNumbers).toEqual(['262749754', '262749886']);
  });

  it('reads a pasted CSV with quoted commas by its header, with row numbers', () => {
    const pasted =
      'Item No.,Name,Order Number\n921676424,"Cream, 50g",262749754\n921676425,"Lotion ""mild""",abc\n';
    const result = extractOrderNumbers(pasted);
    expect(result.column).toBe('Order Number');
    expect(result.orderNumbers).toEqual(['262749754']);
    expect(result.rejected).toEqual([{ line: 3, token: 'abc', reason: 'not-a-number' }]);
  });

  it('skips a header word repeated in the order column (a second page pasted below): not a rejected value', () => {
    const result = extractOrderNumbers(
      '注文番号\n262749754\nカート番号\n262749886\n注文番号\n262749887\nabc',
    );
    expect(result.orderNumbers).toEqual(['262749754', '262749886', '262749887']);
    // A word that is not a column name is still reported.
    expect(result.rejected).toEqual([{ line: 7, token: 'abc', reason: 'not-a-number' }]);
  });

  it('never reads a single column labelled カート番号 or 商品番号 as order numbers', () => {
    const csv = (text: string) => ({ name: 'list.csv', bytes: new TextEncoder().encode(text) });
    expect(() => extractOrderNumbersFromText(csv('カート番号\n412000101\n412000150\n'))).toThrow();
    expect(() => extractOrderNumbersFromText(csv('商品番号\n921676424\n'))).toThrow();
    const labelled = extractOrderNumbersFromText(csv('番号\n262749754\n番号\n262749886\n'));
    expect(labelled).toMatchObject({
      source: 'single-column',
      orderNumbers: ['262749754', '262749886'],
      rejected: [],
    });
  });

  it('strips Excel text markers (="…") in a CSV order column', () => {
    const result = extractOrderNumbersFromText({
      name: 'export.csv',
      bytes: new TextEncoder().encode('订单号,商品编号\n="262749754",921676424\n'),
    });
    expect(result.orderNumbers).toEqual(['262749754']);
  });

  it('returns an empty result for empty input', () => {
    expect(extractOrderNumbers('')).toMatchObject({ orderNumbers: [], duplicates: 0, rejected: [] });
  });

  it('refuses more than the row limit (how fast: npm run bench)', () => {
    const text = '262749754\n'.repeat(1_000_000);
    expect(() => extractOrderNumbers(text)).toThrow(
      expect.objectContaining({ code: 'too-many-rows', params: { limit: MAX_ROWS } }),
    );
  });

  it('refuses a file over 20 MB', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x31);
    expect(() => extractOrderNumbers({ name: 'big.csv', bytes })).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    );
  });
});

describe('order-number headers', () => {
  it.each([
    '注文番号',
    'Order No.',
    'ORDER NUMBER',
    'order_id',
    '订单号',
    '订单编号',
    '訂單編號',
    '주문번호',
    '受注番号',
    'ｵｰﾀﾞｰ番号',
  ])('takes %s', (header) => {
    expect(orderHeaderScore(header)).toBeGreaterThan(0);
  });

  it.each([
    '商品番号',
    'カート番号',
    '配送番号',
    '送り状番号',
    '商品编号',
    '购物车编号',
    'Item No.',
    'Cart No.',
    'Shipping No.',
    '상품번호',
    '장바구니번호',
    '배송번호',
    '注文日',
    '注文者ID',
    'Order Date',
    'Order Note',
    '注文番号(カート)',
  ])('never takes %s', (header) => {
    expect(orderHeaderScore(header)).toBe(0);
  });
});
