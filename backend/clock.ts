/**
 * The sandbox's clock. Tests and demos set it (`POST /__sandbox/clock`); by default it then runs on
 * in real time from the instant set, so a demo can watch a send time arrive. A frozen clock stays put.
 */
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
