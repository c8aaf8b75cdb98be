/**
 * Versioned values in extension storage as more than one build sees them. A value written by a
 * newer build (a higher `version`) is read as far as this build understands it, and never written
 * back: after a downgrade nothing is lost, and the newer build finds its data again after the
 * upgrade. Automatic writes (history merges, reconciling, migrations) skip it; a write the seller
 * asked for throws NewerVersionError so the page can say why nothing was saved.
 */
import { z } from 'zod/mini';
import { isRecord, parseEach } from './parse';

/** The areas of storage that carry a version. */
export type StoredArea = 'pushes' | 'templates' | 'settings' | 'plan';

/** The `version` a stored value declares, when it declares a number. */
export function storedVersion(raw: unknown): number | null {
  return isRecord(raw) && typeof raw.version === 'number' && Number.isFinite(raw.version)
    ? raw.version
    : null;
}

/** True when `raw` was written by a build whose format is newer than `current`. */
export function isFromNewerVersion(raw: unknown, current: number): boolean {
  const version = storedVersion(raw);
  return version !== null && version > current;
}

export class NewerVersionError extends Error {
  override readonly name = 'NewerVersionError';
  readonly code = 'newer-version';
  readonly area: StoredArea;
  constructor(area: StoredArea) {
    super(`${area}: stored by a newer version, kept unchanged`);
    this.area = area;
  }
}

export function isNewerVersionError(error: unknown): error is NewerVersionError {
  return error instanceof NewerVersionError;
}

/**
 * What to write after reading `raw` and arriving at `after`: null when storage should stay as it
 * is, because nothing changed or because a newer build wrote it.
 */
export function writeBack<T>(raw: unknown, after: T, current: number): T | null {
  if (isFromNewerVersion(raw, current)) return null;
  return JSON.stringify(after) === JSON.stringify(raw) ? null : after;
}

/**
 * How a store kept as one versioned value is read and changed. `read` takes whatever storage holds
 * and never throws; `change` (automatic writes) and `changeAsked` (writes the seller asked for) say
 * what to write, never over a value a newer build wrote; `upgrade` is what reading an older value
 * should write back in the current shape.
 */
export interface VersionedStore<T> {
  readonly area: StoredArea;
  readonly version: number;
  empty(): T;
  read(raw: unknown, now?: Date): T;
  change(raw: unknown, change: (store: T) => T, now?: Date): { store: T; write: T | null };
  changeAsked(raw: unknown, change: (store: T) => T, now?: Date): { store: T; write: T | null };
  upgrade(raw: unknown, now?: Date): T | null;
}

export interface VersionedStoreSpec<T> {
  area: StoredArea;
  version: number;
  /** The current shape, `version` included. */
  schema: z.core.$ZodType<T>;
  empty: () => T;
  /**
   * A value of this version that does not parse as a whole, or one of a newer version: as much of it
   * as reads (entries that parse one by one), or null.
   */
  salvage?: (raw: Record<string, unknown>) => T | null;
  /** What every change ends with, `now` its time (the pushes store prunes old pushes). */
  afterChange?: (store: T, now: Date) => T;
  /** Readers of older versions, tried in turn; each gives the current shape or null. `now` stands in for missing times. */
  migrations?: readonly ((raw: Record<string, unknown>, now: Date) => T | null)[];
}

/**
 * The `salvage` of a store that is one list under `key`: the entries that parse, one by one, under
 * this build's version; null when `key` holds no list.
 */
export function salvageList<V extends number, K extends string, S extends z.core.$ZodType>(
  version: V,
  key: K,
  entry: S,
): (raw: Record<string, unknown>) => ({ version: V } & Record<K, z.output<S>[]>) | null {
  return (raw) => {
    const list = raw[key];
    if (!Array.isArray(list)) return null;
    return { version, [key]: parseEach(entry, list) } as { version: V } & Record<K, z.output<S>[]>;
  };
}

/** One store kept as a versioned value: the current schema, its version and how older versions read. */
export function defineVersionedStore<T>(spec: VersionedStoreSpec<T>): VersionedStore<T> {
  const read = (raw: unknown, now = new Date()): T => {
    const current = z.safeParse(spec.schema, raw);
    if (current.success) return current.data;
    if (!isRecord(raw)) return spec.empty();
    const version = storedVersion(raw);
    if (version !== null && version >= spec.version) {
      const salvaged = spec.salvage?.(raw);
      if (salvaged) return salvaged;
    }
    for (const migration of spec.migrations ?? []) {
      const migrated = migration(raw, now);
      if (migrated) return migrated;
    }
    return spec.empty();
  };
  const change = (raw: unknown, change: (store: T) => T, now = new Date()) => {
    const changed = change(read(raw, now));
    const store = spec.afterChange ? spec.afterChange(changed, now) : changed;
    return { store, write: writeBack(raw, store, spec.version) };
  };
  return {
    area: spec.area,
    version: spec.version,
    empty: spec.empty,
    read,
    change,
    changeAsked(raw, asked, now) {
      if (isFromNewerVersion(raw, spec.version)) throw new NewerVersionError(spec.area);
      return change(raw, asked, now);
    },
    upgrade(raw, now = new Date()) {
      if (raw === null || raw === undefined || z.safeParse(spec.schema, raw).success) return null;
      return writeBack(raw, read(raw, now), spec.version);
    },
  };
}
