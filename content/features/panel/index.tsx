import { signal as createSignal, type Signal } from '@preact/signals';
import { PageReportButton } from '../../../components/report/PageReportButton';
import type { DraftField } from '../../../lib/schema';
import { localZone } from '../../../lib/time/jst';
import { panelOpenItem } from '../../../platform/ui';
import type { Feature, QsmPage } from '../../feature';
import { fieldControl, formTop, mountInShadow } from '../../mount';
import { reportOf } from '../page-report';
import { Panel } from './Panel';
import panelCss from './panel.css?inline';

/** Brings a finding's field into view and puts the focus on it, as a click on its title promises. */
function goTo(page: QsmPage, field: DraftField) {
  const row = page.form?.rows[field];
  if (!row?.isConnected) return;
  row.scrollIntoView({ block: 'center' });
  fieldControl(row)?.focus({ preventScroll: true });
}

function LivePanel({ page, zone, open }: { page: QsmPage; zone: string; open: Signal<boolean> }) {
  return (
    <Panel
      draft={page.draft.value}
      findings={page.attention.shown.value}
      held={page.attention.held.value}
      missing={page.missing.value}
      lang={page.lang}
      zone={zone}
      open={open.value}
      onToggle={() => {
        open.value = !open.value;
        panelOpenItem.setValue(open.value).catch(() => undefined);
      }}
      onGoTo={(field) => goTo(page, field)}
      report={<PageReportButton lang={page.lang} build={() => reportOf(page)} />}
    />
  );
}

/** The panel at the top of QSM's content column: the status, one line per finding, and what was read. */
export const panel: Feature = {
  id: 'panel',
  include: (page) => page.form !== null,
  init(page, signal) {
    if (!page.form) return;
    const open = createSignal(true);
    panelOpenItem.getValue().then(
      (stored) => {
        if (!signal.aborted) open.value = stored;
      },
      () => undefined,
    );
    mountInShadow(
      { name: 'panel', ...formTop(page.form.root), css: panelCss, signal },
      <LivePanel page={page} zone={localZone()} open={open} />,
    );
  },
};
