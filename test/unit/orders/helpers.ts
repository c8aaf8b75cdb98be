/** Test helpers: fixtures from disk and hand-built ZIP/xlsx files (deflated, or with lying sizes). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../lib/orders/zip';

export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(join(__dirname, '../../fixtures/orders', name))) };
}

export interface ZipPart {
  name: string;
  /** The bytes as stored: raw for stored entries, already deflated when `deflated` is set. */
  data: Uint8Array;
  deflated?: boolean;
  /** The unpacked size written in the headers; the truth unless a test wants a lie. */
  size?: number;
  crc?: number;
}

/** A ZIP with stored or deflated entries and whatever sizes a test declares. */
export function makeZip(parts: ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = p.size ?? p.data.length;
    const crc = p.crc ?? (p.deflated ? 0 : crc32(p.data));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.deflated ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(p.deflated ? 8 : 0, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(p.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(p.data));
    central.push(dir, name);
    offset += 30 + name.length + p.data.length;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** A deflated entry whose CRC and size are true. */
export function deflated(name: string, text: string): ZipPart {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), deflated: true, size: raw.length, crc: crc32(raw) };
}

export function stored(name: string, text: string): ZipPart {
  return { name, data: new Uint8Array(Buffer.from(text)) };
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkg = 'http://schemas.openxmlformats.org/package/2006';

/** The parts of a one-sheet workbook around a given sheet part; `extra` adds parts and content types. */
export function workbookParts(
  sheet: ZipPart,
  extra: { parts?: ZipPart[]; overrides?: string; sheetRels?: string } = {},
): ZipPart[] {
  return [
    stored(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${extra.overrides ?? ''}</Types>`,
    ),
    stored(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    stored(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    ...(extra.sheetRels
      ? [
          stored(
            'xl/worksheets/_rels/sheet1.xml.rels',
            `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}/relationships">${extra.sheetRels}</Relationships>`,
          ),
        ]
      : []),
    sheet,
    ...(extra.parts ?? []),
  ];
}

export const sheetHead = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">`;
export const relNs = rel;

/** Inline-string row XML for a sheet: each row is a list of cell texts. */
export function sheetXml(rows: (string | number)[][]): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((v, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return `${sheetHead}<sheetData>${body}</sheetData></worksheet>`;
}

/** A raw deflate stream that unpacks to `head` + `megabytes` MiB of spaces + `tail`, in about 1 KB per MiB. */
export function bombStream(head: string, megabytes: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const spaces = deflateRawSync(Buffer.alloc(1 << 20, 0x20), flush);
  return Buffer.concat([
    deflateRawSync(Buffer.from(head), flush),
    ...Array.from({ length: megabytes }, () => spaces),
    deflateRawSync(Buffer.from(tail)),
  ]);
}

const built = new Map<string, Uint8Array>();

/** A one-sheet workbook of `count` numeric rows, without a <dimension> unless `dimension` is set (built once). */
export function millionRows(count = 1_000_000, dimension = false): Uint8Array {
  const key = `${count}:${dimension}`;
  const cached = built.get(key);
  if (cached) return cached;
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${262000000 + r}</v></c></row>`);
  const dim = dimension ? `<dimension ref="A1:A${count}"/>` : '';
  const xml = `${sheetHead}${dim}<sheetData>${rows.join('')}</sheetData></worksheet>`;
  const bytes = makeZip(workbookParts(deflated('xl/worksheets/sheet1.xml', xml)));
  built.set(key, bytes);
  return bytes;
}
