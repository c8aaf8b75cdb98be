/**
 * The seller's push templates in extension storage (storage.local), kept as a self-describing
 * versioned value; every read goes through lib/templates' migrations, so what an older build wrote
 * still reads, and is written back in the current shape the first time it is read.
 */
import { computed, type ReadonlySignal } from '@preact/signals-core';
import {
  applyImport,
  type ClashChoice,
  deleteTemplate,
  duplicateTemplate,
  type ImportItem,
  migrateTemplates,
  type PushTemplate,
  renameTemplate,
  saveTemplate,
  type TemplateStore,
  templateStore,
} from '../lib/templates';
import { followStorage, preloadedValue } from './follow';
import { versionedItem } from './versioned';

const templates = versionedItem('local:templates', templateStore);
export const templatesItem = templates.item;

/** A fresh id for a template; random so two tabs saving at once never collide. */
export function newTemplateId(): string {
  return crypto.randomUUID();
}

export function loadTemplates(now = new Date()): Promise<TemplateStore> {
  // Written back once, so a migrated template keeps the ids and times it was given today.
  return templates.loadUpgraded(now);
}

/**
 * Reads, changes and writes the store; writes only when something changed, so watchers sleep.
 * Throws NewerVersionError, writing nothing, over a store a newer version wrote.
 */
export function updateTemplates(
  change: (store: TemplateStore) => TemplateStore,
  now = new Date(),
): Promise<TemplateStore> {
  return templates.changeAsked(change, now);
}

/** Calls back with the store on every change, already migrated. */
export const watchTemplates = templates.watch;

/** Saves a template; one of the same name is replaced (see lib/templates saveTemplate). */
export function storeTemplate(template: PushTemplate): Promise<TemplateStore> {
  return updateTemplates((store) => saveTemplate(store, template));
}

export function renameStoredTemplate(id: string, name: string, now = new Date()): Promise<TemplateStore> {
  return updateTemplates((store) => renameTemplate(store, id, name, now), now);
}

export function deleteStoredTemplate(id: string): Promise<TemplateStore> {
  return updateTemplates((store) => deleteTemplate(store, id));
}

export function duplicateStoredTemplate(id: string, now = new Date()): Promise<TemplateStore> {
  return updateTemplates((store) => duplicateTemplate(store, id, newTemplateId(), now), now);
}

/**
 * Imports templates read from a file, with the seller's choice for each name that is taken. Applied
 * to the store as it is when written (another tab may have changed it since the preview).
 */
export async function importTemplates(
  items: readonly ImportItem[],
  choices: readonly (ClashChoice | undefined)[],
  now = new Date(),
): Promise<{ added: number; replaced: number }> {
  let counts = { added: 0, replaced: 0 };
  await updateTemplates((store) => {
    const outcome = applyImport(store, items, choices, newTemplateId, now);
    counts = { added: outcome.added, replaced: outcome.replaced };
    return outcome.store;
  }, now);
  return counts;
}

/** The templates as a signal that follows storage until `abort`; empty until storage answers. */
export function templatesSignal(abort: AbortSignal): ReadonlySignal<PushTemplate[]> {
  const store = followStorage<TemplateStore | null>(
    null,
    () => loadTemplates(),
    watchTemplates,
    abort,
    preloadedValue(templatesItem, (raw) => migrateTemplates(raw, new Date())),
  );
  return computed(() => store.value?.templates ?? []);
}
