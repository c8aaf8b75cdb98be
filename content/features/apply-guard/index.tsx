import { computed, signal as createSignal } from '@preact/signals';
import { localZone } from '../../../lib/time/jst';
import { recordAppliedPush } from '../../../platform/pushes';
import type { Feature } from '../../feature';
import { mountInShadow } from '../../mount';
import { ApplyGuard } from './ApplyGuard';
import applyGuardCss from './apply-guard.css?inline';

/**
 * Guards QSM's apply button (申请): with errors it shows them and stops the click before the page
 * sees it; the seller may override once with a second, explicit confirmation. Warnings never block,
 * and with no errors the click passes untouched, so the page's own submit works as it always did.
 */
export const applyGuard: Feature = {
  id: 'apply-guard',
  include: (page) => Boolean(page.form?.controls.apply),
  init(page, signal) {
    const apply = page.form?.controls.apply;
    if (!apply) return;
    const zone = localZone();
    const open = createSignal(false);
    // What holds the click back is exactly what the dialog lists.
    const errors = computed(() => page.findings.value.filter((f) => f.severity === 'error'));
    let overridden = false;

    // A push that leaves the form counts towards the weekly limit and gets reminders.
    const passThrough = () => {
      recordAppliedPush(page.draft.peek(), new Date()).catch((error: unknown) =>
        console.warn('[QSM Push Pilot] could not remember the applied push', error),
      );
    };

    const onClick = (event: MouseEvent) => {
      if (!event.composedPath().includes(apply)) return;
      // After 申请 nothing is held back any more: every finding shows beside its field.
      page.attention.revealAll();
      if (overridden || errors.peek().length === 0) {
        overridden = false;
        passThrough();
        return;
      }
      // Capture phase on window: the page's own handlers on the button never see this click.
      event.preventDefault();
      event.stopImmediatePropagation();
      open.value = true;
    };
    const view = page.document.defaultView ?? window;
    view.addEventListener('click', onClick, { capture: true, signal });

    function Guard() {
      if (!open.value) return null;
      return (
        <ApplyGuard
          errors={errors.value}
          lang={page.lang}
          zone={zone}
          onClose={() => {
            // The modal gives the focus back to 申请, ready for when the form is fixed.
            open.value = false;
          }}
          onOverride={() => {
            open.value = false;
            overridden = true;
            apply?.click();
          }}
        />
      );
    }
    mountInShadow(
      { name: 'apply-guard', anchor: page.document.body, placement: 'append', css: applyGuardCss, signal },
      <Guard />,
    );
  },
};
