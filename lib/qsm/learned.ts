/**
 * QSM's words learned from the seller's own pushes (lib/qsm/words.ts keeps them in storage): the page
 * runtime hands them over once read, and the history reader takes a learned status word as it takes
 * one of ours. Held here, in the adapter, so every read of every later page knows them.
 */
import type { PushStatus } from '../schema';
import { normalizeLabel } from './labels';

let statusWords = new Map<string, PushStatus>();

/** Takes the learned status words (word → status), replacing those known before. */
export function useLearnedStatusWords(words: Iterable<readonly [string, PushStatus]>): void {
  statusWords = new Map(Array.from(words, ([word, status]) => [normalizeLabel(word), status]));
}

/** The status a learned word stands for, or null. */
export function learnedStatus(text: string): PushStatus | null {
  return statusWords.get(normalizeLabel(text)) ?? null;
}
