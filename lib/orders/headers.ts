/**
 * Which column of a table holds order numbers, judged by its header in ja, zh, en or ko. Item,
 * cart and shipping numbers look exactly like order numbers (9 digits), so a header that names one
 * of them, or the buyer, is never taken, even when it also says "order".
 */

/** Headers QSM and sellers use for the order number, compared after `normalizeHeader`. */
const exactOrderHeaders = new Set([
  '注文番号',
  '注文no',
  '注文id',
  '受注番号',
  'オーダー番号',
  'オーダーno',
  '订单号',
  '订单编号',
  '订单号码',
  '訂單號',
  '訂單編號',
  '訂單號碼',
  '订单no',
  'orderno',
  'ordernumber',
  'orderid',
  'ordernum',
  'order',
  '주문번호',
  '주문no',
]);

const orderWord = /注文|受注|オーダー|订单|訂單|order|주문/;
const numberWord = /(番号|no|number|num|id|编号|编码|號|号|号码|號碼|번호|#)$/;
/** Item, cart, shipping, tracking, buyer: never the order-number column. */
const excludedWord =
  /商品|品番|アイテム|カート|配送|発送|出荷|送り状|伝票|購入者|注文者|顧客|会員|货品|物品|购物车|購物車|运单|運單|物流|快递|买家|客户|会员|item|product|goods|sku|cart|ship|deliver|track|parcel|buyer|customer|member|user|상품|장바구니|배송|송장|구매자|회원/;

/** Lowercase, full-width folded, without spaces and punctuation: `Order No.` → `orderno`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._\-:：・/\\()[\]（）【】「」"'`*]+/g, '');
}

/** 2 for a known order-number header, 1 for one that reads like it, 0 for anything else. */
export function orderHeaderScore(header: string): 0 | 1 | 2 {
  const h = normalizeHeader(header);
  if (h === '' || h.length > 40 || excludedWord.test(h)) return 0;
  if (exactOrderHeaders.has(h)) return 2;
  return orderWord.test(h) && numberWord.test(h) ? 1 : 0;
}

/**
 * A cell that names a column rather than holding a value: no digit, and a word like 番号, No. or
 * ID at its end (カート番号 where a copied header repeats). Never a rejected order number.
 */
export function isHeaderWord(cell: unknown): boolean {
  // Most cells are order numbers: a digit settles it before any normalising.
  if (typeof cell !== 'string' || /[0-9]/.test(cell)) return false;
  const h = normalizeHeader(cell);
  return h !== '' && h.length <= 40 && !/\d/.test(h) && numberWord.test(h);
}

/** True for a header that names item, cart, shipping, tracking or buyer numbers. */
export function namesOtherNumbers(header: string): boolean {
  return excludedWord.test(normalizeHeader(header));
}

/** The index of the best order-number header in a row, or -1. Ties go to the leftmost. */
export function findOrderColumn(cells: readonly unknown[]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== 'string') continue;
    const score = orderHeaderScore(cell);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
