/** What a workbook may unpack to, checked in both paths before SheetJS reads it (issue 12.3, 11.4). */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractOrderNumbers, MAX_ROWS, MAX_UNPACKED_BYTES, readOrderList } from '../../../lib/orders';
import { checkWorkbook, checkWorkbookAsync, dimensionRows } from '../../../lib/orders/unpack';
import {
  bombStream,
  deflated,
  fixture,
  makeZip,
  millionRows,
  sheetHead,
  sheetXml,
  workbookParts,
} from './helpers';

const MiB = 1024 * 1024;
const sheetName = 'xl/worksheets/sheet1.xml';

/** Both paths, as the converter page (async) and everything else (sync) call them. */
const paths = [
  ['extractOrderNumbers', async (bytes: Uint8Array) => extractOrderNumbers({ name: 'book.xlsx', bytes })],
  ['readOrderList', (bytes: Uint8Array) => readOrderList({ name: 'book.xlsx', bytes })],
] as const;

async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return 'not refused';
}

describe('what a workbook may unpack to', () => {
  it(`caps a workbook at ${MAX_UNPACKED_BYTES / MiB} MiB, a few tens of MB`, () => {
    expect(MAX_UNPACKED_BYTES).toBeGreaterThanOrEqual(16 * MiB);
    expect(MAX_UNPACKED_BYTES).toBeLessThanOrEqual(100 * MiB);
  });

  describe.each(paths)('%s', (_name, read) => {
    it('refuses a sheet that honestly declares 100 MiB (over the cap, under what SheetJS would take)', async () => {
      const data = bombStream(`${sheetHead}<sheetData>`, 100, '</sheetData></worksheet>');
      const size = 100 * MiB + `${sheetHead}<sheetData></sheetData></worksheet>`.length;
      const bytes = makeZip(workbookParts({ name: sheetName, data, deflated: true, size }));
      expect(await refusal(() => read(bytes))).toMatchObject({ code: 'zip-bomb' });
    });

    it('refuses parts that are each under the cap but together over it', async () => {
      const half = bombStream('<x>', 40, '</x>');
      const size = 40 * MiB + 7;
      const bytes = makeZip(
        workbookParts(deflated(sheetName, sheetXml([['Order No.'], ['262749754']])), {
          parts: [
            { name: 'xl/media/a.xml', data: half, deflated: true, size },
            { name: 'xl/media/b.xml', data: half, deflated: true, size },
          ],
        }),
      );
      expect(await refusal(() => read(bytes))).toMatchObject({ code: 'zip-bomb' });
    });

    it('refuses a sheet that lies about its size, while inflating, at its declared size', async () => {
      const data = bombStream(`${sheetHead}<sheetData>`, 256, '</sheetData></worksheet>');
      // Declares twice its compressed size, so the directory alone looks believable.
      const bytes = makeZip(workbookParts({ name: sheetName, data, deflated: true, size: data.length * 2 }));
      expect(await refusal(() => read(bytes))).toMatchObject({ code: 'zip-bomb' });
    });

    it('refuses a part that unpacks to less than it declared', async () => {
      const xml = sheetXml([['Order No.'], ['262749754']]);
      const bytes = makeZip(workbookParts({ ...deflated(sheetName, xml), size: xml.length + 500 }));
      expect(await refusal(() => read(bytes))).toMatchObject({ code: 'zip-bomb' });
    });

    it('calls a corrupt deflate stream unreadable', async () => {
      const good = deflateRawSync(Buffer.from(sheetXml([['Order No.'], ['262749754']])));
      const data = good.subarray(0, good.length - 8);
      const bytes = makeZip(workbookParts({ name: sheetName, data, deflated: true, size: 400 }));
      expect(await refusal(() => read(bytes))).toMatchObject({ code: 'unreadable' });
    });

    it('refuses a million rows by the sheet’s dimension and by its rows as they stream', async () => {
      for (const bytes of [millionRows(1_000_000, true), millionRows(1_000_000, false)]) {
        expect(await refusal(() => read(bytes))).toMatchObject({
          code: 'too-many-rows',
          params: { limit: MAX_ROWS },
        });
      }
    });

    it('reads a real workbook as before', async () => {
      expect((await read(fixture('two-sheets.xlsx').bytes)).orderNumbers).toEqual(['262749754', '262749887']);
    });
  });

  it('refuses rows before SheetJS is asked: the check alone throws, in both flavours', async () => {
    const declared = millionRows(300_000, true);
    expect(() => checkWorkbook(declared)).toThrow(expect.objectContaining({ code: 'too-many-rows' }));
    await expect(checkWorkbookAsync(declared)).rejects.toMatchObject({ code: 'too-many-rows' });
    const counted = millionRows(MAX_ROWS + 1, false);
    expect(() => checkWorkbook(counted)).toThrow(expect.objectContaining({ code: 'too-many-rows' }));
    expect(() => checkWorkbook(millionRows(1000, true))).not.toThrow();
  });

  it('reads the last row of a dimension, with or without a range, and nothing else', () => {
    expect(dimensionRows('<worksheet><dimension ref="A1:C500"/>')).toBe(500);
    expect(dimensionRows('<x:dimension ref="B7"/>')).toBe(7);
    expect(dimensionRows('<dimension ref="A1:XFD1048576"/>')).toBe(1_048_576);
    expect(dimensionRows('<sheetData><row r="1">')).toBeNull();
  });
});
