import { computed, signal as createSignal } from '@preact/signals';
import { effectUntil, onAbort } from '../../../lib/util/abort';
import { Coverage, coverageCss, type HistoryCoverage } from './Coverage';
import { PageReportButton } from '../../../components/report/PageReportButton';
import type { DraftField } from '../../../lib/schema';
import type { Feature, QsmPage } from '../../feature';
import { formTop, mountInShadow } from '../../mount';
import { reportOf } from '../page-report';

/** How long after the history control is pressed a history that shows nothing readable counts as unread. */
const HISTORY_WAIT_MS = 5000;

/** Whether a history was read here or before, could not be read after it was opened, or was never seen. */
function historyCoverage(page: QsmPage, pressedUnanswered: boolean): HistoryCoverage {
  const dialog = page.historyDialog.value;
  if (dialog && dialog.rows.length > 0) return 'read';
  if (pressedUnanswered) return 'unread';
  const seen = page.history.value.some((push) => (push as { source?: string }).source === 'history');
  return seen ? 'read' : 'none';
}

/**
 * Says, beside the panel, what Push Pilot checks on this page: each field read or not, whether 申请
 * is guarded, whether a history has been read. Its host (`data-qpp="coverage"`, in QSM's light DOM)
 * carries the same as attributes, kept current, for tests and support:
 * `data-guard="on|off"`, `data-history="read|unread|none"`, `data-unread="<fields>"`.
 */
export const coverageFeature: Feature = {
  id: 'coverage',
  include: (page) => page.form !== null,
  init(page, signal) {
    const form = page.form;
    if (!form) return;
    const fields = Object.keys(form.rows) as DraftField[];
    const shown = [...fields, ...form.missing];
    const pressedUnanswered = createSignal(false);
    const history = form.controls.history;
    if (history) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      history.addEventListener(
        'click',
        () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            pressedUnanswered.value = !page.historyDialog.peek()?.rows.length;
          }, HISTORY_WAIT_MS);
        },
        { signal },
      );
      onAbort(signal, () => clearTimeout(timer));
    }
    const state = computed(() => ({
      guarded: page.guarded.value,
      history: historyCoverage(page, pressedUnanswered.value),
      unread: page.missing.value,
      known: page.history.value.length,
    }));
    const panelHost = page.document.querySelector('[data-qpp="panel"]');
    const place = panelHost ? { anchor: panelHost, placement: 'after' as const } : formTop(form.root);
    const host = mountInShadow(
      { name: 'coverage', ...place, css: coverageCss, signal },
      <LiveCoverage page={page} shown={shown} state={state} />,
    );
    effectUntil(signal, () => {
      const { guarded, history: read, unread } = state.value;
      host.dataset.guard = guarded ? 'on' : 'off';
      host.dataset.history = read;
      host.dataset.unread = unread.join(',');
    });
  },
};

interface CoverageState {
  guarded: boolean;
  history: HistoryCoverage;
  unread: DraftField[];
  known: number;
}

function LiveCoverage({
  page,
  shown,
  state,
}: {
  page: QsmPage;
  shown: DraftField[];
  state: { value: CoverageState };
}) {
  const { guarded, history, unread, known } = state.value;
  return (
    <Coverage
      lang={page.lang}
      fields={shown}
      unread={unread}
      guarded={guarded}
      history={history}
      known={known}
      report={
        <PageReportButton lang={page.lang} build={() => reportOf(page)} />
      }
    />
  );
}
