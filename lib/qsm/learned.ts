/**
 * QSM's words learned from the seller's own pushes (lib/qsm/words.ts), as this page was started with
 * them: the history reader takes a learned status word as it takes one of ours, and the page report
 * carries them. Held here, in the adapter, so every read on the page knows them.
 */
import type { PushStatus } from '../schema';
import { normalizeLabel } from './labels';
import { type LearnedWords, statusWords } from './words';

let statusByWord = new Map<string, PushStatus>();
let current: LearnedWords | null = null;

/** Takes the learned words, replacing those known before. */
export function useLearnedWords(words: LearnedWords): void {
  current = words;
  statusByWord = new Map(statusWords(words).map(([word, status]) => [normalizeLabel(word), status]));
}

/** The status a learned word stands for, or null. */
export function learnedStatus(text: string): PushStatus | null {
  return statusByWord.get(normalizeLabel(text)) ?? null;
}

/** The learned words this page knows, for the page report; null when none were learned. */
export function learnedWords(): LearnedWords | null {
  return current && Object.keys(current.langs).length > 0 ? current : null;
}
