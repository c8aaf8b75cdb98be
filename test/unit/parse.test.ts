import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isRecord, parseEach } from '../../lib/storage/parse';

describe('parseEach', () => {
  const schema = z.object({ name: z.string().trim(), count: z.number().default(1) });

  it('keeps the values that parse, as parsed and in order, and drops the others', () => {
    const values = [{ name: ' a ' }, { name: 3 }, null, { name: 'b', count: 2, extra: true }];
    expect(parseEach(schema, values)).toEqual([
      { name: 'a', count: 1 },
      { name: 'b', count: 2 },
    ]);
  });

  it('gives an empty list when nothing parses', () => {
    expect(parseEach(schema, ['a', 1, []])).toEqual([]);
  });
});

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ version: 2 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });
});
