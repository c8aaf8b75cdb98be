/**
 * The push page's address is written when it is another than storage holds, never again on every
 * visit: a write wakes the background and every open QSM tab that watches storage.
 */
import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QsmPage } from '../../../content/feature';
import { rememberPreloaded, trackChanges } from '../../../platform/follow';

// wxt/utils/storage reaches the extension API through globalThis.chrome, read when it is first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { rememberPage } = await import('../../../content/features/remember-page');
const { pushPageItem } = await import('../../../platform/ui');

const ADDRESS = 'https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Popup/Marketing/CouponPush.aspx';

function page(url: string): QsmPage {
  return { document: { URL: url }, form: {}, historyDialog: signal(null) } as unknown as QsmPage;
}

/** Starts the feature once storage was read at start-up holding `stored`; the writes it made. */
async function visit(stored: string | null, url = `${ADDRESS}?gdno=1`) {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const setValue = vi.spyOn(pushPageItem, 'setValue');
  rememberPreloaded({ 'ui.pushPage': stored }, ['ui.pushPage']);
  rememberPage.init(page(url), new AbortController().signal);
  // The feature decides within init (its effect runs at once); a write it started is awaited to its end.
  await Promise.all(setValue.mock.results.map((result) => result.value));
  const writes = set.mock.calls.map(([items]) => items);
  set.mockRestore();
  setValue.mockRestore();
  return writes;
}

beforeEach(() => {
  fakeBrowser.reset();
  trackChanges(fakeBrowser.storage.onChanged);
});

describe('remember-page', () => {
  it('writes the address when storage holds none or another', async () => {
    expect(await visit(null)).toEqual([{ 'ui.pushPage': ADDRESS }]);
    expect(await visit('https://qsm.qoo10.jp/GMKT.INC.Gsm.Web/Other.aspx')).toEqual([
      { 'ui.pushPage': ADDRESS },
    ]);
  });

  it('writes nothing when the start-up read found the same address', async () => {
    expect(await visit(ADDRESS)).toEqual([]);
  });
});
