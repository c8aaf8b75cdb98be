/**
 * Run by bench/refusals.bench.ts in a fresh Node process: reads a workbook from a file, refuses it
 * through one path, and prints the process's peak RSS before and after (kB from getrusage, printed in MB).
 * `node --import ./backend/register.ts bench/refusal-memory.ts <file> <sync|page>`
 */
import { readFileSync } from 'node:fs';
import { extractOrderNumbers, readOrderList } from '../lib/orders/index.ts';

const [file = '', path = 'sync'] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const before = process.resourceUsage().maxRSS;
let code = 'accepted';
try {
  if (path === 'sync') extractOrderNumbers({ name: 'book.xlsx', bytes });
  else await readOrderList({ name: 'book.xlsx', bytes });
} catch (error) {
  code = (error as { code?: string }).code ?? String(error);
}
const after = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ code, beforeMb: before / 1024, peakMb: after / 1024 }));
