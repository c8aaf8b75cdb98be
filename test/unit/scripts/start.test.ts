import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a script to its end; resolves with its exit code and what it printed. */
function run(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--no-warnings=ExperimentalWarning', script], {
    cwd: ROOT,
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', QPP_DB: ':memory:', ...env },
    timeout: 60_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('a port in use', () => {
  it.each([
    ['scripts/start.ts', 'npm start'],
    ['backend/server.ts', 'npm run sandbox'],
  ])(
    '%s says so in one line naming QPP_PORT, with no stack trace, before building anything',
    async (script, how) => {
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const { port } = taken.address() as AddressInfo;
      try {
        const { code, stdout, stderr } = await run(script, { QPP_PORT: String(port) });
        expect(code).toBe(1);
        const lines = stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`Port ${port} is already in use`);
        expect(lines[0]).toContain(`QPP_PORT=${port + 1} ${how}`);
        expect(stderr).not.toMatch(/^\s+at /m);
        // It stopped before the build (wxt prints its banner on stdout).
        expect(stdout).not.toMatch(/wxt|Building/i);
      } finally {
        taken.close();
      }
    },
    90_000,
  );
});
