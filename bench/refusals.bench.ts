/**
 * How fast the order converter refuses what it must refuse (the unit tests only check that it does,
 * and with which error). Each case runs a few times; the median is printed against its budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { extractOrderNumbers, MAX_ROWS, MAX_UNPACKED_BYTES, readOrderList } from '../lib/orders';
import { bombStream, makeZip, millionRows, sheetHead, workbookParts } from '../test/unit/orders/helpers';

const RUNS = 3;

async function median(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    try {
      await run();
    } catch {
      // Refusals are the point; what was thrown is checked once, below.
    }
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

async function refusal(name: string, budgetMs: number, code: string, run: () => unknown) {
  await expect(Promise.resolve().then(run)).rejects.toMatchObject({ code });
  const ms = await median(run);
  console.log(
    `${name}: median ${ms.toFixed(0)} ms (budget ${budgetMs} ms)${ms > budgetMs ? '  OVER BUDGET' : ''}`,
  );
}

const pasted = '262749754\n'.repeat(1_000_000);
const million = millionRows();
const bombData = bombStream(`${sheetHead}<sheetData>`, 1024, '</sheetData></worksheet>');
const honestBomb = makeZip(
  workbookParts({ name: 'xl/worksheets/sheet1.xml', data: bombData, deflated: true, size: 1024 ** 3 + 100 }),
);
const lyingData = bombStream(`${sheetHead}<sheetData>`, 256, '</sheetData></worksheet>');
const lyingBomb = makeZip(
  workbookParts({
    name: 'xl/worksheets/sheet1.xml',
    data: lyingData,
    deflated: true,
    size: lyingData.length * 2,
  }),
);

test(`refusals (row limit ${MAX_ROWS.toLocaleString('en')})`, { timeout: 300_000 }, async () => {
  await refusal('1M pasted lines, sync', 1000, 'too-many-rows', () => extractOrderNumbers(pasted));
  await refusal('1M-row .xlsx, sync', 1000, 'too-many-rows', () =>
    extractOrderNumbers({ name: 'million.xlsx', bytes: million }),
  );
  await refusal('1M-row .xlsx, page path', 1000, 'too-many-rows', () =>
    readOrderList({ name: 'million.xlsx', bytes: million }),
  );
  await refusal('zip bomb declaring 1 GiB, sync', 500, 'zip-bomb', () =>
    extractOrderNumbers({ name: 'bomb.xlsx', bytes: honestBomb }),
  );
  await refusal('zip bomb lying about 256 MiB, sync', 2000, 'zip-bomb', () =>
    extractOrderNumbers({ name: 'bomb.xlsx', bytes: lyingBomb }),
  );
  await refusal('zip bomb lying about 256 MiB, page path', 2000, 'zip-bomb', () =>
    readOrderList({ name: 'bomb.xlsx', bytes: lyingBomb }),
  );
});

/** Peak memory of a refusal, in a process of its own so nothing else this run did is counted. */
function peakMemory(
  bytes: Uint8Array,
  path: 'sync' | 'page',
): { code: string; beforeMb: number; peakMb: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'qpp-bench-')), 'book.xlsx');
  writeFileSync(file, bytes);
  const root = join(import.meta.dirname, '..');
  const out = execFileSync(
    process.execPath,
    ['--no-warnings', '--import', './backend/register.ts', 'bench/refusal-memory.ts', file, path],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

test(`peak memory of a refusal (cap ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB unpacked)`, {
  timeout: 300_000,
}, () => {
  const cases = [
    { name: 'zip bomb declaring 1 GiB', bytes: honestBomb },
    { name: 'zip bomb lying about 256 MiB', bytes: lyingBomb },
    { name: '1M-row .xlsx', bytes: million },
  ];
  for (const { name, bytes } of cases) {
    for (const path of ['sync', 'page'] as const) {
      const { code, beforeMb, peakMb } = peakMemory(bytes, path);
      console.log(
        `${name}, ${path} path: refused as ${code}; peak RSS ${peakMb.toFixed(0)} MB, ${(peakMb - beforeMb).toFixed(0)} MB above the ${beforeMb.toFixed(0)} MB before (budget +64 MB)`,
      );
      expect(code).not.toBe('accepted');
    }
  }
});
