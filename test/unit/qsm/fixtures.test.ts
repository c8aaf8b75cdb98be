import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const fixtures = join(root, 'test/fixtures/qsm');

describe('the generated QSM pages', () => {
  it('are what test/fixtures/qsm/build.mjs makes of labels.mjs, page.js and page.css today', () => {
    const out = mkdtempSync(join(tmpdir(), 'qpp-fixtures-'));
    try {
      execFileSync(process.execPath, ['--no-warnings', join(fixtures, 'build.mjs'), out], { cwd: root });
      const made = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.html'),
      );
      expect(made.length).toBeGreaterThanOrEqual(14);
      const stale = made.filter(
        (file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(fixtures, file), 'utf8'),
      );
      expect(stale, 'run `npx node test/fixtures/qsm/build.mjs` and commit the pages').toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
