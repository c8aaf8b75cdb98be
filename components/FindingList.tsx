import type { Lang } from '../lib/i18n';
import { describeFinding } from '../lib/rules/describe';
import type { Finding } from '../lib/schema';
import { NoBreakDates } from './NoBreakDates';

/** Findings as sentences in the seller's language; each item carries its code for tests and support. */
export function FindingList({ findings, lang, zone }: { findings: Finding[]; lang: Lang; zone: string }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings">
      {findings.map((finding) => (
        <li key={`${finding.code}:${finding.field}`} class={finding.severity} data-finding={finding.code}>
          <NoBreakDates text={describeFinding(finding, lang, zone)} />
        </li>
      ))}
    </ul>
  );
}
