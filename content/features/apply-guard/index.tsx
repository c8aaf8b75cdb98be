import { computed, signal as createSignal } from '@preact/signals';
import { localZone } from '../../../lib/time/jst';
import { onAbort } from '../../../lib/util/abort';
import { recordAppliedPush } from '../../../platform/pushes';
import type { Feature } from '../../feature';
import { mountInShadow } from '../../mount';
import { ApplyGuard } from './ApplyGuard';
import applyGuardCss from './apply-guard.css?inline';

/**
 * Guards QSM's apply control (申请): with errors it shows them and stops the press before the page
 * sees it; the seller may override once with a second, explicit confirmation. Warnings never block,
 * and with no errors the press passes untouched, so the page's own submit works as it always did.
 * Every way a push leaves is watched: a click (mouse, or Enter/Space on a button or link), Enter or
 * Space on a control the browser does not click for (a span or image with an onclick), and the
 * form's submit event with 申请 as its submitter. Each is judged on the form as it is at that moment,
 * read again synchronously, so a value a page script wrote without an event is not missed.
 */
/** Whether the browser turns this key on `control` into a click (which the click guard judges). */
function clickedByBrowser(control: HTMLElement, key: string): boolean {
  const tag = control.tagName;
  if (tag === 'BUTTON') return true;
  if (tag === 'INPUT')
    return ['submit', 'button', 'image', 'reset'].includes((control as HTMLInputElement).type);
  if (tag === 'A' && control.hasAttribute('href')) return key === 'Enter';
  return false;
}

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

    /** Decides one press of 申请: true when it may go on to the page. */
    const judge = (event: Event): boolean => {
      // After 申请 nothing is held back any more: every finding shows beside its field.
      page.attention.revealAll();
      page.refreshDraft();
      if (overridden || errors.peek().length === 0) {
        overridden = false;
        passThrough();
        return true;
      }
      // Capture phase on window: the page's own handlers on the control never see this press.
      event.preventDefault();
      event.stopImmediatePropagation();
      open.value = true;
      return false;
    };
    const pressesApply = (event: Event) => event.composedPath().includes(apply);
    // A click already submitted by the guard's own override passes once; one press, one judgement.
    let judgedSubmit = false;
    const onClick = (event: MouseEvent) => {
      if (!pressesApply(event)) return;
      judgedSubmit = judge(event);
      // The submit event of this same press comes within this task (the click's default action).
      setTimeout(() => {
        judgedSubmit = false;
      }, 0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      if (!pressesApply(event) || clickedByBrowser(apply, event.key)) return;
      judge(event);
    };
    const onSubmit = (event: SubmitEvent) => {
      if (event.submitter !== apply || judgedSubmit) return;
      judge(event);
    };
    const view = page.document.defaultView ?? window;
    view.addEventListener('click', onClick, { capture: true, signal });
    view.addEventListener('keydown', onKey, { capture: true, signal });
    view.addEventListener('submit', onSubmit, { capture: true, signal });
    page.guarded.value = true;
    onAbort(signal, () => {
      page.guarded.value = false;
    });

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
