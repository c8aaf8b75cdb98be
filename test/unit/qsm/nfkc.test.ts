/** foldNfkc is NFKC: for every character it keeps or folds itself, and for strings mixing them with others. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldNfkc } from '../../../lib/util/nfkc';

const ranges: [number, number][] = [
  [0x0000, 0x007f],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xff00, 0xffef],
];

describe('foldNfkc', () => {
  it('equals NFKC for every character of the ranges it handles itself, and their neighbours', () => {
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        expect(foldNfkc(char), `U+${code.toString(16)}`).toBe(char.normalize('NFKC'));
      }
    }
  });

  it('equals NFKC for strings of labels’ characters and anything else (combining marks, half-width kana)', () => {
    const char = fc.oneof(
      ...ranges.map(([from, to]) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c))),
      fc.constantFrom('\u3099', '\u309a', '\u0301', 'ｶ', 'ﾞ', '①', '㈱', 'ﬁ', 'Å'),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(foldNfkc(text)).toBe(text.normalize('NFKC'));
      }),
      { numRuns: 5000 },
    );
  });
});
