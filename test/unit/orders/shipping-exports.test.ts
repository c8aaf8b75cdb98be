/**
 * QSM's shipping exports (配送管理 → 全体をダウンロード) as they really are: the 44-column ja detail
 * export in UTF-8 with BOM and in cp932, the 45-column one with ギフト注文, the brief export, and the
 * 46-column Korean one with trailing-space headers. The order column is found in each; cart and item
 * numbers of the same shape are never taken; postcodes written `'1500041` are no order numbers.
 * Fixtures: test/fixtures/orders/make-shipping-exports.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOrderNumbers } from '../../../lib/orders';

const dir = join(__dirname, '../../fixtures/orders');
const expected = ['1262749754', '1262749886', '262750373'];
const others = ['412000101', '412000178', '921676424', '921676425', '921676428', '0312345678', '1500041'];

/** The file as the seller has it: QSM's own file name, the fixture's bytes. */
function exported(fixture: string, name: string) {
  return { name, bytes: new Uint8Array(readFileSync(join(dir, fixture))) };
}

describe.each([
  [
    'DeliveryManagement_detail_20261128_0930.csv',
    'DeliveryManagement_detail_20261128_0930.csv',
    'utf-8',
    44,
    '注文番号',
  ],
  [
    'DeliveryManagement_detail_20250610_1405.cp932.csv',
    'DeliveryManagement_detail_20250610_1405.csv',
    'shift_jis',
    44,
    '注文番号',
  ],
  [
    'DeliveryManagement_detail_20261201_1010.gift.csv',
    'DeliveryManagement_detail_20261201_1010.csv',
    'utf-8',
    45,
    '注文番号',
  ],
  [
    'DeliveryManagement_20261128_0931.brief.csv',
    'DeliveryManagement_20261128_0931.csv',
    'utf-8',
    10,
    '注文番号',
  ],
  [
    'DeliveryManagement_detail_20261128_0932.ko.csv',
    'DeliveryManagement_detail_20261128_0932.csv',
    'utf-8',
    46,
    '주문번호',
  ],
] as const)('%s', (fixture, name, encoding, columns, header) => {
  it(`has the ${columns} columns QSM writes`, () => {
    const { bytes } = exported(fixture, name);
    const text =
      encoding === 'utf-8' ? new TextDecoder().decode(bytes) : new TextDecoder('shift_jis').decode(bytes);
    expect(text.split('\r\n')[0]?.split(',')).toHaveLength(columns);
    if (encoding === 'utf-8') expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it(`gives the orders of its ${header} column, never cart, item, phone or postcode numbers`, () => {
    const result = extractOrderNumbers(exported(fixture, name));
    expect(result.encoding).toBe(encoding);
    expect(result.column).toBe(header);
    expect(result.orderNumbers).toEqual(expected);
    expect(result.duplicates).toBe(1);
    expect(result.rejected).toEqual([]);
    for (const other of others) expect(result.orderNumbers).not.toContain(other);
  });
});
