/** QSM writes Japan time as `YYYY/MM/DD HH:mm` and dates as `YYYY/MM/DD`; lib/ uses ISO forms. */
import { formatJst, jstDate } from '../lib/time/jst.ts';

export const qsmDateTime = (instant: Date | string): string =>
  formatJst(new Date(instant)).replaceAll('-', '/');
export const qsmDate = (instant: Date | string): string => jstDate(new Date(instant)).replaceAll('-', '/');

/** `2026/11/28`, `2026-11-28` or `2026/1/5` as a JST date `YYYY-MM-DD`; anything else as given. */
export function isoDateOf(text: string): string {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text.trim());
  if (!match) return text.trim();
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}
