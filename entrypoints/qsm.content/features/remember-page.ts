/**
 * Go where the form was: once this document shows the push form or its history, its address (origin
 * and path, no query) is kept, so the popup's and the reminders' "open QSM" land there next time.
 */
import { effect } from '@preact/signals';
import { pushPageAddress } from '../../../lib/pushes/links';
import { pushPageItem } from '../../../platform/ui';
import type { Feature } from '../feature';

export const rememberPage: Feature = {
  id: 'remember-page',
  include: () => true,
  init(page, signal) {
    const address = pushPageAddress(page.document.URL);
    if (!address) return;
    let saved = false;
    const stop = effect(() => {
      const seen = page.form !== null || page.historyDialog.value !== null;
      if (!seen || saved) return;
      saved = true;
      pushPageItem.setValue(address).catch(() => undefined);
    });
    signal.addEventListener('abort', stop, { once: true });
  },
};
