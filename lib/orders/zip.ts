/**
 * The little of ZIP the converter needs, without a library: writing an archive of stored (not
 * compressed) entries, and reading an archive's directory to refuse zip bombs before unpacking
 * (what the parts really unpack to is checked in `./unpack`).
 */

/**
 * CRC-32 tables for slicing by 8: table k gives the CRC of a byte followed by k zero bytes. Pure, so
 * a bundle that imports this module without writing (the page features, for the template's type) drops it.
 */
const crcTables = /* @__PURE__ */ (() => {
  const tables = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n] as number;
    for (let t = 1; t < 8; t++) {
      c = (tables[c & 0xff] as number) ^ (c >>> 8);
      tables[t * 256 + n] = c >>> 0;
    }
  }
  return tables;
})();

/** CRC-32 (ZIP's), eight bytes a step: a 100,000-row template is about 7 MB. */
export function crc32(bytes: Uint8Array): number {
  const t = crcTables;
  let crc = 0xffffffff;
  let i = 0;
  const n = bytes.length;
  const fast = n - (n % 8);
  for (; i < fast; i += 8) {
    const a =
      (crc ^
        ((bytes[i] as number) |
          ((bytes[i + 1] as number) << 8) |
          ((bytes[i + 2] as number) << 16) |
          ((bytes[i + 3] as number) << 24))) >>>
      0;
    crc =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (bytes[i + 4] as number)] as number) ^
      (t[512 + (bytes[i + 5] as number)] as number) ^
      (t[256 + (bytes[i + 6] as number)] as number) ^
      (t[bytes[i + 7] as number] as number);
  }
  for (; i < n; i++) crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00, the earliest DOS date: the same input always gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A ZIP archive of stored entries, in the order given. */
export function writeZip(entries: { name: string; data: Uint8Array }[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: { name: Uint8Array; data: Uint8Array; crc: number; offset: number }[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    parts.push({ name, data: entry.data, crc: crc32(entry.data), offset });
    offset += 30 + name.length + entry.data.length;
  }
  const directorySize = parts.reduce((sum, p) => sum + 46 + p.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 6, 0x0800, true); // names are UTF-8
    view.setUint16(at + 8, 0, true); // stored
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.data.length, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const directoryStart = at;
  for (const p of parts) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.data.length, true);
    view.setUint16(at + 28, p.name.length, true);
    // extra, comment, disk, internal and external attributes stay zero
    view.setUint32(at + 42, p.offset, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  /** Sizes as the central directory declares them. */
  compressedSize: number;
  size: number;
  /** Sizes as the entry's local header declares them (what SheetJS trusts). */
  localCompressedSize: number;
  localSize: number;
  /** Where the entry's data starts. */
  dataOffset: number;
}

/** The entries of a ZIP archive as its directories declare them, or null when it is not a readable ZIP. */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localCompressedSize: view.getUint32(local + 18, true),
      localSize: view.getUint32(local + 22, true),
      dataOffset: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The most entries a workbook may have; real ones have a few dozen. */
const MAX_ENTRIES = 10_000;

/**
 * Refuses a ZIP whose directory already tells it is a bomb or lies about sizes: more unpacked
 * bytes than `maxUnpacked`, local and central sizes that disagree, or compressed data larger than
 * the declared size could ever need (a small declared size hiding a huge one).
 * Returns the problem, or null when the declared sizes are believable.
 */
export function zipDirectoryProblem(
  entries: ZipEntryInfo[],
  maxUnpacked: number,
): 'zip-bomb' | 'unreadable' | null {
  if (entries.length > MAX_ENTRIES) return 'zip-bomb';
  let total = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) return 'unreadable';
    total += Math.max(e.size, e.localSize);
    if (total > maxUnpacked) return 'zip-bomb';
    if (e.localSize !== 0 && e.localSize !== e.size) return 'zip-bomb';
    if (e.method === 8 && e.compressedSize > e.size * 1.01 + 1024) return 'zip-bomb';
  }
  return null;
}
