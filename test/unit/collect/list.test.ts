/** The collected list: unique, first-seen order across batches, bounded, a batch removable. */
import { describe, expect, it } from 'vitest';
import {
  addBatch,
  collectedCount,
  collectedOrders,
  collectedSources,
  emptyCollected,
  MAX_COLLECTED,
  parseCollected,
  removeBatch,
} from '../../../lib/collect/list';

const at = '2026-11-28T00:00:00.000Z';

describe('the collected list', () => {
  it('adds without duplicates, in first-seen order, across batches', () => {
    const first = addBatch(emptyCollected(), {
      id: 'a',
      source: 'delivery',
      at,
      orders: ['262749754', '262749885', '262749754'],
    });
    expect(first).toMatchObject({ added: 2, duplicates: 1 });
    const second = addBatch(first.list, {
      id: 'b',
      source: 'claim',
      at,
      orders: ['262749885', '1262750016'],
    });
    expect(second).toMatchObject({ added: 1, duplicates: 1 });
    expect(collectedOrders(second.list)).toEqual(['262749754', '262749885', '1262750016']);
    expect(collectedSources(second.list)).toEqual(['delivery', 'claim']);
    expect(collectedOrders(removeBatch(second.list, 'a'))).toEqual(['1262750016']);
  });

  it('keeps no empty batch and drops anything that is not an order number', () => {
    const { list, added } = addBatch(emptyCollected(), {
      id: 'a',
      source: 'delivery',
      at,
      orders: ['abc', '12345'],
    });
    expect(added).toBe(0);
    expect(list.batches).toEqual([]);
  });

  it('holds at most the converter’s cap', () => {
    const many = Array.from({ length: MAX_COLLECTED + 5 }, (_, i) => String(100000000 + i));
    const result = addBatch(emptyCollected(), { id: 'a', source: 'delivery', at, orders: many });
    expect(result).toMatchObject({ added: MAX_COLLECTED, overCap: 5 });
    expect(collectedCount(result.list)).toBe(MAX_COLLECTED);
  });

  it('reads anything unreadable in storage as an empty list', () => {
    expect(parseCollected(undefined)).toEqual(emptyCollected());
    expect(parseCollected({ version: 1, batches: [{ id: 'a', source: 'x', at, orders: [] }] })).toEqual(
      emptyCollected(),
    );
  });
});
