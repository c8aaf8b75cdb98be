import type { ComponentChildren } from 'preact';

/** A date, optionally with its time (`2026-12-03`, `2026-12-03 23:00`, no-break space or not). */
const DATE_TIME = /\d{4}-\d{2}-\d{2}(?:[\u00a0 ]\d{2}:\d{2})?/g;

/**
 * Text whose dates never break across lines: Chromium breaks `2026-12-03` after a hyphen in CJK
 * text, which no-break spaces cannot prevent, so each date runs in a `white-space: nowrap` span.
 */
export function NoBreakDates({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(DATE_TIME)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <span key={at} style={{ whiteSpace: 'nowrap' }}>
        {match[0]}
      </span>,
    );
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
