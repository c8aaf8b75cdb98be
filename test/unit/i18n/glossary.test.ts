/**
 * The catalogues held to the glossary (lib/i18n/glossary.ts): one term per thing, the punctuation
 * each language writes, and findings rendered through describeFinding read as sentences, not seams.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, type Lang, languages } from '../../../lib/i18n';
import { concepts, glossary, termFor } from '../../../lib/i18n/glossary';
import { sandbox } from '../../../lib/i18n/sandbox';
import { describeFinding } from '../../../lib/rules';
import { FINDING_CODES } from '../../../lib/rules/codes';
import type { Finding } from '../../../lib/schema';
import { formatMinutes } from '../../../lib/time/format';

/** Every string a seller may read in `lang`: the extension's catalogue and the sandbox QSM's. */
function strings(lang: Lang): [string, string][] {
  const table: Record<string, string | undefined> = { ...catalogue[lang], ...sandbox[lang] };
  return Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

const contains = (text: string, word: string | RegExp, lang: Lang) =>
  typeof word === 'string'
    ? lang === 'en'
      ? text.toLowerCase().includes(word.toLowerCase())
      : text.includes(word)
    : word.test(text);

/** Breaches of a language's punctuation in one text (a template or a rendered sentence). */
function punctuation(lang: Lang, text: string): string[] {
  const style = glossary[lang].style;
  const found: string[] = [];
  if (style.fullWidth) {
    // A half-width colon or comma belongs only inside a number: 10:00, 1,000.
    if (/(?<!\d):|:(?!\d)/.test(text)) found.push('half-width colon');
    if (/(?<!\d),|,(?!\d)/.test(text)) found.push('half-width comma');
    if (/： /.test(text)) found.push('space after a full-width colon');
  }
  for (const mark of style.rangeAvoid) if (text.includes(mark)) found.push(`range mark ${mark}`);
  return found;
}

/** Scripts a language's own strings never hold (QSM's labels in another script come as parameters). */
const FOREIGN: Record<Lang, RegExp> = {
  en: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
  ko: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  zh: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
  ja: /\p{Script=Hangul}/u,
};

const SIZE = /(\d+|\{\w+\})\s*(?:px)?\s*[×*]\s*(\d+|\{\w+\})\s*(?:px|像素)?/g;

describe('the glossary', () => {
  it.each(languages)(
    '%s: names every concept, with a term that is not one of its own avoided words',
    (lang) => {
      for (const concept of concepts) {
        const entry = glossary[lang].terms[concept];
        expect(entry.use.trim(), `${lang}:${concept}`).not.toBe('');
        for (const word of entry.avoid)
          expect(contains(entry.use, word, lang), `${lang}:${concept}`).toBe(false);
      }
    },
  );

  it('lets a word learned from the page win', () => {
    expect(termFor('zh', 'statusSent')).toBe('发送完成');
    expect(termFor('zh', 'statusSent', { statusSent: '已发送完毕' })).toBe('已发送完毕');
  });

  it.each(languages)('%s: durations are written as the glossary says, never with 0 hours', (lang) => {
    const { duration } = glossary[lang].style;
    expect(formatMinutes(lang, 105)).toBe(duration.both);
    expect(formatMinutes(lang, 45)).toBe(duration.underAnHour);
    expect(formatMinutes(lang, 120)).toBe(duration.wholeHours);
  });
});

describe.each(languages)('the %s catalogue', (lang) => {
  const entries = strings(lang);

  it('uses one term per thing: no avoided synonym, none of our own jargon', () => {
    const found: string[] = [];
    for (const [key, text] of entries) {
      for (const concept of concepts) {
        for (const word of glossary[lang].terms[concept].avoid) {
          if (contains(text, word, lang))
            found.push(`${key}: ${String(word)} (say ${termFor(lang, concept)})`);
        }
      }
      for (const word of glossary[lang].jargon) {
        if (contains(text, word, lang)) found.push(`${key}: ${String(word)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('writes its own punctuation and range mark', () => {
    const found = entries.flatMap(([key, text]) => punctuation(lang, text).map((what) => `${key}: ${what}`));
    expect(found).toEqual([]);
  });

  it('writes sizes one way', () => {
    const form = glossary[lang].style.size;
    const found: string[] = [];
    for (const [key, text] of entries) {
      for (const match of text.matchAll(SIZE)) {
        const expected = form.replace('{w}', match[1] ?? '').replace('{h}', match[2] ?? '');
        if (match[0].trim() !== expected) found.push(`${key}: ${match[0]} (write ${expected})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('holds no words in another script', () => {
    const script = FOREIGN[lang];
    expect(entries.filter(([, text]) => script.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual(
      [],
    );
  });
});

/** A value for each parameter a finding message may name. */
const SAMPLE: Record<string, unknown> = {
  couponNumber: 'C123',
  conflictCouponNumber: 'C456',
  conflictId: 'p1',
  conflictStatus: 'scheduled',
  sendAt: '2026-12-01T10:00:00+09:00',
  validTo: '2026-12-01T20:00:00+09:00',
  validFrom: '2026-12-02T10:00:00+09:00',
  cancelDeadline: '2026-11-30T10:00:00+09:00',
  conflictSendAt: '2026-11-24T10:00:00+09:00',
  conflictCancelDeadline: '2026-11-23T10:00:00+09:00',
  minutesLeft: 45,
  marginHours: 24,
  date: '2026-12-05',
  today: '2026-11-28',
  first: '2026-11-29',
  last: '2026-12-01',
  nextAllowed: '2026-11-30',
  pickFrom: '2026-11-29',
  weekStart: '2026-11-23',
  weekEnd: '2026-11-29',
  weekRule: 'calendar-week',
  time: '10:15',
  earlier: '10:00',
  later: '10:30',
  stepMinutes: 30,
  topN: 3,
  min: 4,
  max: 16,
  count: 17,
  items: ['111111111', '222222222'],
  from: '2026-11-20',
  to: '2026-11-10',
  uploaded: 5,
  width: 1000,
  height: 200,
  requiredWidth: 1860,
  requiredHeight: 240,
  type: 'image/webp',
  code: 'x',
};

/** Where a code gives a name another kind of value: the send time window's bounds are times. */
const SAMPLE_FOR: Partial<Record<string, Record<string, unknown>>> = {
  'send-time-out-of-window': { first: '10:00', last: '22:00' },
};

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

/** Every finding code with every reason and advice its messages know, with sample params. */
function sampleFindings(): Finding[] {
  const keys = Object.keys(catalogue.en) as (keyof typeof catalogue.en)[];
  return FINDING_CODES.flatMap((code) => {
    const own = keys.filter((key) => key.startsWith(`finding.${code}.`) || key === `finding.${code}`);
    const variants = new Set<string | undefined>([undefined]);
    for (const key of own) {
      for (const part of key.slice(`finding.${code}`.length).split('.')) {
        if (part && part !== 'fix' && part !== 'title') variants.add(part);
      }
    }
    const names = new Set(own.flatMap((key) => placeholders(catalogue.en[key])));
    const params: Record<string, unknown> = {};
    for (const name of names) {
      if (!(name in SAMPLE)) throw new Error(`no sample value for {${name}} in finding.${code}`);
      params[name] = SAMPLE_FOR[code]?.[name] ?? SAMPLE[name];
    }
    return [...variants].flatMap((reason) =>
      [...variants].map(
        (advice): Finding => ({
          code,
          severity: 'error',
          field: 'type',
          params: { ...params, ...(reason ? { reason } : {}), ...(advice ? { advice } : {}) },
        }),
      ),
    );
  });
}

describe.each(languages)('findings rendered in %s', (lang) => {
  const rendered = sampleFindings().flatMap((finding) =>
    ['Asia/Tokyo', 'Asia/Shanghai', 'America/Los_Angeles'].map((zone) => ({
      what: `${finding.code} ${JSON.stringify(finding.params?.reason ?? '')}/${JSON.stringify(finding.params?.advice ?? '')} ${zone}`,
      text: describeFinding(finding, lang, zone),
    })),
  );

  it('renders every code with its placeholders filled', () => {
    expect(rendered.filter(({ text }) => /\{\w+\}/.test(text)).map(({ what }) => what)).toEqual([]);
  });

  it('never puts two brackets side by side', () => {
    const doubled = rendered.filter(({ text }) => /[)）]\s*[(（]/.test(text));
    expect(doubled.map(({ what, text }) => `${what}: ${text}`)).toEqual([]);
  });

  it('never writes a duration of 0 hours', () => {
    const zero = rendered.filter(({ text }) => /(?<![\d.])0\s?(?:h\b|小时|時間|시간)/.test(text));
    expect(zero.map(({ what, text }) => `${what}: ${text}`)).toEqual([]);
  });

  it('keeps its punctuation in the sentences themselves', () => {
    const found = rendered.flatMap(({ what, text }) =>
      punctuation(lang, text).map((breach) => `${what}: ${breach}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
