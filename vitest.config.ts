import { defineConfig } from 'vitest/config';

// Zone-sensitive suites (JST logic) run once per machine zone listed in package.json's test:unit.
const zoneSensitive = ['rules', 'time', 'pushes', 'preview', 'templates', 'backend'].map(
  (folder) => `test/unit/${folder}/**/*.test.{ts,tsx}`,
);

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
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'tz', include: zoneSensitive, environment: 'node', testTimeout: 20_000 },
      },
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
          ...e2e,
        },
      },
    ],
  },
});
