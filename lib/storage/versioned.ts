/**
 * Versioned values in extension storage as more than one build sees them. A value written by a
 * newer build (a higher `version`) is read as far as this build understands it, and never written
 * back: after a downgrade nothing is lost, and the newer build finds its data again after the
 * upgrade. Automatic writes (history merges, reconciling, migrations) skip it; a write the seller
 * asked for throws NewerVersionError so the page can say why nothing was saved.
 */
import { isRecord } from './parse';

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
