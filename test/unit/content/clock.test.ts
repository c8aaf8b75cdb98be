import { effect } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyClock } from '../../../content/page';

describe('the page clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00+09:00') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs no timer while nothing reads it, and ticks each second while something does', async () => {
    const abort = new AbortController();
    const clock = lazyClock(abort.signal);
    expect(vi.getTimerCount()).toBe(0);

    vi.advanceTimersByTime(5_000);
    const seen: number[] = [];
    const stop = effect(() => {
      seen.push(clock.value.getTime());
    });
    expect(vi.getTimerCount()).toBe(1);
    await Promise.resolve();
    // The first reader sees the current time at once, not the time the clock was made.
    expect(seen.at(-1)).toBe(Date.parse('2026-11-28T10:00:05+09:00'));

    vi.advanceTimersByTime(2_000);
    expect(seen.at(-1)).toBe(Date.parse('2026-11-28T10:00:07+09:00'));

    stop();
    expect(vi.getTimerCount()).toBe(0);
    const count = seen.length;
    vi.advanceTimersByTime(3_000);
    expect(seen.length).toBe(count);
  });

  it('stops for good when the page is torn down', () => {
    const abort = new AbortController();
    const clock = lazyClock(abort.signal);
    const stop = effect(() => void clock.value);
    expect(vi.getTimerCount()).toBe(1);
    abort.abort();
    expect(vi.getTimerCount()).toBe(0);
    stop();
    effect(() => void clock.value)();
    expect(vi.getTimerCount()).toBe(0);
  });
});
