/** Starts the sandbox QSM on a port: the HTTP server, its database and the dispatcher timer. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { startCheckpointer } from './checkpoint.ts';
import { type Clock, storedClock } from './clock.ts';
import { openDatabase, resetDemo, seedDemo } from './db.ts';
import { startDispatcher } from './dispatch.ts';

export interface ServerOptions {
  port?: number;
  host?: string;
  dbPath?: string;
  clock?: Clock;
  /** How often the dispatcher looks for due pushes; 0 turns the timer off (tests dispatch by hand). */
  dispatchEveryMs?: number;
  /** Empty the database and seed the demo shop again (its coupons are dated from the seed day). */
  reset?: boolean;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  clock: Clock;
  close(): Promise<void>;
}

/** What to say when the port is taken: one line naming the variable that moves it. */
export function portInUse(port: number): string {
  return `Port ${port} is already in use (another sandbox still running?). Stop it, or choose a free port: QPP_PORT=${port + 1} npm start`;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  // The port first: a second sandbox on a taken port must not open (or reset) the first one's data.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const dbPath = options.dbPath ?? ':memory:';
  const db = openDatabase(dbPath);
  // A file's WAL checkpoints (a copy and a sync) run in a worker, not between two requests.
  const checkpointer = dbPath === ':memory:' ? null : startCheckpointer(db, dbPath);
  // The clock the database kept (a demo's day survives a restart), unless the caller brings one.
  const clock = options.clock ?? storedClock(db);
  if (options.reset) clock.set(new Date());
  if (options.reset) resetDemo(db, clock.now());
  else seedDemo(db, clock.now());
  server.on('request', createApp({ db, clock }));
  const every = options.dispatchEveryMs ?? 3000;
  const stopDispatcher = every > 0 ? startDispatcher(db, clock, every) : () => {};
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    clock,
    close: () =>
      new Promise<void>((resolve) => {
        stopDispatcher();
        server.closeAllConnections();
        server.close(async () => {
          await checkpointer?.stop();
          db.close();
          resolve();
        });
      }),
  };
}
