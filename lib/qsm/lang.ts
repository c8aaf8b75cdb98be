/** Which language a QSM page is served in: by the words of its labels, then by `<html lang>`. */
import { all, cellsOf, textOf } from './dom';
import { historyLabels, type LabelSet, matchLabel, qsmLangs, rowLabels } from './labels';
import type { QsmLang } from './types';

const sets: LabelSet[] = [...Object.values(rowLabels), ...Object.values(historyLabels)];

/** The language whose labels the page's table headers use most; else `<html lang>`; else null. */
export function detectQsmLang(doc: Document): QsmLang | null {
  const votes = new Map<QsmLang, number>();
  try {
    const heads = all(doc, 'tr').flatMap((row) =>
      cellsOf(row as HTMLTableRowElement).filter((c) => c.tagName === 'TH'),
    );
    for (const head of heads) {
      const text = textOf(head);
      for (const set of sets) {
        for (const lang of qsmLangs) {
          if (matchLabel(text, set, [lang])) votes.set(lang, (votes.get(lang) ?? 0) + 1);
        }
      }
    }
  } catch {
    votes.clear();
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (!second || top[1] > second[1])) return top[0];
  return declaredLang(doc) ?? top?.[0] ?? null;
}

/** The QSM language `<html lang>` declares (zh-CN → zh), or null. */
export function declaredLang(doc: Document): QsmLang | null {
  const declared = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split('-')[0];
  return qsmLangs.find((lang) => lang === declared) ?? null;
}
