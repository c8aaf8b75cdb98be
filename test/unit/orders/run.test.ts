import { describe, expect, it } from 'vitest';
import { type Progress, readOrderList } from '../../../lib/orders';

describe('readOrderList (the page path)', () => {
  it('reports progress and lets other work run while a big list is read', async () => {
    const text = Array.from({ length: 60_000 }, (_, i) => String(262_000_000 + i)).join('\n');
    const progress: Progress[] = [];
    let otherWorkRan = false;
    setTimeout(() => {
      otherWorkRan = true;
    }, 0);
    const result = await readOrderList(text, { sliceMs: 0, onProgress: (p) => progress.push(p) });
    expect(result.orderNumbers).toHaveLength(60_000);
    expect(otherWorkRan).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.every((p) => p.total === 60_000 && p.done <= p.total)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const text = '262749754\n'.repeat(50_000);
    const reading = readOrderList(text, {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
  });
});
