/**
 * Whose fault a claim was, as クレーム管理 writes it in a row (販売者の責任, the seller's responsibility,
 * in the spec; the other languages' words are our reading of the same). A compensation push is for the
 * claims that were the seller's: a row counts when any of its cells says so; "the buyer's" never does.
 */
const SELLER_FAULT = [
  '販売者の責任',
  '販売者責任',
  '出品者の責任',
  '卖家责任',
  '卖家的责任',
  '賣家責任',
  '판매자책임',
  '판매자귀책',
  "seller'sresponsibility",
  'sellerresponsibility',
  'sellerfault',
  "seller'sfault",
];

/** Lowercase, without spaces, with the typographic apostrophe as ASCII: `Seller’s responsibility` → `seller'sresponsibility`. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[’‘`]/g, "'");

export function isSellerFault(text: string): boolean {
  const folded = fold(text);
  return folded.length > 0 && folded.length <= 40 && SELLER_FAULT.some((word) => folded.includes(word));
}
