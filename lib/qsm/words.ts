/**
 * QSM's words learned from the seller's own pushes: when a push the extension watched being applied
 * shows up in a history, its row tells the page's word for a scheduled push and which header names
 * which column. Kept per QSM language, bounded, versioned like the other stores; they are QSM's
 * interface words, never seller data, so the page report carries them. Pure: no DOM, no browser API.
 */
import { z } from 'zod/mini';
import { isoInstantSchema, pushStatusSchema } from '../schema';
import { isFromNewerVersion } from '../storage/versioned';
import { toJstIso } from '../time/jst';

export const WORDS_VERSION = 1;
/** Words kept per status or column and language: the newest win. */
export const MAX_WORDS = 6;

const wordSchema = z.object({
  word: z.string().check(z.minLength(1), z.maxLength(40)),
  learnedAt: isoInstantSchema,
  /** The page it was learned on: its path, no query (no seller data). */
  where: z.string().check(z.maxLength(120)),
});
export type LearnedWord = z.infer<typeof wordSchema>;

export const learnedColumns = ['couponNo', 'sendAt', 'status'] as const;
export type LearnedColumn = (typeof learnedColumns)[number];

const langWordsSchema = z.object({
  status: z.partialRecord(pushStatusSchema, z.array(wordSchema)),
  columns: z.partialRecord(z.enum(learnedColumns), z.array(wordSchema)),
});

export const learnedWordsSchema = z.object({
  version: z.literal(WORDS_VERSION),
  langs: z.partialRecord(z.enum(['zh', 'ja', 'en', 'ko']), langWordsSchema),
});
export type LearnedWords = z.infer<typeof learnedWordsSchema>;
export type WordsLang = 'zh' | 'ja' | 'en' | 'ko';

export function emptyWords(): LearnedWords {
  return { version: WORDS_VERSION, langs: {} };
}

/** What storage holds, read; anything unreadable is an empty store (words are learned again). */
export function readWords(raw: unknown): LearnedWords {
  const parsed = learnedWordsSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyWords();
}

/** A history row as learning needs it. */
export interface SeenRow {
  couponNumber: string;
  sendAt: string;
  statusWord?: string;
}

/** A push the extension watched being applied (coupon and send time). */
export interface WatchedPush {
  couponNumber: string;
  sendAt: string;
}

export interface Lesson {
  lang: WordsLang;
  where: string;
  rows: readonly SeenRow[];
  /** The header words of the history's coupon, send-time and status columns, where it has them. */
  headers: Partial<Record<LearnedColumn, string>>;
  watched: readonly WatchedPush[];
  now: Date;
}

const samePush = (a: SeenRow, b: WatchedPush) =>
  a.couponNumber === b.couponNumber && Date.parse(a.sendAt) === Date.parse(b.sendAt);

function add(list: readonly LearnedWord[] | undefined, entry: LearnedWord): LearnedWord[] | null {
  if (list?.some((known) => known.word === entry.word)) return null;
  return [entry, ...(list ?? [])].slice(0, MAX_WORDS);
}

/**
 * The store with what `lesson` teaches: the status word of each row that shows a watched push (QSM's
 * word for scheduled), and the headers of its columns. Null when it teaches nothing new, or when a
 * newer version wrote the store (left as it is).
 */
export function learn(raw: unknown, lesson: Lesson): LearnedWords | null {
  if (isFromNewerVersion(raw, WORDS_VERSION)) return null;
  const store = readWords(raw);
  const matched = lesson.rows.filter((row) => lesson.watched.some((push) => samePush(row, push)));
  if (!matched.length) return null;
  const at = toJstIso(lesson.now);
  const entry = (word: string): LearnedWord => ({
    word: word.slice(0, 40),
    learnedAt: at,
    where: lesson.where.slice(0, 120),
  });
  const current = store.langs[lesson.lang] ?? { status: {}, columns: {} };
  const next = { status: { ...current.status }, columns: { ...current.columns } };
  let changed = false;
  for (const row of matched) {
    if (!row.statusWord) continue;
    const words = add(next.status.scheduled, entry(row.statusWord));
    if (words) {
      next.status.scheduled = words;
      changed = true;
    }
  }
  for (const column of learnedColumns) {
    const header = lesson.headers[column]?.trim();
    if (!header) continue;
    const words = add(next.columns[column], entry(header));
    if (words) {
      next.columns[column] = words;
      changed = true;
    }
  }
  return changed ? { version: WORDS_VERSION, langs: { ...store.langs, [lesson.lang]: next } } : null;
}

/** Every learned status word with the status it stands for, all languages (a ja page may show en words). */
export function statusWords(store: LearnedWords): [string, z.infer<typeof pushStatusSchema>][] {
  const out: [string, z.infer<typeof pushStatusSchema>][] = [];
  for (const lang of Object.values(store.langs)) {
    for (const [status, words] of Object.entries(lang?.status ?? {})) {
      for (const { word } of words ?? []) out.push([word, status as z.infer<typeof pushStatusSchema>]);
    }
  }
  return out;
}
