/**
 * QSM's words learned from the seller's own pushes (lib/qsm/words.ts) in extension storage, which no
 * page can write. A newer build's store is left as it is.
 */
import { storage } from 'wxt/utils/storage';
import {
  addWatchedCancels,
  type Lesson,
  learn,
  readWatchedCancels,
  type WatchedPush,
} from '../lib/qsm/words';

export const wordsItem = storage.defineItem<unknown>('local:qsmWords', { fallback: null });
/** Pushes the seller was seen cancelling, until a history shows them (lib/qsm/words.ts). */
export const watchedCancelsItem = storage.defineItem<unknown>('local:qsmWatchedCancels', { fallback: null });

/** Remembers pushes the seller just asked QSM to cancel. */
export async function watchCancels(pushes: readonly WatchedPush[], now = new Date()): Promise<void> {
  if (!pushes.length) return;
  await watchedCancelsItem.setValue(addWatchedCancels(await watchedCancelsItem.getValue(), pushes, now));
}

/** The pushes the seller was seen cancelling lately. */
export async function loadWatchedCancels(now = new Date()): Promise<WatchedPush[]> {
  return readWatchedCancels(await watchedCancelsItem.getValue(), now);
}

/** Stores what `lesson` teaches; writes only when it teaches something new. */
export async function learnWords(lesson: Lesson): Promise<boolean> {
  const cancelled = lesson.cancelled ?? (await loadWatchedCancels(lesson.now));
  const next = learn(await wordsItem.getValue(), { ...lesson, cancelled });
  if (next) await wordsItem.setValue(next);
  return next !== null;
}
