/**
 * The sandbox QSM server: `node backend/server.ts` (Node 22). Listens on 127.0.0.1:$QPP_PORT (8787),
 * keeps its data in $QPP_DB (.sandbox/qsm.sqlite; `:memory:` allowed), seeds the demo shop on first
 * start (QPP_RESET=1 seeds it afresh), and runs the dispatcher every few seconds against its clock.
 */
import './register.ts';

// lib/ is loaded only after the resolve hook above is in place, hence the dynamic import.
const { portInUse, startServer } = await import('./listen.ts');

const port = Number(process.env.QPP_PORT ?? 8787);
const dbPath = process.env.QPP_DB ?? '.sandbox/qsm.sqlite';
const running = await startServer({ port, dbPath, reset: process.env.QPP_RESET === '1' }).catch(
  (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(portInUse(port).replace('npm start', 'npm run sandbox'));
    process.exit(1);
  },
);
console.log(`QSM sandbox: ${running.url}GMKT.INC.Gsm.Web/coupon-push.zh.aspx (db ${dbPath})`);
console.log(`sandbox API: ${running.url}__sandbox/{clock,pushes,outbox,dispatch,reset}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().then(() => process.exit(0));
  });
}
