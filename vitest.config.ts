import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit files share one module graph per worker (isolate: false): SheetJS, the catalogue and lib/ are
// evaluated once a worker rather than once a file, which halves the unit run. A file that reaches
// the extension's platform (WXT's fake browser and its storage, platform/, the content entrypoints)
// keeps state in modules, so those files run isolated, each with fresh modules; found by their imports.
const PLATFORM = /from '(wxt\/testing[^']*|[./]*\/(platform|entrypoints|content)\/[^']*)'/;
const unitFiles = readdirSync('test/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => join('test/unit', file).replaceAll('\\', '/'));
const platformFiles = unitFiles.filter((file) => PLATFORM.test(readFileSync(file, 'utf8')));
const isZoneSensitive = (file: string) =>
  ['rules', 'time', 'pushes', 'preview', 'templates', 'backend', 'plan'].some((folder) =>
    file.startsWith(`test/unit/${folder}/`),
  );
const unitProject = (name: string, files: string[], isolate: boolean) => ({
  extends: true,
  test: { name, include: files, environment: 'node', testTimeout: 20_000, isolate },
});

// One browser at a time (each file launches its own), with room for a busy 2-core machine.
const e2e = {
  environment: 'node',
  testTimeout: 90_000,
  hookTimeout: 120_000,
  fileParallelism: false,
  // expect.poll's own default (1 s) is a bet on a quiet machine; a busy one can take seconds to paint.
  expect: { poll: { timeout: 30_000 } },
} as const;

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      // `--project 'unit*'` runs both halves; `--project 'tz*'` the zone-sensitive files of each.
      unitProject(
        'unit',
        unitFiles.filter((file) => !platformFiles.includes(file)),
        false,
      ),
      unitProject('unit-platform', platformFiles, true),
      unitProject(
        'tz',
        unitFiles.filter((file) => isZoneSensitive(file) && !platformFiles.includes(file)),
        false,
      ),
      unitProject('tz-platform', platformFiles.filter(isZoneSensitive), true),
      {
        extends: true,
        test: { name: 'bench', include: [], benchmark: { include: ['bench/**/*.bench.ts'] } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          env: { QPP_E2E_BROWSER: 'chromium' },
          ...e2e,
        },
      },
      {
        extends: true,
        // The browser-neutral flows (test/e2e/driver.ts) again, in Firefox.
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e/flows/**/*.e2e.ts'],
          env: { QPP_E2E_BROWSER: 'firefox' },
          globalSetup: ['test/e2e/firefox-profile.setup.ts'],
          ...e2e,
        },
      },
    ],
  },
});
