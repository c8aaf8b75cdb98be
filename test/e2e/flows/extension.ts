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
}
export type ExtensionGlobals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** The pushes the extension keeps, as stored; `tab` must be an extension page. */
export function storedPushes(tab: Tab): Promise<StoredPush[]> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as ExtensionGlobals;
    const { pushes } = await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.get('pushes');
    return (pushes as { records?: StoredPush[] } | undefined)?.records ?? [];
  });
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
