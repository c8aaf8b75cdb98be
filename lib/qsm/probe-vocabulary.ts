/**
 * The words the loader's probe looks for, from labels.ts. The build computes them once and puts
 * them in place of probe-words.ts (wxt.config.ts), so nothing here reaches the loader.
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
