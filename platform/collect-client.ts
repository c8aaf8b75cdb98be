/**
 * The collect bar's and the converter frame's side of the collected list: they ask the background,
 * which alone keeps it (platform/collected.ts says why). No zod here: this ships in the collect bar's
 * own bundle, and the answer is read through list.ts's `parseCollected`.
 */
import { browser } from 'wxt/browser';
import { COLLECT_MESSAGE, type CollectAsk, type Collected, parseCollected } from '../lib/collect/list';

export interface CollectAnswer {
  list: Collected;
  added?: number;
  duplicates?: number;
  overCap?: number;
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

/** Asks the background, and reads its answer back; throws when there is none (the extension went away). */
export async function askCollect(request: CollectAsk): Promise<CollectAnswer> {
  const answer: unknown = await browser.runtime.sendMessage({ type: COLLECT_MESSAGE, ...request });
  if (typeof answer !== 'object' || answer === null || !('list' in answer))
    throw new Error('no answer from the background');
  const { list, added, duplicates, overCap } = answer as Record<string, unknown>;
  return {
    list: parseCollected(list),
    added: count(added),
    duplicates: count(duplicates),
    overCap: count(overCap),
  };
}

export type { CollectAsk };
