/**
 * The page report offer (lib/report/schema.ts), for the panel and the popup: one button that builds the
 * report, then a download of it as JSON and a copy to the clipboard. `unread` names the fields the
 * adapter could not check on this page; the offer then says so, and never guesses them.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { PageReport } from '../../lib/report/schema';
import { joinList } from '../../lib/time/format';

export interface PageReportButtonProps {
  lang: Lang;
  /** Builds the report (in the page, or by asking the page's content script); null when there is none. */
  build: () => PageReport | null | Promise<PageReport | null>;
  /** The labels of fields not read on this page. */
  unread?: string[];
}

/** The report as the seller sends it: indented JSON, so support can read it as it is. */
export const reportJson = (report: PageReport) => `${JSON.stringify(report, null, 2)}\n`;

export function PageReportButton({ lang, build, unread = [] }: PageReportButtonProps) {
  const [json, setJson] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const make = async () => {
    setNote(null);
    const report = await Promise.resolve(build()).catch(() => null);
    if (!report) {
      setNote(t(lang, 'report.none'));
      return;
    }
    const text = reportJson(report);
    setJson(text);
    setUrl(URL.createObjectURL(new Blob([text], { type: 'application/json' })));
  };
  const copy = async () => {
    if (!json) return;
    try {
      await navigator.clipboard.writeText(json);
      setNote(t(lang, 'report.copied'));
    } catch {
      setNote(t(lang, 'report.copyFailed'));
    }
  };

  return (
    <div class="page-report" data-qpp="page-report-offer">
      {unread.length > 0 && (
        <p class="muted" data-qpp="unread">
          {t(lang, 'report.unread', { fields: joinList(lang, unread) })}
        </p>
      )}
      <button type="button" data-qpp="page-report" title={t(lang, 'report.hint')} onClick={make}>
        {t(lang, 'report.button')}
      </button>
      {json && url && (
        <>
          {' '}
          <a href={url} download="qsm-page-report.json" data-qpp="page-report-download">
            {t(lang, 'report.download')}
          </a>{' '}
          <button type="button" data-qpp="page-report-copy" onClick={copy}>
            {t(lang, 'report.copy')}
          </button>
        </>
      )}
      {note && (
        <p class="muted" role="status" data-qpp="page-report-note">
          {note}
        </p>
      )}
    </div>
  );
}
