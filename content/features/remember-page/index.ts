/**
 * Go where the form was: once this document shows the push form or its history, its address (origin
 * and path, no query) is kept, so the popup's and the reminders' "open QSM" land there next time.
 * Written only when it is another than the start-up read found: a write wakes every watcher of storage.
 */
import { pushPageAddress } from '../../../lib/pushes/links';
import { effectUntil } from '../../../lib/util/abort';
import { preloadedValue } from '../../../platform/follow';
import { pushPageItem } from '../../../platform/ui';
import type { Feature } from '../../feature';

export const rememberPage: Feature = {
  id: 'remember-page',
  include: () => true,
  init(page, signal) {
    const address = pushPageAddress(page.document.URL);
    if (!address) return;
    const known = preloadedValue(pushPageItem, (raw) => raw);
    let saved = known?.current === true && known.value === address;
    effectUntil(signal, () => {
      const seen = page.form !== null || page.historyDialog.value !== null;
      if (!seen || saved) return;
      saved = true;
      pushPageItem.setValue(address).catch(() => undefined);
    });
  },
};
