/**
 * The sandbox's clock. Tests and demos set it (`POST /__sandbox/clock`); by default it then runs on
 * in real time from the instant set, so a demo can watch a send time arrive. A frozen clock stays put.
 * `storedClock` keeps it in the sandbox database across restarts.
 */
import type { DatabaseSync } from 'node:sqlite';
export interface Clock {
  now(): Date;
  set(instant: Date): void;
}

export function createClock(options: { start?: Date; frozen?: boolean; real?: () => number } = {}): Clock {
  const real = options.real ?? Date.now;
  let offset = options.start ? options.start.getTime() - real() : 0;
  let fixed = options.frozen ? (options.start?.getTime() ?? real()) : null;
  return {
    now: () => new Date(fixed ?? real() + offset),
    set(instant) {
      if (fixed !== null) fixed = instant.getTime();
      else offset = instant.getTime() - real();
    },
  };
}

/**
 * The clock of a sandbox database: starts where the last run left it (still running on from the
 * instant last set, or still frozen), and stores every change, so a restart keeps the demo's day.
 * A database that never had its clock set runs on real time.
 */
export function storedClock(db: DatabaseSync, real: () => number = Date.now): Clock {
  const row = db.prepare('SELECT offset_ms, frozen_ms FROM sandbox_clock WHERE id = 1').get();
  const frozen = row?.frozen_ms;
  const clock =
    typeof frozen === 'number'
      ? createClock({ start: new Date(frozen), frozen: true, real })
      : createClock({ start: new Date(real() + Number(row?.offset_ms ?? 0)), real });
  const save = db.prepare(
    `INSERT INTO sandbox_clock (id, offset_ms, frozen_ms) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms, frozen_ms = excluded.frozen_ms`,
  );
  return {
    now: clock.now,
    set(instant) {
      clock.set(instant);
      const isFrozen = typeof frozen === 'number';
      save.run(isFrozen ? 0 : instant.getTime() - real(), isFrozen ? instant.getTime() : null);
    },
  };
}
