/**
 * The page's stored-value signals: with the start-up read's value they show it from the first
 * drawing, and only a newer value (the read that follows, or a change) changes them again.
 */
import { effect } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { followStorage, preloadedValue, rememberPreloaded, trackChanges } from '../../../platform/follow';

type Watcher = (next: { n: number }) => void;

function source(loaded: { n: number }) {
  let watcher: Watcher | undefined;
  let resolve: (value: { n: number }) => void = () => {};
  const reads = { count: 0 };
  const load = () =>
    new Promise<{ n: number }>((r) => {
      reads.count++;
      resolve = r;
    });
  const watch = (callback: Watcher) => {
    watcher = callback;
    return () => {
      watcher = undefined;
    };
  };
  return {
    load,
    watch,
    reads,
    answer: () => resolve(loaded),
    change: (next: { n: number }) => watcher?.(next),
  };
}

/** Every value the signal takes, the first included. */
function values(signal: { value: { n: number } }): number[] {
  const seen: number[] = [];
  effect(() => {
    seen.push(signal.value.n);
  });
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followStorage', () => {
  it('shows the fallback, then what the read finds', async () => {
    const s = source({ n: 2 });
    const seen = values(followStorage({ n: 0 }, s.load, s.watch, new AbortController().signal));
    s.answer();
    await settle();
    expect(seen).toEqual([0, 2]);
  });

  it('starts with the start-up read’s value and is not redrawn when the read finds the same', async () => {
    rememberPreloaded({ area: { n: 2 } }, ['area', 'missing']);
    const start = preloadedValue({ key: 'local:area' }, (raw) => raw as { n: number });
    // Not current: nothing tracked changes since the read, so the follower reads again.
    expect(preloadedValue({ key: 'local:missing' }, (raw) => raw)).toEqual({ value: null, current: false });
    expect(preloadedValue({ key: 'local:never-read' }, (raw) => raw)).toBeUndefined();
    const s = source({ n: 2 });
    const seen = values(followStorage({ n: 0 }, s.load, s.watch, new AbortController().signal, start));
    s.answer();
    await settle();
    expect(seen).toEqual([2]);
  });

  it('takes a newer stored value than the start-up read’s, and every change after it', async () => {
    const s = source({ n: 3 });
    const seen = values(
      followStorage({ n: 0 }, s.load, s.watch, new AbortController().signal, {
        value: { n: 2 },
        current: false,
      }),
    );
    s.answer();
    await settle();
    s.change({ n: 4 });
    expect(seen).toEqual([2, 3, 4]);
  });

  it('does not read again what the start-up read found current, and still takes every change', async () => {
    const s = source({ n: 9 });
    const seen = values(
      followStorage({ n: 0 }, s.load, s.watch, new AbortController().signal, {
        value: { n: 2 },
        current: true,
      }),
    );
    await settle();
    expect(s.reads.count).toBe(0);
    s.change({ n: 4 });
    expect(seen).toEqual([2, 4]);
  });

  it('counts a key as current only until storage says it changed after the read was asked', () => {
    const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
    trackChanges({ addListener: (callback) => listeners.push(callback) });
    const change = (key: string, area: string) => {
      for (const listener of listeners) listener({ [key]: { newValue: 1 } }, area);
    };
    change('pushes', 'local');
    change('settings', 'sync');
    rememberPreloaded({ pushes: { n: 1 }, settings: { n: 2 }, templates: { n: 3 } }, [
      'pushes',
      'settings',
      'templates',
    ]);
    change('templates', 'local');
    const current = (key: string) => preloadedValue({ key: `local:${key}` }, (raw) => raw)?.current;
    expect(current('pushes')).toBe(false);
    // Another area's key of the same name is not this one.
    expect(current('settings')).toBe(true);
    // A change between the read and the follower's watch counts too.
    expect(current('templates')).toBe(false);
  });
});
