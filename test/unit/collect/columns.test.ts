/** The order-number column: by header in each language and its variants, by cell shape, and never a guess. */
import { describe, expect, it } from 'vitest';
import { chooseOrderColumn } from '../../../lib/collect/columns';

const order = (i: number) => String(262749754 + i * 131);
const cart = (i: number) => String(310420000 + i * 7);
const item = (i: number) => String(921676424 + (i % 6));
const tracking = (i: number) => String(400000000000 + i);
const rows = (n: number, cols: ((i: number) => string)[]) =>
  Array.from({ length: n }, (_, i) => cols.map((c) => c(i)));

/** Random header words no list of ours holds. */
function randomWord(seed: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let s = '';
  for (let k = 0; k < 6; k++) s += letters[(seed * 7 + k * 13 + seed * k) % letters.length];
  return s;
}

describe('chooseOrderColumn', () => {
  it.each([
    ['注文番号', 'カート番号', '商品番号', '送り状番号'],
    ['订单号', '购物车号', '商品编号', '运单号'],
    ['訂單編號', '購物車號', '商品編號', '運單號'],
    ['Order No.', 'Cart No.', 'Item No.', 'Tracking No.'],
    ['ORDER NUMBER', 'Cart Number', 'Item Code', 'Tracking Number'],
    ['주문번호', '장바구니번호', '상품번호', '송장번호'],
    ['注文ＮＯ', 'カートＮＯ', '商品ＮＯ', '送り状ＮＯ'],
  ])('takes %s by its header, never the cart, item or tracking column', (...headers) => {
    const choice = chooseOrderColumn(['', 'x', ...headers].slice(2), rows(5, [order, cart, item, tracking]));
    expect(choice).toMatchObject({ kind: 'found', index: 0, by: 'header' });
    // The same columns in another order.
    const shuffled = chooseOrderColumn(
      [headers[2], headers[1], headers[3], headers[0]] as string[],
      rows(5, [item, cart, tracking, order]),
    );
    expect(shuffled).toMatchObject({ kind: 'found', index: 3, by: 'header' });
  });

  it('takes the one 9–10 digit column when the others are ruled out by their headers', () => {
    const choice = chooseOrderColumn(
      ['状態', 'ナンバー', 'カート番号', '商品番号'],
      rows(5, [() => '発送待ち', order, cart, item]),
    );
    expect(choice).toMatchObject({ kind: 'found', index: 1, by: 'cells' });
  });

  it('refuses to guess between two 9–10 digit columns with unknown headers, whatever the words', () => {
    for (let seed = 1; seed < 50; seed++) {
      const headers = [
        randomWord(seed),
        randomWord(seed + 100),
        randomWord(seed + 200),
        randomWord(seed + 300),
      ];
      const choice = chooseOrderColumn(headers, rows(8, [order, () => '配送中', cart, tracking]));
      expect(choice).toEqual({ kind: 'ambiguous', headers: [headers[0], headers[2]] });
    }
  });

  it('takes the only 9–10 digit column under unknown headers (a tracking number has 12 digits)', () => {
    const choice = chooseOrderColumn(['qlx', 'zorp', 'vask'], rows(4, [() => '2026/11/28', order, tracking]));
    expect(choice).toMatchObject({ kind: 'found', index: 1, by: 'cells' });
  });

  it('does not take an order-number header over cells that are not order numbers', () => {
    const choice = chooseOrderColumn(['注文番号', 'x'], rows(4, [() => 'ABC-1', order]));
    expect(choice).toMatchObject({ kind: 'found', index: 1, by: 'cells' });
  });

  it('judges an empty list by its headers alone', () => {
    expect(chooseOrderColumn(['カート番号', '注文番号'], [])).toMatchObject({ kind: 'found', index: 1 });
    expect(chooseOrderColumn(['qlx', 'zorp'], [])).toEqual({ kind: 'none' });
  });

  it('folds full-width digits in the cells', () => {
    const choice = chooseOrderColumn(['qlx'], [['２６２７４９７５４'], ['262749885']]);
    expect(choice).toMatchObject({ kind: 'found', index: 0, by: 'cells' });
  });
});
