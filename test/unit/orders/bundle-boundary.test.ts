import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

/** Every module reachable from `entry` by static or dynamic imports, and the packages they import. */
function importGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length) {
    const file = queue.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = match[1] as string;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', '']
        .map((ext) => base + ext)
        .find((path) => existsSync(path) && statSync(path).isFile());
      if (found && /\.tsx?$/.test(found)) queue.push(found);
    }
  }
  return { modules, packages };
}

describe('the content script never bundles SheetJS', () => {
  it.each([
    'entrypoints/qsm-loader.ts',
    'entrypoints/qsm-features.ts',
    'entrypoints/qsm-collect.ts',
    'content/features/order-converter/index.tsx',
  ])('%s imports neither xlsx nor the Excel reader', (entry) => {
    const { modules, packages } = importGraph(entry);
    expect(modules.size).toBeGreaterThan(1);
    expect([...packages].filter((p) => p === 'xlsx' || p.startsWith('xlsx/'))).toEqual([]);
    expect([...modules].map((m) => m.slice(root.length + 1))).not.toContain('lib/orders/excel.ts');
  });

  it('the converter page does load it (so the check above can tell the difference)', () => {
    const { modules } = importGraph('entrypoints/converter/main.tsx');
    expect([...modules]).toContain(join(root, 'lib/orders/excel.ts'));
  });
});
