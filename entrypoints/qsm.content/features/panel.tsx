import { Panel, panelCss } from '../../../components/Panel';
import { localZone } from '../../../lib/time';
import type { Feature, QsmPage } from '../feature';
import { mountInShadow } from '../mount';

function LivePanel({ page, zone }: { page: QsmPage; zone: string }) {
  return (
    <Panel
      draft={page.draft.value}
      findings={page.findings.value}
      missing={page.missing.value}
      lang={page.lang}
      zone={zone}
    />
  );
}

/** The floating panel: what was read from the form, and the checklist. */
export const panel: Feature = {
  id: 'panel',
  include: (page) => page.form !== null,
  init(page, signal) {
    mountInShadow(
      { name: 'panel', anchor: page.document.body, placement: 'append', css: panelCss, signal },
      <LivePanel page={page} zone={localZone()} />,
    );
  },
};
