import { beforeAll, describe, expect, it } from 'vitest';
import { extractOrderNumbers, MAX_ROWS, readOrderList } from '../../../lib/orders';
import {
  bombStream,
  deflated,
  fixture,
  makeZip,
  millionRows,
  relNs,
  sheetHead,
  sheetXml,
  stored,
  workbookParts,
} from './helpers';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('hostile workbooks', () => {
  it('reads a workbook whose comment ref is __proto__ without polluting any prototype', () => {
    const before = prototypeKeys();
    const comments = `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment><comment ref="constructor" authorId="0"><text><t>polluted</t></text></comment></commentList></comments>`;
    const bytes = makeZip(
      workbookParts(stored('xl/worksheets/sheet1.xml', sheetXml([['Order No.'], ['262749754']])), {
        parts: [stored('xl/comments1.xml', comments)],
        overrides:
          '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
        sheetRels: `<Relationship Id="rId1" Type="${relNs}/comments" Target="../comments1.xml"/>`,
      }),
    );
    let outcome: unknown;
    try {
      outcome = extractOrderNumbers({ name: 'proto.xlsx', bytes }).orderNumbers;
    } catch (error) {
      outcome = error;
    }
    expect(outcome).toEqual(['262749754']);
    expect(prototypeKeys()).toEqual(before);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'c', 't', 'v', 'a', 'r', 'h']) expect(probe[key], key).toBeUndefined();
  });

  it('refuses a zip bomb (a tiny file declaring a sheet of a gigabyte) without unpacking it', () => {
    const data = bombStream(`${sheetHead}<sheetData>`, 1024, '</sheetData></worksheet>');
    const bytes = makeZip(
      workbookParts({
        name: 'xl/worksheets/sheet1.xml',
        data,
        deflated: true,
        size: 1024 * 1024 * 1024 + 100,
      }),
    );
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(() => extractOrderNumbers({ name: 'bomb.xlsx', bytes })).toThrow(
      expect.objectContaining({ code: 'zip-bomb' }),
    );
  });

  it('refuses a zip bomb that lies about its size before SheetJS unpacks it (page path)', async () => {
    const data = bombStream(`${sheetHead}<sheetData>`, 256, '</sheetData></worksheet>');
    // Declares about as much as its compressed size, so the directory alone looks believable.
    const bytes = makeZip(
      workbookParts({ name: 'xl/worksheets/sheet1.xml', data, deflated: true, size: data.length * 2 }),
    );
    await expect(readOrderList({ name: 'bomb.xlsx', bytes })).rejects.toMatchObject({ code: 'zip-bomb' });
  });

  it('refuses a workbook whose local and central headers disagree on a size', () => {
    const sheet = deflated('xl/worksheets/sheet1.xml', sheetXml([['Order No.'], ['262749754']]));
    const bytes = makeZip(workbookParts(sheet));
    // Rewrite the local header's size of the sheet entry only.
    const view = new DataView(bytes.buffer);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    for (let i = 0; i < bytes.length - 30; i++) {
      if (view.getUint32(i, true) === 0x04034b50 && view.getUint16(i + 26, true) === name.length) {
        const at = new TextDecoder().decode(bytes.subarray(i + 30, i + 30 + name.length));
        if (at === 'xl/worksheets/sheet1.xml') view.setUint32(i + 22, 10, true);
      }
    }
    expect(() => extractOrderNumbers({ name: 'lie.xlsx', bytes })).toThrow(
      expect.objectContaining({ code: 'zip-bomb' }),
    );
  });

  describe('a workbook of a million rows', () => {
    let bytes: Uint8Array;
    beforeAll(() => {
      // No <dimension>: the row count must come from the rows themselves.
      bytes = millionRows();
    });

    it('is refused by the row limit', () => {
      expect(() => extractOrderNumbers({ name: 'million.xlsx', bytes })).toThrow(
        expect.objectContaining({ code: 'too-many-rows', params: { limit: MAX_ROWS } }),
      );
    });

    it('is refused by the page path before SheetJS parses it', async () => {
      await expect(readOrderList({ name: 'million.xlsx', bytes })).rejects.toMatchObject({
        code: 'too-many-rows',
        params: { limit: MAX_ROWS },
      });
    });
  });

  it('lets a real workbook through the page path', async () => {
    const result = await readOrderList(fixture('two-sheets.xlsx'));
    expect(result.orderNumbers).toEqual(['262749754', '262749887']);
  });

  it('calls garbage with a workbook name unreadable', () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 this is not a zip');
    expect(() => extractOrderNumbers({ name: 'x.xlsx', bytes })).toThrow(
      expect.objectContaining({ code: 'unreadable' }),
    );
  });
});
