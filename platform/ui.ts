/** Small UI preferences that follow the seller across QSM tabs (extension storage, never the page's). */
import { storage } from 'wxt/utils/storage';

/** Whether the panel is expanded; collapsed it is one line, so it never hides the form for long. */
export const panelOpenItem = storage.defineItem<boolean>('local:ui.panelOpen', { fallback: true });

/** The push form's (or its history's) page address, origin and path only (lib/pushes/links.ts). */
export const pushPageItem = storage.defineItem<string | null>('local:ui.pushPage', { fallback: null });

/**
 * The machine's zone and its names in each language (lib/time/format.ts `LocalZoneNames`), written by the
 * background so that QSM pages show the seller's own time without building an Intl object.
 */
export const LOCAL_ZONE_KEY = 'env.localZone';
export const localZoneItem = storage.defineItem<unknown>(`local:${LOCAL_ZONE_KEY}`, { fallback: null });
