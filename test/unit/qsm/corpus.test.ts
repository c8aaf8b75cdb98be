// @vitest-environment happy-dom
/**
 * QSM pages that are not the push form or its history (test/fixtures/qsm/corpus/, corpus.mjs): the
 * adapter finds no form, no history rows, and the loader's probe no form, however many of the push
 * form's words, date fields, half-hour selects, coupon numbers and status words they hold.
 */
import { describe, expect, it } from 'vitest';
import { findHistoryDialog, findPushForm } from '../../../lib/qsm';
import { probeWork } from '../../../lib/qsm/probe';
import { langs, usePages } from './page';

const open = usePages();

/**
 * QSM pages that are not the push form, each in every language: the corpus (`corpus/<page>`), and
 * 配送管理 and クレーム管理 with their grids filled (the collect bar is the only feature there).
 */
const corpusPages = [
  'corpus/shop-coupon-register',
  'corpus/shop-coupon-list',
  'corpus/goods-register',
  'corpus/notice',
];
const orderPages = ['Delivery/DeliveryManagement', 'Claim/ClaimManagement'];
const cases = [...corpusPages, ...orderPages].flatMap((page) => langs.map((lang) => `${page}.${lang}`));

describe.each(cases)('%s', (name) => {
  it('is not the push form', async () => {
    const { document } = await open(name);
    expect(findPushForm(document)).toBeNull();
  });

  it('holds no history', async () => {
    const { document } = await open(name);
    expect(findHistoryDialog(document)?.rows ?? []).toEqual([]);
  });

  it('gives the loader no form to work on', async () => {
    const { document } = await open(name);
    expect(probeWork(document)).not.toBe('form');
  });
});
