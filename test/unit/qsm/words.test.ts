// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findHistoryDialog, pageReport } from '../../../lib/qsm';
import { cancelsTicked } from '../../../lib/qsm/controls';
import { useLearnedWords } from '../../../lib/qsm/learned';
import {
  addWatchedCancels,
  emptyWords,
  type Lesson,
  learn,
  MAX_WATCHED_CANCELS,
  MAX_WORDS,
  readWatchedCancels,
  readWords,
  WORDS_VERSION,
} from '../../../lib/qsm/words';
import { langs, usePages } from './page';

const open = usePages();
const now = new Date('2026-11-28T00:00:00Z');
const watched = [{ couponNumber: '1207384', sendAt: '2026-11-30T14:00:00+09:00' }];
const lesson = (rows: Lesson['rows'], headers: Lesson['headers'] = {}): Lesson => ({
  lang: 'ja',
  where: '/GMKT.INC.Gsm.Web/Promotion/CouponPush.aspx',
  rows,
  headers,
  watched,
  now,
});

afterEach(() => useLearnedWords(emptyWords()));

describe('learning QSM’s words from the seller’s own pushes', () => {
  it('takes the status word of the row that shows a watched push as the word for scheduled', () => {
    const learned = learn(
      null,
      lesson([{ ...watched[0], statusWord: '予約済' } as Lesson['rows'][number]], {
        status: '進行状況',
      }),
    );
    expect(learned?.langs.ja?.status.scheduled?.map((w) => w.word)).toEqual(['予約済']);
    expect(learned?.langs.ja?.columns.status?.[0]).toMatchObject({
      word: '進行状況',
      where: '/GMKT.INC.Gsm.Web/Promotion/CouponPush.aspx',
    });
    // Taught again, nothing new: nothing to write.
    expect(
      learn(
        learned,
        lesson([{ ...watched[0], statusWord: '予約済' } as Lesson['rows'][number]], { status: '進行状況' }),
      ),
    ).toBeNull();
  });

  it('learns nothing from rows of pushes it did not watch, nor from a newer version’s store', () => {
    expect(
      learn(null, lesson([{ couponNumber: '9999999', sendAt: watched[0]?.sendAt ?? '', statusWord: '謎' }])),
    ).toBeNull();
    const newer = { version: WORDS_VERSION + 1, langs: { ja: 'anything' } };
    expect(
      learn(newer, lesson([{ ...watched[0], statusWord: '予約済' } as Lesson['rows'][number]])),
    ).toBeNull();
    expect(readWords(newer)).toEqual(emptyWords());
  });

  it('keeps a bounded number of words, the newest first', () => {
    let store: unknown = null;
    for (let i = 0; i < MAX_WORDS + 3; i++) {
      store =
        learn(store, lesson([{ ...watched[0], statusWord: `語${i}` } as Lesson['rows'][number]])) ?? store;
    }
    const words = readWords(store).langs.ja?.status.scheduled ?? [];
    expect(words).toHaveLength(MAX_WORDS);
    expect(words[0]?.word).toBe(`語${MAX_WORDS + 2}`);
  });

  it('reads a learned status word as that status on every later page, and reports it', async () => {
    const { document } = await open('coupon-push.ja');
    const table = document.getElementById('ctl00_ContentPlaceHolder1_tblCancelList');
    const statusCell = table?.querySelectorAll('tbody tr')[0]?.lastElementChild;
    if (!statusCell) throw new Error('no first row');
    statusCell.textContent = '予約済';
    expect(findHistoryDialog(document)?.rows[0]).toMatchObject({ status: 'scheduled', statusWord: '予約済' });
    const learned = learn(null, lesson([{ ...watched[0], statusWord: '予約済' } as Lesson['rows'][number]]));
    if (!learned) throw new Error('nothing learned');
    useLearnedWords(learned);
    const row = findHistoryDialog(document)?.rows[0];
    expect(row?.status).toBe('scheduled');
    expect(row?.statusWord).toBeUndefined();
    expect(pageReport(document).learnedWords?.langs.ja?.status.scheduled?.[0]?.word).toBe('予約済');
  });
});

describe('learning QSM’s word for cancelled from a cancel the seller sent', () => {
  it('takes the status word of a row that shows a push watched being cancelled', () => {
    const row = { ...watched[0], statusWord: '取消済' } as Lesson['rows'][number];
    const learned = learn(null, { ...lesson([row]), watched: [], cancelled: watched });
    expect(learned?.langs.ja?.status.cancelled?.map((w) => w.word)).toEqual(['取消済']);
    expect(learned?.langs.ja?.status.scheduled).toBeUndefined();
  });

  it('keeps the watched cancels a week at most, newest first, without repeats, bounded', () => {
    const later = new Date(now.getTime() + 3_600_000);
    let raw: unknown = addWatchedCancels(null, watched, now);
    raw = addWatchedCancels(raw, watched, later);
    expect(readWatchedCancels(raw, later)).toHaveLength(1);
    expect(readWatchedCancels(raw, new Date(now.getTime() + 8 * 24 * 3_600_000))).toEqual([]);
    for (let i = 0; i < MAX_WATCHED_CANCELS + 5; i++) {
      raw = addWatchedCancels(
        raw,
        [{ couponNumber: `${1000000 + i}`, sendAt: watched[0]?.sendAt ?? '' }],
        later,
      );
    }
    expect(readWatchedCancels(raw, later)).toHaveLength(MAX_WATCHED_CANCELS);
  });

  it.each(langs)('tells the cancel tab’s cancel button from its search (%s)', async (lang) => {
    const { byKey } = await open(`coupon-push.${lang}`);
    expect(cancelsTicked(byKey('btnCancelPush'))).toBe(true);
    expect(cancelsTicked(byKey('btnHistSearch'))).toBe(false);
  });
});
