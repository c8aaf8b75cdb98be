// npm run e2e: the Chromium and the Firefox e2e at the same time, each still one file at a time (each
// launches its own browser, and neither shares a port, a profile or a file with the other). Together
// they take as long as the slower of the two rather than both added up, which keeps a clean-clone CI
// under ten minutes. Chromium's output streams; Firefox's is held and printed whole once Chromium is
// done, so the two never interleave. Fails when either fails; Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';

const runs = [
  { project: 'e2e', live: true },
  { project: 'e2e-firefox', live: false },
].map(({ project, live }) => {
  const child = spawn('npx', ['vitest', 'run', '--project', project, ...process.argv.slice(2)], {
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  });
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  const code = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
  return { project, child, held, code };
});

const stopAll = (children: ChildProcess[]) => {
  for (const child of children) child.kill('SIGINT');
};
process.on('SIGINT', () => stopAll(runs.map((run) => run.child)));
process.on('SIGTERM', () => stopAll(runs.map((run) => run.child)));

let failed = false;
for (const run of runs) {
  const code = await run.code;
  if (run.held.length) process.stdout.write(Buffer.concat(run.held));
  if (code !== 0) {
    console.error(`\n${run.project}: failed (exit ${code})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
