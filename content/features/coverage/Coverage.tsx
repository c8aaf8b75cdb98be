import { type Lang, type MessageKey, t } from '../../../lib/i18n';
import type { DraftField } from '../../../lib/schema';
import { joinList } from '../../../lib/time/format';

export { default as coverageCss } from './coverage.css?inline';

export type HistoryCoverage = 'read' | 'unread' | 'none';

export interface CoverageProps {
  lang: Lang;
  /** Draft fields the page shows (the form's rows), and those of them the adapter could not read. */
  fields: readonly DraftField[];
  unread: readonly DraftField[];
  guarded: boolean;
  history: HistoryCoverage;
  /** Pushes the extension knows (history read, or watched being applied). */
  known: number;
  /** The page report offer, shown when something could not be read. */
  report?: preact.ComponentChildren;
}

/**
 * What Push Pilot checks on this page, in three short lines: the fields read, whether 申请 is guarded,
 * whether the application history has been read. What is off is said plainly, never left out.
 */
export function Coverage({ lang, fields, unread, guarded, history, known, report }: CoverageProps) {
  const label = (field: DraftField) => t(lang, `field.${field}` as MessageKey);
  const off = !guarded || unread.length > 0 || history === 'unread';
  return (
    <section class="qpp coverage" aria-labelledby="qpp-coverage-title" data-off={off ? 'true' : 'false'}>
      <strong id="qpp-coverage-title">{t(lang, 'coverage.title')}</strong>
      <ul>
        <li class={unread.length ? 'off' : 'on'}>
          {t(lang, 'coverage.fields', { read: fields.length - unread.length, total: fields.length })}
          {unread.length > 0 &&
            ` ${t(lang, 'coverage.unread', { fields: joinList(lang, unread.map(label)) })}`}
        </li>
        <li class={guarded ? 'on' : 'off'} data-qpp="coverage-guard">
          {t(lang, guarded ? 'coverage.guardOn' : 'coverage.guardOff')}
        </li>
        <li class={history === 'unread' ? 'off' : history === 'read' ? 'on' : 'none'}>
          {history === 'read'
            ? t(lang, 'coverage.historyRead', { n: known })
            : t(lang, history === 'unread' ? 'coverage.historyUnread' : 'coverage.historyNone')}
        </li>
      </ul>
      {off && report}
    </section>
  );
}
