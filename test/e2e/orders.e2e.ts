import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './harness';

/** Code only SheetJS carries: its ZIP reader's error and its best-known export. */
const sheetJsMarkers = ['Unsupported ZIP Compression method', 'sheet_to_json'];

// Reads the Chromium build (.output/chrome-mv3); the Firefox build bundles the same code.
describe('the built content script', () => {
  it('carries no SheetJS; the converter page does', () => {
    // The loader on every QSM page, and the features it loads where there is work.
    for (const file of ['qsm-loader.js', 'qsm-features.js']) {
      const script = readFileSync(join(extensionDir, file), 'utf8');
      for (const marker of sheetJsMarkers) expect(script.includes(marker), `${file}: ${marker}`).toBe(false);
    }
    const chunks = readdirSync(join(extensionDir, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(extensionDir, 'chunks', name), 'utf8'));
    expect(chunks.some((code) => sheetJsMarkers.every((marker) => code.includes(marker)))).toBe(true);
  });
});
