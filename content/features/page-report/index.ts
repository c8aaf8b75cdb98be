/**
 * Answers the popup's request for this page's report (the popup asks the active QSM tab's top
 * frame; no permission beyond the host's is needed). The report covers every frame the top
 * document can read. Messages are taken only from the extension itself.
 */
import { browser } from 'wxt/browser';
import { pageReport } from '../../../lib/qsm';
import { PAGE_REPORT_REQUEST, type PageReport } from '../../../lib/report/schema';
import { onAbort } from '../../../lib/util/abort';
import type { Feature, QsmPage } from '../../feature';

export function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}

/** This page's report, stamped with the extension's version: what the panel, coverage and popup offer. */
export function reportOf(page: QsmPage): PageReport {
  return pageReport(page.document, extensionVersion());
}

export const pageReportFeature: Feature = {
  id: 'page-report',
  include: (page) => page.document.defaultView?.top === page.document.defaultView,
  init(page, signal) {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type !== PAGE_REPORT_REQUEST) return undefined;
      return Promise.resolve(reportOf(page));
    };
    browser.runtime.onMessage.addListener(listener);
    onAbort(signal, () => browser.runtime.onMessage.removeListener(listener));
  },
};
