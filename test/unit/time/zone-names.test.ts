/**
 * The seller's own time named from the background's description of the machine's zone (stored, read
 * by the page features) reads exactly as through Intl, and builds no Intl.DateTimeFormat on the page.
 * Runs under each machine zone of the tz project (Asia/Shanghai, America/Los_Angeles with its DST).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languages } from '../../../lib/i18n';

type Modules = {
  format: typeof import('../../../lib/time/format');
  time: typeof import('../../../lib/time/jst');
};

/** lib/time/format and lib/time/jst as a page loads them: nothing known, nothing cached. */
async function fresh(): Promise<Modules> {
  vi.resetModules();
  return { format: await import('../../../lib/time/format'), time: await import('../../../lib/time/jst') };
}

const NOW = new Date('2026-06-01T03:00:00Z');
/** Every 5 hours through 2026 and into 2027: both sides of each DST change, dates that differ from JST. */
const instants = Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 5 * 3_600_000));

const original = Intl.DateTimeFormat;
let built = 0;
afterEach(() => {
  Intl.DateTimeFormat = original;
});
function countIntl(): void {
  built = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      built++;
      return Reflect.apply(target, self, args);
    },
  });
}

describe('the machine’s zone, named by the background', () => {
  it('reads every instant the same as through Intl, in every language, and builds no Intl formatter', async () => {
    const intl = await fresh();
    const zone = intl.time.localZone();
    const expected = instants.map((at) => languages.map((lang) => intl.format.formatInstant(at, lang, zone)));
    const described = JSON.parse(JSON.stringify(intl.format.describeLocalZone(NOW, languages)));

    const page = await fresh();
    countIntl();
    expect(page.format.adoptLocalZoneNames(described, NOW)).toBe(true);
    expect(page.time.localZone()).toBe(zone);
    const actual = instants.map((at) => languages.map((lang) => page.format.formatInstant(at, lang, zone)));
    expect(actual).toEqual(expected);
    expect(built).toBe(0);
  });

  it.each([
    ['another year', (d: Record<string, unknown>) => ({ ...d, year: 2025 })],
    ['other offsets', (d: Record<string, unknown>) => ({ ...d, offsets: [999, 999] })],
    ['names of the wrong shape', (d: Record<string, unknown>) => ({ ...d, names: { en: 'x' } })],
    ['nothing stored', () => null],
    ['a string', () => 'Asia/Shanghai'],
  ])('ignores a description of %s, and Intl names the time as before', async (_, spoil) => {
    const intl = await fresh();
    const zone = intl.time.localZone();
    const at = instants[1234] as Date;
    const expected = intl.format.formatInstant(at, 'en', zone);
    const described = spoil(JSON.parse(JSON.stringify(intl.format.describeLocalZone(NOW, languages))));

    const page = await fresh();
    expect(page.format.adoptLocalZoneNames(described, NOW)).toBe(false);
    expect(page.format.formatInstant(at, 'en', page.time.localZone())).toBe(expected);
  });

  it('formats any zone as date-fns’ full format does (Kathmandu’s 45 minutes, both sides of DST)', async () => {
    const { time } = await fresh();
    const { TZDate } = await import('@date-fns/tz');
    const { format } = await import('date-fns');
    for (const zone of [
      'America/Los_Angeles',
      'Europe/London',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'UTC',
    ]) {
      for (const at of instants) {
        expect(time.formatInZone(at, zone), zone).toBe(format(new TZDate(at, zone), 'yyyy-MM-dd HH:mm'));
      }
    }
  });

  it('formats the machine’s zone from the Date’s own fields exactly as date-fns does', async () => {
    const { time } = await fresh();
    const zone = time.localZone();
    const { TZDate } = await import('@date-fns/tz');
    const { format } = await import('date-fns');
    for (const at of instants) {
      expect(time.formatInZone(at, zone)).toBe(format(new TZDate(at, zone), 'yyyy-MM-dd HH:mm'));
    }
  });
});
