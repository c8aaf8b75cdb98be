/** The collected list: unique, first-seen order across batches, bounded, a batch removable. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
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
import { collectedSchema } from '../../../lib/collect/schema';

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

  it('reads what the schema accepts, and refuses what it refuses (parseCollected is written out, no zod)', () => {
    const batch = { id: 'a', source: 'delivery', at, orders: ['262749754', '1262749754'] };
    const samples: unknown[] = [
      { version: 1, batches: [] },
      { version: 1, batches: [batch, { ...batch, id: 'b', source: 'claim' }] },
      { version: 2, batches: [] },
      { version: 1, batches: [{ ...batch, source: 'other' }] },
      { version: 1, batches: [{ ...batch, orders: ['12345'] }] },
      { version: 1, batches: [{ ...batch, orders: [262749754] }] },
      { version: 1, batches: [{ ...batch, at: 5 }] },
      { version: 1, batches: [{ ...batch, id: undefined }] },
      { version: 1, batches: 'x' },
      [],
      null,
      'text',
    ];
    for (const raw of samples) {
      const parsed = z.safeParse(collectedSchema, raw);
      expect(parseCollected(raw), JSON.stringify(raw)).toEqual(
        parsed.success ? parsed.data : emptyCollected(),
      );
    }
  });
});
