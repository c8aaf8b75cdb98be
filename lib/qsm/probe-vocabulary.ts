/**
 * The words the loader's probe looks for, from labels.ts: what probe-words.ts must hold (a unit test
 * compares them and writes the file with QPP_WRITE_PROBE_WORDS=1). Not imported by the loader.
 */
import { buttonLabels, historyLabels, type LabelSet, normalizeLabel, rowLabels } from './labels';

const wordsOf = (...sets: LabelSet[]): string[] => [
  ...new Set(sets.flatMap((set) => Object.values(set).flat().map(normalizeLabel))),
];

export function probeVocabulary(): Record<
  'sendTime' | 'type' | 'coupon' | 'sendAt' | 'couponNo' | 'upload',
  string[]
> {
  return {
    sendTime: wordsOf(rowLabels.sendTime),
    type: wordsOf(rowLabels.type),
    coupon: wordsOf(rowLabels.coupon),
    sendAt: wordsOf(historyLabels.colSendAt),
    couponNo: wordsOf(historyLabels.colCouponNo, historyLabels.colRequestNo),
    upload: wordsOf(rowLabels.orderUpload, buttonLabels.orderUploadOpen, {
      zh: ['Excel Upload'],
      ja: ['Excel Upload'],
      en: ['Excel Upload'],
      ko: ['Excel Upload'],
    }),
  };
}

/** probe-words.ts as it must read. */
export function probeWordsSource(): string {
  return `/**
 * Written from labels.ts by test/unit/qsm/probe.test.ts (QPP_WRITE_PROBE_WORDS=1 npx vitest run
 * --project unit test/unit/qsm/probe.test.ts), which also holds it to them: the probe's words, already normalized, so the loader
 * carries neither the label lists nor the work of normalizing them on every page.
 */
export const probeWords = ${JSON.stringify(probeVocabulary(), null, 2)} as const;
`;
}
