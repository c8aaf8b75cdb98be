import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extractOrderNumbers, templateFileName, writeOrderTemplate } from '../../../lib/orders';
import { crc32, readZipDirectory } from '../../../lib/orders/zip';

function readBack(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
  return { book, sheet };
}

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {}
  }
  return null;
}
const soffice = findSoffice();

describe('writeOrderTemplate', () => {
  const orders = ['262749754', '262749886', '1262750373', '000000001'];

  it('writes one sheet, A1 "Order No.", then one order number a row as text cells', () => {
    const { book, sheet } = readBack(writeOrderTemplate(orders));
    expect(book.SheetNames).toHaveLength(1);
    expect(sheet['!ref']).toBe('A1:A5');
    expect(sheet.A1).toMatchObject({ t: 's', v: 'Order No.' });
    orders.forEach((n, i) => {
      expect(sheet[`A${i + 2}`]).toMatchObject({ t: 's', v: n });
    });
  });

  it('keeps leading zeros and 10-digit numbers exactly (text, not numbers)', () => {
    const { sheet } = readBack(writeOrderTemplate(['0262749754', '9999999999']));
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true })).toEqual([
      ['Order No.'],
      ['0262749754'],
      ['9999999999'],
    ]);
  });

  it('writes 100,000 ten-digit order numbers, the last one included', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => String(9_000_000_000 + i));
    const { sheet } = readBack(writeOrderTemplate(many));
    expect(sheet['!ref']).toBe('A1:A100001');
    expect(sheet.A100001).toMatchObject({ t: 's', v: '9000099999' });
  });

  it('writes a repeated order number on each of its rows', () => {
    const { sheet } = readBack(writeOrderTemplate(['262749754', '262749886', '262749754']));
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true })).toEqual([
      ['Order No.'],
      ['262749754'],
      ['262749886'],
      ['262749754'],
    ]);
  });

  it('writes an empty template with only the header', () => {
    const { sheet } = readBack(writeOrderTemplate([]));
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([['Order No.']]);
  });

  it('is a valid ZIP: every entry stored with a matching CRC-32', () => {
    const bytes = writeOrderTemplate(orders);
    const entries = readZipDirectory(bytes);
    expect(entries?.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    for (const e of entries ?? []) {
      const data = bytes.subarray(e.dataOffset, e.dataOffset + e.size);
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      const localCrc = view.getUint32(e.dataOffset - 30 - e.name.length + 14, true);
      expect(crc32(data), e.name).toBe(localCrc);
    }
  });

  it('reads back through our own reader to the same list', () => {
    const bytes = writeOrderTemplate(orders);
    expect(extractOrderNumbers({ name: 'orders.xlsx', bytes }).orderNumbers).toEqual(orders);
  });

  it('refuses anything that is not an order number', () => {
    expect(() => writeOrderTemplate(['262749754', '2.63E+08'])).toThrow(
      expect.objectContaining({ code: 'invalid-order-number', params: { value: '2.63E+08' } }),
    );
  });

  it('names the file by the date in Japan', () => {
    expect(templateFileName(new Date('2026-11-27T15:30:00Z'))).toBe('orders-20261128.xlsx');
    expect(templateFileName(new Date('2026-11-27T14:59:00Z'))).toBe('orders-20261127.xlsx');
  });

  it.skipIf(!soffice)(
    `opens in LibreOffice${soffice ? '' : ' (skipped: neither soffice nor libreoffice is on PATH)'}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'qpp-template-'));
      const file = join(dir, 'orders.xlsx');
      writeFileSync(file, writeOrderTemplate(orders));
      execFileSync(soffice as string, ['--headless', '--convert-to', 'csv', '--outdir', dir, file], {
        timeout: 60_000,
      });
      const csv = readFileSync(join(dir, 'orders.csv'), 'utf8').trim().split(/\r?\n/);
      expect(csv).toEqual(['Order No.', ...orders]);
    },
    90_000,
  );
});
