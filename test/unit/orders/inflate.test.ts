import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateError, inflateRaw } from '../../../lib/orders/inflate';

function inflateAll(input: Uint8Array): { bytes: Buffer; chunks: number } {
  const parts: Buffer[] = [];
  const done = inflateRaw(input, (chunk) => {
    parts.push(Buffer.from(chunk));
    return true;
  });
  expect(done).toBe(true);
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

/** Text with long-range repeats (back-references up to 32 kB) and some noise, like sheet XML. */
function sheetLike(size: number, seed = 1): Buffer {
  let x = seed;
  const random = () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x;
  };
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) {
    const r = random();
    out[i] =
      r % 7 === 0
        ? r & 0xff
        : i > 30000 && r % 3 === 0
          ? (out[i - 30000 + (r % 500)] as number)
          : 0x3c + (r % 20);
  }
  return out;
}

describe('inflateRaw', () => {
  it.each([0, 1, 6, 9])(
    'gives back exactly what zlib deflated at level %i, across chunk boundaries',
    (level) => {
      const raw = sheetLike(300_000, level + 1);
      const { bytes, chunks } = inflateAll(deflateRawSync(raw, { level }));
      expect(bytes.equals(raw)).toBe(true);
      expect(chunks).toBeGreaterThan(3);
    },
  );

  it('reads fixed-Huffman blocks and streams that are several blocks flushed apart', () => {
    const raw = Buffer.from('262749754\n'.repeat(50_000));
    const fixed = deflateRawSync(raw, { strategy: constants.Z_FIXED });
    expect(inflateAll(fixed).bytes.equals(raw)).toBe(true);
    const flush = { finishFlush: constants.Z_FULL_FLUSH };
    const joined = Buffer.concat([deflateRawSync(raw, flush), deflateRawSync(Buffer.from('end'))]);
    expect(inflateAll(joined).bytes.toString()).toBe(`${raw.toString()}end`);
  });

  it('reads an empty stream', () => {
    expect(inflateAll(deflateRawSync(Buffer.alloc(0))).bytes.length).toBe(0);
  });

  it('stops when the sink says so, holding no more than a chunk', () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    let seen = 0;
    let largest = 0;
    const done = inflateRaw(bomb, (chunk) => {
      seen += chunk.length;
      largest = Math.max(largest, chunk.length);
      return seen < 1024 * 1024;
    });
    expect(done).toBe(false);
    expect(seen).toBeLessThan(2 * 1024 * 1024);
    expect(largest).toBeLessThanOrEqual(96 * 1024);
  });

  it('throws InflateError on a truncated or malformed stream', () => {
    const whole = deflateRawSync(sheetLike(100_000));
    expect(() => inflateAll(whole.subarray(0, whole.length / 2))).toThrow(InflateError);
    expect(() => inflateAll(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toThrow(InflateError);
    // A stored block whose length and its complement disagree.
    expect(() => inflateAll(new Uint8Array([0x01, 0x05, 0x00, 0x00, 0x00, 0x41]))).toThrow(InflateError);
  });
});
