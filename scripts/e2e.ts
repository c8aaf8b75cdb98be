// npm run e2e: the Chromium and the Firefox e2e at the same time, each still one file at a time (each
// launches its own browser, and neither shares a port, a profile or a file with the other). Together
// they take as long as the slower of the two rather than both added up, which keeps a clean-clone CI
// under ten minutes. Chromium's output streams; Firefox's is held and printed whole once Chromium is
// done, so the two never interleave. Fails when either fails, and then ends by repeating what failed
// (vitest's "Failed Tests" block of each), so the last lines of a CI log name the failing test whichever
// browser it was in; Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const runs = [
  { project: 'e2e', live: true },
  { project: 'e2e-firefox', live: false },
].map(({ project, live }) => {
  const child = spawn('npx', ['vitest', 'run', '--project', project, ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  });
  const held: Buffer[] = [];
  const keep = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
    held.push(chunk);
    if (live) out.write(chunk);
  };
  child.stdout?.on('data', keep(process.stdout));
  child.stderr?.on('data', keep(process.stderr));
  const code = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (status) => resolve(status ?? 1));
  });
  return { project, live, child, held, code };
});

const stopAll = (children: ChildProcess[]) => {
  for (const child of children) child.kill('SIGINT');
};
process.on('SIGINT', () => stopAll(runs.map((run) => run.child)));
process.on('SIGTERM', () => stopAll(runs.map((run) => run.child)));

/** Vitest's account of what failed: from its "Failed Tests" rule to the summary that follows. */
function failureBlock(output: string): string | null {
  const plain = stripVTControlCharacters(output);
  const start = plain.search(/⎯+ Failed Tests? \d+ ⎯+/);
  if (start < 0) return null;
  const summary = plain.indexOf('Test Files', start);
  return plain.slice(start, summary < 0 ? undefined : summary).trimEnd();
}

const failures: string[] = [];
for (const run of runs) {
  const code = await run.code;
  const output = Buffer.concat(run.held).toString('utf8');
  if (!run.live && output) process.stdout.write(output);
  if (code !== 0) {
    const block = failureBlock(output) ?? `(no "Failed Tests" in its output: see ${run.project} above)`;
    failures.push(`${run.project}: failed (exit ${code})\n${block}`);
  }
}
if (failures.length) console.error(`\n${'='.repeat(72)}\nWhat failed:\n\n${failures.join('\n\n')}`);
process.exit(failures.length ? 1 : 0);
