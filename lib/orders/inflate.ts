/**
 * A synchronous raw-deflate decoder (RFC 1951) that hands its output over in chunks and stops when
 * told to: the synchronous converter path counts a workbook's real bytes and rows with it before
 * SheetJS unpacks anything, holding 96 kB at a time (browsers only offer DecompressionStream,
 * which is asynchronous). Table-driven Huffman decoding, about as fast as SheetJS's own inflate.
 */

export class InflateError extends Error {
  override readonly name = 'InflateError';
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order in which a dynamic block sends its code-length code lengths. */
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code as a lookup table indexed by the next `bits` input bits: (symbol << 4) | length, 0 = no code. */
interface Huffman {
  table: Int32Array;
  bits: number;
}

function huffman(lengths: ArrayLike<number>): Huffman {
  const count = new Uint16Array(16);
  let bits = 0;
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s] as number;
    count[len] = (count[len] as number) + 1;
    if (len > bits) bits = len;
  }
  const table = new Int32Array(1 << bits);
  if (bits === 0) return { table, bits };
  const next = new Uint16Array(16);
  let code = 0;
  count[0] = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + (count[len - 1] as number)) << 1;
    next[len] = code;
    if (code + (count[len] as number) > 1 << len) throw new InflateError('over-subscribed code');
  }
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s] as number;
    if (len === 0) continue;
    const c = next[len] as number;
    next[len] = c + 1;
    let reversed = 0;
    for (let k = 0; k < len; k++) reversed |= ((c >> k) & 1) << (len - 1 - k);
    for (let i = reversed; i < table.length; i += 1 << len) table[i] = (s << 4) | len;
  }
  return { table, bits };
}

const fixedLiterals = huffman(
  Array.from({ length: 288 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)),
);
const fixedDistances = huffman(Array.from({ length: 30 }, () => 5));

const WINDOW = 32 * 1024;
const CHUNK = 64 * 1024;

/**
 * Inflates `input` (raw deflate), calling `sink` with each chunk of output (valid only during the
 * call). Returns true when the stream ended, false when `sink` returned false to stop it early.
 * Throws InflateError on a malformed or truncated stream.
 */
export function inflateRaw(input: Uint8Array, sink: (chunk: Uint8Array) => boolean): boolean {
  let at = 0;
  let bitBuf = 0;
  let bitCount = 0;
  let padding = 0;
  const out = new Uint8Array(WINDOW + CHUNK);
  let pos = 0;
  let flushed = 0;

  const need = (n: number): void => {
    while (bitCount < n) {
      if (at < input.length) bitBuf |= (input[at++] as number) << bitCount;
      else if (++padding > 4) throw new InflateError('truncated');
      bitCount += 8;
    }
  };
  const take = (n: number): number => {
    need(n);
    const value = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCount -= n;
    return value;
  };
  const symbol = (code: Huffman): number => {
    need(code.bits);
    const entry = code.table[bitBuf & ((1 << code.bits) - 1)] as number;
    if (entry === 0) throw new InflateError('invalid code');
    const len = entry & 15;
    bitBuf >>>= len;
    bitCount -= len;
    return entry >> 4;
  };
  /** Hands over what was written since the last flush; keeps the last 32 kB for back-references. */
  const flush = (): boolean => {
    const go = pos > flushed ? sink(out.subarray(flushed, pos)) : true;
    if (pos === out.length) {
      out.copyWithin(0, pos - WINDOW, pos);
      pos = WINDOW;
    }
    flushed = pos;
    return go;
  };

  for (;;) {
    const last = take(1);
    const type = take(2);
    if (type === 0) {
      bitBuf = 0;
      bitCount = 0;
      if (at + 4 > input.length) throw new InflateError('truncated');
      const len = (input[at] as number) | ((input[at + 1] as number) << 8);
      const nlen = (input[at + 2] as number) | ((input[at + 3] as number) << 8);
      if ((len ^ 0xffff) !== nlen) throw new InflateError('bad stored block');
      at += 4;
      if (at + len > input.length) throw new InflateError('truncated');
      for (let copied = 0; copied < len; ) {
        const n = Math.min(len - copied, out.length - pos);
        out.set(input.subarray(at + copied, at + copied + n), pos);
        pos += n;
        copied += n;
        if (pos === out.length && !flush()) return false;
      }
      at += len;
    } else if (type === 1 || type === 2) {
      let literals = fixedLiterals;
      let distances = fixedDistances;
      if (type === 2) {
        const hlit = take(5) + 257;
        const hdist = take(5) + 1;
        const hclen = take(4) + 4;
        const clen = new Uint8Array(19);
        for (let i = 0; i < hclen; i++) clen[CLEN_ORDER[i] as number] = take(3);
        const lengthCode = huffman(clen);
        const lengths = new Uint8Array(hlit + hdist);
        for (let i = 0; i < lengths.length; ) {
          const s = symbol(lengthCode);
          if (s < 16) lengths[i++] = s;
          else {
            const [value, repeat] =
              s === 16
                ? [i > 0 ? (lengths[i - 1] as number) : -1, 3 + take(2)]
                : s === 17
                  ? [0, 3 + take(3)]
                  : [0, 11 + take(7)];
            if (value < 0 || i + repeat > lengths.length) throw new InflateError('bad code lengths');
            lengths.fill(value, i, i + repeat);
            i += repeat;
          }
        }
        literals = huffman(lengths.subarray(0, hlit));
        distances = huffman(lengths.subarray(hlit));
      }
      for (;;) {
        const s = symbol(literals);
        if (s < 256) {
          out[pos++] = s;
          if (pos === out.length && !flush()) return false;
          continue;
        }
        if (s === 256) break;
        const li = s - 257;
        if (li >= 29) throw new InflateError('invalid length');
        const length = (LENGTH_BASE[li] as number) + take(LENGTH_EXTRA[li] as number);
        const di = symbol(distances);
        if (di >= 30) throw new InflateError('invalid distance');
        const distance = (DIST_BASE[di] as number) + take(DIST_EXTRA[di] as number);
        if (distance > pos) throw new InflateError('distance too far back');
        if (pos + length < out.length) {
          for (let from = pos - distance, end = pos + length; pos < end; ) out[pos++] = out[from++] as number;
        } else {
          for (let k = 0; k < length; k++) {
            out[pos] = out[pos - distance] as number;
            pos++;
            if (pos === out.length && !flush()) return false;
          }
        }
      }
    } else {
      throw new InflateError('invalid block type');
    }
    if (last) return flush();
    if (pos - flushed >= CHUNK / 2 && !flush()) return false;
  }
}
