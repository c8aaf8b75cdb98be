/**
 * The one voice for times a seller reads, on every surface (page, panel, findings, popup,
 * notifications, preview): JST first, the seller's own time beside it only when the two clocks
 * differ, the seller's zone named in words by Intl (never an IANA name). Date and time are glued
 * with no-break spaces, so a line never breaks inside them.
 */
import { type Lang, t } from '../i18n';
import { formatInZone, formatJst, JST, jstInstant, knowLocalZone, localZone, machineOffsets } from './jst';

/** No-break space: keeps `2026-12-04 10:00 JST` on one line in any text. */
export const NBSP = '\u00a0';

/** The Intl locale each catalogue language formats weekdays and zone names in. */
export const LOCALES: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP', zh: 'zh-CN', ko: 'ko-KR' };

/** Zones whose Chinese name sellers know as 北京时间 (Intl says 中国标准时间, which nobody says). */
const BEIJING_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC']);

const glue = (text: string) => text.replaceAll(' ', NBSP);

/**
 * The zone's name in words in the seller's language at `instant` (`China Standard Time`,
 * `Pacific Daylight Time`, `中国標準時`, `北京时间`), or null for a zone Intl does not know.
 */
export function zoneName(zone: string, lang: Lang, instant: Date): string | null {
  if (lang === 'zh' && BEIJING_ZONES.has(zone)) return t(lang, 'time.zone.beijing');
  if (known?.zone === zone) {
    // The machine's zone, named already: its offset at `instant` says which of the two names.
    const offset = -instant.getTimezoneOffset();
    const at = offset === known.offsets[0] ? 0 : offset === known.offsets[1] ? 1 : -1;
    const name = at >= 0 ? known.names[lang]?.[at as 0 | 1] : undefined;
    if (name !== undefined) return name;
  }
  try {
    const parts = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: zone,
      timeZoneName: 'long',
    }).formatToParts(instant);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null; // not a zone this browser knows: JST alone is still true
  }
}

/**
 * The machine's zone and its names in every language, described where Intl costs a QSM page nothing
 * (the background, into storage) and read by the page features, which then build no Intl object to
 * show the seller's own time. Names are taken at 1 January and 1 July: standard and summer time.
 */
export interface LocalZoneNames {
  zone: string;
  year: number;
  /** Minutes east of UTC on 1 January and 1 July (UTC) of `year`. */
  offsets: [number, number];
  names: Record<Lang, [string | null, string | null]>;
}

let known: LocalZoneNames | undefined;

/** Describes this machine's zone (asks Intl: for the background, not for a QSM page). */
export function describeLocalZone(now: Date, langs: readonly Lang[]): LocalZoneNames {
  const zone = localZone();
  const year = now.getUTCFullYear();
  const dates = [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 6, 1))] as const;
  const names = Object.fromEntries(
    langs.map((lang) => [lang, [zoneName(zone, lang, dates[0]), zoneName(zone, lang, dates[1])]]),
  ) as LocalZoneNames['names'];
  return { zone, year, offsets: machineOffsets(year), names };
}

const isName = (value: unknown) => value === null || typeof value === 'string';

/**
 * Uses a description from storage (anything: it is checked) when it is of this machine's zone as
 * it is now; true when taken. Otherwise times are named through Intl as before.
 */
export function adoptLocalZoneNames(value: unknown, now: Date): boolean {
  const info = value as Partial<LocalZoneNames> | null | undefined;
  if (
    typeof info?.zone !== 'string' ||
    info.year !== now.getUTCFullYear() ||
    !Array.isArray(info.offsets) ||
    info.offsets.length !== 2 ||
    !info.offsets.every(Number.isInteger) ||
    typeof info.names !== 'object' ||
    info.names === null ||
    !Object.values(info.names).every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every(isName))
  )
    return false;
  const offsets = info.offsets as [number, number];
  if (!knowLocalZone(info.zone, offsets, info.year)) return false;
  known = { zone: info.zone, year: info.year, offsets, names: info.names };
  return true;
}

/**
 * An instant as the seller reads it: `2026-11-29 10:00 JST (09:00 China Standard Time)`,
 * `2026-11-29 10:00 日本時間（中国標準時 09:00）`. The local date is named only when it is not the JST date.
 */
export function formatInstant(instant: Date, lang: Lang, zone: string): string {
  const { jst, local } = instantParts(instant, lang, zone);
  return local ? jst + local : jst;
}

/**
 * The two parts of `formatInstant`, for UI that styles them apart: the JST part, and what follows it
 * (the seller's own time with its brackets), null when the seller's clock reads the same.
 */
export function instantParts(instant: Date, lang: Lang, zone: string): { jst: string; local: string | null } {
  const jstText = formatJst(instant);
  const jst = glue(t(lang, 'time.jst', { time: jstText }));
  if (zone === JST) return { jst, local: null };
  const name = zoneName(zone, lang, instant);
  const local = name ? formatInZone(instant, zone) : jstText;
  if (!name || local === jstText) return { jst, local: null };
  const sameDate = local.slice(0, 10) === jstText.slice(0, 10);
  // Every language's time.withLocal starts with {jst} (the catalogue test holds it to that).
  const text = t(lang, 'time.withLocal', {
    jst,
    local: glue(sameDate ? local.slice(11) : local),
    zone: name,
  });
  return { jst, local: text.slice(jst.length) };
}

/**
 * Short weekday names, Sunday first, as Intl writes them for LOCALES (a unit test holds them to it):
 * spelled out here because the first Intl.DateTimeFormat of a page costs milliseconds.
 */
export const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  ko: ['일', '월', '화', '수', '목', '금', '토'],
};

/** A JST date with its weekday, e.g. `2026-11-30 (Mon)` / `2026-11-30（月）`, unbroken. */
export function formatDate(date: string, lang: Lang): string {
  const instant = jstInstant(date, '12:00');
  if (!instant) return date;
  // Noon JST is 03:00 UTC the same day: the UTC weekday is the JST one.
  const weekday = WEEKDAYS[lang][instant.getUTCDay()] ?? '';
  return glue(t(lang, 'time.date', { date, weekday }));
}

/** Languages that put a space between sentences and a comma between list items (zh and ja do neither). */
const SPACED: ReadonlySet<Lang> = new Set<Lang>(['en', 'ko']);

/** Two sentences as one text: `A. B.` in en and ko, `A。B。` in zh and ja. */
export const joinSentences = (lang: Lang, first: string, second: string): string =>
  SPACED.has(lang) ? `${first} ${second}` : `${first}${second}`;

/** Items of a list in running text: `a, b` in en and ko, `a、b` in zh and ja. */
export const joinList = (lang: Lang, items: readonly string[]): string =>
  items.join(SPACED.has(lang) ? ', ' : '、');

/**
 * A duration in whole minutes as a seller reads it: `1 h 45 min`, `45 min`, `2 h` (never `0 h 45 min`
 * nor `2 h 0 min`); the glossary (lib/i18n/glossary.ts) says how each language writes it.
 */
export function formatMinutes(lang: Lang, totalMinutes: number): string {
  const whole = Math.max(0, Math.floor(totalMinutes));
  const hours = Math.floor(whole / 60);
  const minutes = whole % 60;
  if (hours === 0) return t(lang, 'duration.minutes', { minutes });
  if (minutes === 0) return t(lang, 'duration.hours', { hours });
  return t(lang, 'duration.both', { hours, minutes });
}
