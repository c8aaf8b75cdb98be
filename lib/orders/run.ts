/**
 * Extraction runs as a generator that reports progress between chunks of rows: run it at once
 * (`runSync`), or let the event loop breathe between chunks so a page stays responsive (`runAsync`).
 */

export interface Progress {
  done: number;
  total: number;
}

export type Steps<T> = Generator<Progress, T>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** How long to work before giving the event loop a turn, in milliseconds. */
  sliceMs?: number;
}

export async function runAsync<T>(steps: Steps<T>, options: RunOptions = {}): Promise<T> {
  const { onProgress, signal, sliceMs = 30 } = options;
  let sliceStart = Date.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= sliceMs) {
      onProgress?.(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
}
