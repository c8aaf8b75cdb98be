/**
 * QSM's words learned from the seller's own pushes (lib/qsm/words.ts) in extension storage, which no
 * page can write. A newer build's store is left as it is.
 */
import { storage } from 'wxt/utils/storage';
import { type Lesson, learn } from '../lib/qsm/words';

export const wordsItem = storage.defineItem<unknown>('local:qsmWords', { fallback: null });

/** Stores what `lesson` teaches; writes only when it teaches something new. */
export async function learnWords(lesson: Lesson): Promise<boolean> {
  const next = learn(await wordsItem.getValue(), lesson);
  if (next) await wordsItem.setValue(next);
  return next !== null;
}
