import { describe, expect, it } from 'vitest';
import { isSellerFault } from '../../../lib/collect/fault';

describe('isSellerFault', () => {
  it.each([
    '販売者の責任',
    '販売者 の 責任',
    '卖家责任',
    'Seller’s responsibility',
    "SELLER'S RESPONSIBILITY",
    '판매자 책임',
  ])('reads %s as the seller’s fault', (text) => expect(isSellerFault(text)).toBe(true));
  it.each(['購入者の責任', '买家责任', 'Buyer’s responsibility', '구매자 책임', '', '配送中'])(
    'does not read %s so',
    (text) => expect(isSellerFault(text)).toBe(false),
  );
});
