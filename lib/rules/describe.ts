/**
 * Findings as sentences in the seller's language: what is wrong, then what to do. Instants are shown
 * in JST with the seller's own time beside them, so a seller in Shanghai or Los Angeles never has to
 * convert in their head.
 */

import { hasMessage, type Lang, type MessageKey, t } from '../i18n';
import type { DraftField, Finding, Severity } from '../schema';
import { formatDate, formatInstant, formatMinutes, joinList, joinSentences } from '../time/format';

/** Params holding ISO instants (shown as JST + the seller's time). */
const INSTANT_PARAMS = new Set([
  'sendAt',
  'validFrom',
  'validTo',
  'cancelDeadline',
  'conflictSendAt',
  'conflictCancelDeadline',
]);
/** Params holding JST dates a seller picks from a calendar (shown with their weekday). */
const PICKABLE_DATE_PARAMS = new Set(['date', 'first', 'last', 'nextAllowed', 'pickFrom']);

const message = (lang: Lang, key: string, params: Record<string, unknown>) =>
  hasMessage(key) ? t(lang, key, params) : null;

function displayValue(name: string, value: unknown, lang: Lang, zone: string): string {
  if (INSTANT_PARAMS.has(name) && typeof value === 'string') {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? value : formatInstant(instant, lang, zone);
  }
  if (PICKABLE_DATE_PARAMS.has(name) && typeof value === 'string') return formatDate(value, lang);
  if (name === 'minutesLeft' && typeof value === 'number') return formatMinutes(lang, value);
  if (name === 'weekRule' && typeof value === 'string') {
    return message(lang, `finding.weekRule.${value}`, {}) ?? value;
  }
  if (Array.isArray(value)) return joinList(lang, value.map(String));
  if (value === '' || value === null || value === undefined) return '—';
  return String(value);
}

/** What is wrong and what to do, as two sentences in the seller's language. */
export function describeFindingParts(
  finding: Finding,
  lang: Lang,
  zone: string,
): { message: string; fix: string | null } {
  const params: Record<string, string> = { code: finding.code };
  for (const [name, value] of Object.entries(finding.params ?? {})) {
    params[name] = displayValue(name, value, lang, zone);
  }
  const base = `finding.${finding.code}`;
  const reason = finding.params?.reason;
  const text =
    (typeof reason === 'string' ? message(lang, `${base}.${reason}`, params) : null) ??
    message(lang, base, params) ??
    t(lang, 'finding.unknown', params);
  // The remedy may depend on the state as well as the reason (params.advice, e.g. weekly-limit's
  // `cancel-other` while the other push can still be cancelled): `fix.<reason>.<advice>` first.
  const advice = finding.params?.advice;
  const variants = [
    [reason, advice].filter((part) => typeof part === 'string').join('.'),
    typeof reason === 'string' ? reason : '',
  ].filter(Boolean);
  const fix =
    variants.reduce<string | null>(
      (found, variant) => found ?? message(lang, `${base}.fix.${variant}`, params),
      null,
    ) ?? message(lang, `${base}.fix`, params);
  return { message: text, fix };
}

/** The full sentence for a finding, in the seller's language, with a short remedy. */
export function describeFinding(finding: Finding, lang: Lang, zone: string): string {
  const { message: text, fix } = describeFindingParts(finding, lang, zone);
  if (!fix) return text;
  return joinSentences(lang, text, fix);
}

/** The label of a draft field, for the checklist (`field.type` … `field.banner`). */
export function fieldLabel(field: DraftField, lang: Lang): string {
  return message(lang, `field.${field}`, {}) ?? field;
}

/** The label of a severity (Error / Warning / Note). */
export function severityLabel(severity: Severity, lang: Lang): string {
  return t(lang, `finding.severity.${severity}` satisfies MessageKey);
}
