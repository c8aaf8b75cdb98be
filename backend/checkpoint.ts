/**
 * WAL checkpoints off the event loop. SQLite checkpoints at a commit once the log passes 1,000 pages,
 * on the connection that commits: the server's, so copying the log into the database and syncing it
 * stalled requests. The server's connection turns that off (`wal_autocheckpoint = 0`) and a worker
 * thread with its own connection checkpoints instead, every `everyMs` and on request. PASSIVE: it
 * never waits for, or blocks, a reader or the writer; what it cannot copy now it copies next time.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';

/** What `PRAGMA wal_checkpoint` answers: frames in the log, and how many are now in the database. */
export interface Checkpoint {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** One checkpoint now, in the worker. */
  run(): Promise<Checkpoint>;
  stop(): Promise<void>;
}

// Plain CommonJS run by the worker (`eval`), so it needs no TypeScript loader wherever the server runs.
const WORKER = `
const { DatabaseSync } = require('node:sqlite');
const { parentPort, workerData } = require('node:worker_threads');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 5000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
parentPort.on('message', (id) => {
  try {
    parentPort.postMessage({ id, result: { ...checkpoint.get() } });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

type Reply = { id: number; result?: Checkpoint; error?: string };

/** Moves `db`'s checkpoints (a WAL file at `path`) to a worker thread. */
export function startCheckpointer(db: DatabaseSync, path: string, everyMs = 1000): Checkpointer {
  db.exec('PRAGMA wal_autocheckpoint = 0');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { path },
    execArgv: ['--no-warnings=ExperimentalWarning'],
  });
  worker.unref();
  const waiting = new Map<number, { resolve: (c: Checkpoint) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', ({ id, result, error }: Reply) => {
    const pending = waiting.get(id);
    waiting.delete(id);
    if (result) pending?.resolve(result);
    else pending?.reject(new Error(`WAL checkpoint failed: ${error}`));
  });
  worker.on('error', (error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  });
  const run = () =>
    new Promise<Checkpoint>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage(id);
    });
  const timer = setInterval(() => {
    // Only when nothing is waiting: a slow checkpoint is not queued behind itself.
    if (waiting.size === 0) run().catch((error) => console.error(error));
  }, everyMs);
  timer.unref();
  return {
    run,
    stop: async () => {
      clearInterval(timer);
      await worker.terminate();
    },
  };
}
