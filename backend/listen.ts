/** Starts the sandbox QSM on a port: the HTTP server, its database and the dispatcher timer. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { type Clock, createClock } from './clock.ts';
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

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? createClock();
  const db = openDatabase(options.dbPath ?? ':memory:');
  if (options.reset) resetDemo(db, clock.now());
  else seedDemo(db, clock.now());
  const server = createServer(createApp({ db, clock }));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
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
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
