import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionAlive } from '../../../content/alive';
import { whenWork } from '../../../content/work';
import * as probe from '../../../lib/qsm/probe';

function blankPage(): { window: Window; document: Document } {
  const window = new Window({ url: 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Other.aspx' });
  window.document.write(
    '<!doctype html><html><head><title>J·QSM</title></head><body><div id="app"></div></body></html>',
  );
  return { window, document: window.document as unknown as Document };
}

const HISTORY_GRID = `<div class="xhdr"><table><tbody><tr><td><div class="hdrcell">クーポン番号</div></td>
  <td><div class="hdrcell">送信予定日時</div></td></tr></tbody></table></div>`;

describe('the loader’s watch for late content', () => {
  const windows: Window[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  });

  it('finds a grid QSM adds after load, once, and stops looking', async () => {
    const { window, document } = blankPage();
    windows.push(window);
    const found: string[] = [];
    whenWork(document, (work) => found.push(work));
    expect(found).toEqual([]);
    const grid = document.createElement('div');
    grid.className = 'gridbox';
    document.getElementById('app')?.append(grid);
    grid.innerHTML = HISTORY_GRID;
    await expect.poll(() => found).toEqual(['history']);
    document.body.append(grid.cloneNode(true));
    await window.happyDOM.waitUntilComplete();
    expect(found).toEqual(['history']);
  });

  it('probes only what was added, once per animation frame however many rows arrive', async () => {
    const { window, document } = blankPage();
    windows.push(window);
    const spy = vi.spyOn(probe, 'probeWork');
    whenWork(document, () => undefined);
    expect(spy).toHaveBeenCalledTimes(1);
    const table = document.createElement('table');
    document.getElementById('app')?.append(table);
    await expect.poll(() => spy.mock.calls.length).toBe(2);
    for (let i = 0; i < 1000; i++) table.append(document.createElement('tr'));
    await expect.poll(() => spy.mock.calls.length).toBe(3);
    // The rows' table, not the whole document, is what was looked at.
    expect(spy.mock.calls.at(-1)?.[0]).toBe(table);
  });

  it('gives up after its bound, looking once more at what arrived while no frame ran (a background tab)', async () => {
    const { window, document } = blankPage();
    windows.push(window);
    const found: string[] = [];
    const raf = vi
      .spyOn(window, 'requestAnimationFrame')
      .mockImplementation(() => setImmediate(() => undefined));
    whenWork(document, (work) => found.push(work), { boundMs: 50 });
    const grid = document.createElement('div');
    grid.className = 'gridbox';
    grid.innerHTML = HISTORY_GRID;
    document.body.append(grid);
    await expect.poll(() => found).toEqual(['history']);
    expect(raf).toHaveBeenCalledTimes(1);
  });
});

describe('the features’ lifetime', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('outlives WXT’s “newer copy started” event, forged by a page script, while the extension is there', () => {
    const { document } = blankPage();
    const signal = extensionAlive({ doc: document, isAlive: () => true });
    const CustomEventImpl = (document.defaultView as unknown as typeof globalThis).CustomEvent;
    document.dispatchEvent(
      new CustomEventImpl('abcdefghijklmnopabcdefghijklmnop:qsm:wxt:content-script-started', {
        detail: { contentScriptName: 'qsm', messageId: 'forged' },
      }),
    );
    vi.advanceTimersByTime(10_000);
    expect(signal.aborted).toBe(false);
  });

  it('ends within a second once the extension context is gone (update, reload), and stops its timer', () => {
    const { document } = blankPage();
    let alive = true;
    const signal = extensionAlive({ doc: document, isAlive: () => alive });
    vi.advanceTimersByTime(3_000);
    expect(signal.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends at once when the seller comes back to a tab whose extension was updated', () => {
    const { document } = blankPage();
    let alive = true;
    const signal = extensionAlive({ doc: document, isAlive: () => alive });
    alive = false;
    document.dispatchEvent(
      new (document.defaultView as unknown as typeof globalThis).Event('visibilitychange'),
    );
    expect(signal.aborted).toBe(true);
  });
});
