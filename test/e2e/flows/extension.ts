/** Reading the extension's own state from one of its pages (popup, options), in either browser. */
import type { StoredPush } from '../../../lib/pushes/store';
import type { Tab } from '../driver';

/** The few extension APIs the flows read (types only; node has no `browser`). `browser` in Firefox, `chrome` in Chromium. */
export interface ExtensionApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  };
  tabs: { query(query: object): Promise<{ url?: string; pendingUrl?: string }[]> };
}
export type ExtensionGlobals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** The pushes the extension keeps, as stored; `tab` must be an extension page. */
export async function storedPushes(tab: Tab): Promise<StoredPush[]> {
  const pushes = (await storedAt(tab, 'pushes')) as { records?: StoredPush[] } | undefined;
  return pushes?.records ?? [];
}

export function badgeText(tab: Tab): Promise<string> {
  return tab.evaluate(() => {
    const g = globalThis as unknown as ExtensionGlobals;
    return ((g.browser ?? g.chrome) as ExtensionApi).action.getBadgeText({});
  });
}

export function alarms(tab: Tab): Promise<{ name: string; scheduledTime: number }[]> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as ExtensionGlobals;
    const all = await ((g.browser ?? g.chrome) as ExtensionApi).alarms.getAll();
    return all.map(({ name, scheduledTime }) => ({ name, scheduledTime }));
  });
}

/** The addresses of every open tab, as the extension sees them (a tab still loading: where it goes). */
export function tabAddresses(tab: Tab): Promise<string[]> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as ExtensionGlobals;
    const tabs = await ((g.browser ?? g.chrome) as ExtensionApi).tabs.query({});
    return tabs.map((t) => t.pendingUrl || t.url || '');
  });
}

/** What `storage.local` holds at `key`; `tab` must be an extension page. */
export function storedAt(tab: Tab, key: string): Promise<unknown> {
  return tab.evaluate(async (name) => {
    const g = globalThis as unknown as ExtensionGlobals;
    return (await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.get(name))[name];
  }, key);
}
