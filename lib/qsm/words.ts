/**
 * QSM's words learned from the seller's own pushes: when a push the extension watched being applied
 * shows up in a history, its row tells the page's word for a scheduled push and which header names
 * which column; a push it watched being cancelled tells the word for cancelled. Kept per QSM language, bounded, versioned like the other stores; they are QSM's
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
  /** Pushes the extension watched the seller cancel (ticked on the cancel tab, cancel pressed). */
  cancelled?: readonly WatchedPush[];
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
  const cancelled = lesson.cancelled ?? [];
  const isCancelled = (row: SeenRow) => cancelled.some((push) => samePush(row, push));
  const matched = lesson.rows.filter(
    (row) => isCancelled(row) || lesson.watched.some((push) => samePush(row, push)),
  );
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
    // A push watched being cancelled shows QSM's word for cancelled; one only applied, for scheduled.
    const status = isCancelled(row) ? 'cancelled' : 'scheduled';
    const words = add(next.status[status], entry(row.statusWord));
    if (words) {
      next.status[status] = words;
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

/** Pushes watched being cancelled, kept until a history shows them (bounded; a week at most). */
export const MAX_WATCHED_CANCELS = 20;
const WATCH_MS = 7 * 24 * 3_600_000;

const watchedCancelSchema = z.object({
  couponNumber: z.string(),
  sendAt: isoInstantSchema,
  at: isoInstantSchema,
});
export type WatchedCancel = z.infer<typeof watchedCancelSchema>;

/** What storage holds of watched cancels, read; the stale and the unreadable left out. */
export function readWatchedCancels(raw: unknown, now: Date): WatchedCancel[] {
  const list = Array.isArray(raw) ? raw : [];
  return list
    .flatMap((item) => {
      const parsed = watchedCancelSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })
    .filter((item) => now.getTime() - Date.parse(item.at) < WATCH_MS);
}

/** The watched cancels with `pushes` added (newest first, no repeats, bounded). */
export function addWatchedCancels(raw: unknown, pushes: readonly WatchedPush[], now: Date): WatchedCancel[] {
  const at = toJstIso(now);
  const fresh = pushes.map((push) => ({ couponNumber: push.couponNumber, sendAt: push.sendAt, at }));
  const kept = readWatchedCancels(raw, now).filter((old) => !fresh.some((push) => samePush(old, push)));
  return [...fresh, ...kept].slice(0, MAX_WATCHED_CANCELS);
}
