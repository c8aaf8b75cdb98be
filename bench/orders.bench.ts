/**
 * Extract and write 100,000 order numbers: ours (text reader + hand-written xlsx) against a plain
 * SheetJS pipeline (split lines, aoa_to_sheet, write), measured in the same run. Target: ours ≤ 0.15× (issue 11.4).
 */
import { expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { extractOrderNumbers, writeOrderTemplate } from '../lib/orders';

const COUNT = 100_000;
const text = Array.from({ length: COUNT }, (_, i) => String(262_000_000 + i * 7)).join('\n');

function ours(): Uint8Array {
  return writeOrderTemplate(extractOrderNumbers(text).orderNumbers);
}

function sheetjs(): Uint8Array {
  const rows = text.split('\n').map((line) => [line]);
  const sheet = XLSX.utils.aoa_to_sheet([['Order No.'], ...rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

test(`extract + write ${COUNT.toLocaleString('en')} order numbers`, async ({ bench }) => {
  // Both produce a workbook holding the same list, so the comparison is like for like.
  const check = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array' }).Sheets.Sheet1?.A100001?.v;
  expect(check(ours())).toBe(check(sheetjs()));

  const results = await bench.compare(
    bench('ours (lib/orders)', ours),
    bench('SheetJS (split, aoa_to_sheet, write)', sheetjs),
    { iterations: 8, time: 500, warmupIterations: 2, warmupTime: 0 },
  );
  const median = (name: 'ours (lib/orders)' | 'SheetJS (split, aoa_to_sheet, write)') =>
    results.get(name).latency.p50;
  const ratio = median('ours (lib/orders)') / median('SheetJS (split, aoa_to_sheet, write)');
  console.log(
    `median ours ${median('ours (lib/orders)').toFixed(1)} ms, sheetjs ${median('SheetJS (split, aoa_to_sheet, write)').toFixed(1)} ms\n` +
      `ratio ours/sheetjs = ${ratio.toFixed(2)} (target ≤ 0.15)`,
  );
});
