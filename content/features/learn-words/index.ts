/**
 * Learns QSM's words from the seller's own pushes: when a history shows a push the extension watched
 * being applied, its row tells the page's word for a scheduled push and its headers which column is
 * which; a push it watched being cancelled (ticked on the cancel tab, then cancel pressed) tells the
 * word for cancelled (lib/qsm/words.ts). Later pages read those words as they read ours.
 */

import type { StoredPush } from '../../../lib/pushes/store';
import { cancelsTicked, pressableOf } from '../../../lib/qsm/controls';
import { checkboxIn } from '../../../lib/qsm/lists';
import { effectUntil } from '../../../lib/util/abort';
import { learnWords, watchCancels } from '../../../platform/words';
import type { Feature } from '../../feature';

export const learnWordsFeature: Feature = {
  id: 'learn-words',
  include: () => true,
  init(page, signal) {
    let taught = '';
    effectUntil(signal, () => {
      const dialog = page.historyDialog.value;
      if (!dialog?.rows.length) return;
      const watched = (page.history.value as StoredPush[]).filter((push) => push.source === 'applied');
      if (!watched.length && !dialog.rows.some((row) => row.statusWord)) return;
      const rows = dialog.rows.map(({ couponNumber, sendAt, statusWord }) => ({
        couponNumber,
        sendAt,
        ...(statusWord ? { statusWord } : {}),
      }));
      const key = JSON.stringify([rows, dialog.headers, watched.map((push) => push.id)]);
      if (key === taught) return;
      taught = key;
      learnWords({
        lang: dialog.lang,
        where: page.document.location?.pathname ?? '',
        rows,
        headers: dialog.headers ?? {},
        watched,
        now: new Date(),
      }).catch((error: unknown) =>
        console.warn('[QSM Push Pilot] could not keep the words it learned', error),
      );
    });

    // A cancel sent from the history: the ticked rows of its cancel tab, remembered until a history shows them.
    const onClick = (event: MouseEvent) => {
      const dialog = page.historyDialog.peek();
      const control = pressableOf(event.target as Element | null);
      if (!dialog || !control || !dialog.root.contains(control) || !cancelsTicked(control)) return;
      if (dialog.rows.some((row) => row.element.contains(control))) return;
      const ticked = dialog.rows.filter((row) => row.tab === 'cancel' && checkboxIn(row.element).checked);
      watchCancels(ticked.map(({ couponNumber, sendAt }) => ({ couponNumber, sendAt }))).catch(
        (error: unknown) => console.warn('[QSM Push Pilot] could not remember the cancel', error),
      );
    };
    page.document.addEventListener('click', onClick, { capture: true, signal });
  },
};
