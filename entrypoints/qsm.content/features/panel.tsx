import { signal as createSignal, type Signal } from '@preact/signals';
import { Panel, panelCss } from '../../../components/Panel';
import { localZone } from '../../../lib/time';
import { panelOpenItem } from '../../../platform/ui';
import type { Feature, QsmPage } from '../feature';
import { mountInShadow } from '../mount';

function LivePanel({ page, zone, open }: { page: QsmPage; zone: string; open: Signal<boolean> }) {
  return (
    <Panel
      draft={page.draft.value}
      findings={page.findings.value}
      missing={page.missing.value}
      lang={page.lang}
      zone={zone}
      open={open.value}
      onToggle={() => {
        open.value = !open.value;
        panelOpenItem.setValue(open.value).catch(() => undefined);
      }}
    />
  );
}

/** The floating panel: what was read from the form, and the checklist. */
export const panel: Feature = {
  id: 'panel',
  include: (page) => page.form !== null,
  init(page, signal) {
    const open = createSignal(true);
    panelOpenItem.getValue().then(
      (stored) => {
        if (!signal.aborted) open.value = stored;
      },
      () => undefined,
    );
    mountInShadow(
      { name: 'panel', anchor: page.document.body, placement: 'append', css: panelCss, signal },
      <LivePanel page={page} zone={localZone()} open={open} />,
    );
  },
};
