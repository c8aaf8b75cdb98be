import { describe, expect, it } from 'vitest';
import {
  applyImport,
  migrateTemplates,
  planImport,
  readTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_MAX_BYTES,
  TEMPLATE_STORE_VERSION,
  templateFileName,
  templateFileSchema,
  writeTemplateFile,
} from '../../../lib/templates';
import { templateStore as store, weeklyTemplate as template, V1_FANS_WEEKLY } from '../../support/templates';

const NOW = new Date('2026-11-28T12:00:00+09:00');

const seller = store(
  template(),
  template({
    id: 'buyers',
    name: '补偿 · 买家',
    type: 'compensation',
    couponNumber: undefined,
    items: { mode: 'manual', itemIds: ['921676424', '921677797'] },
    audience: 'all',
    sendTime: null,
    sendDay: { kind: 'weekday', weekday: 5 },
    banner: { enabled: false, link: 'minishop' },
  }),
);

function ids(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

describe('a template file', () => {
  it('carries every template with the format marker, the version and when it was exported', () => {
    const text = writeTemplateFile(seller, NOW);
    const file = templateFileSchema.parse(JSON.parse(text));
    expect(file).toEqual({
      format: TEMPLATE_FILE_FORMAT,
      version: TEMPLATE_STORE_VERSION,
      exportedAt: '2026-11-28T12:00:00+09:00',
      templates: seller.templates,
    });
    expect(templateFileName(new Date('2026-11-28T16:00:00Z'))).toBe('qsm-push-templates-2026-11-29.json');
  });

  it('reads back exactly what was written (round trip), and imports it into an empty store unchanged', () => {
    const read = readTemplateFile(writeTemplateFile(seller, NOW), NOW);
    expect(read).toEqual({ ok: true, version: TEMPLATE_STORE_VERSION, templates: seller.templates });
    if (!read.ok) return;
    const { store: after, added } = applyImport(store(), planImport(store(), read.templates), [], ids(), NOW);
    expect(added).toBe(2);
    expect(after.templates.map(({ id, updatedAt, ...rest }) => rest)).toEqual(
      seller.templates.map(({ id, updatedAt, ...rest }) => rest),
    );
  });

  it('reads a file of version 1 templates through storage’s migration', () => {
    const v1 = {
      format: TEMPLATE_FILE_FORMAT,
      version: 1,
      templates: [
        V1_FANS_WEEKLY,
        { name: 'Buyers', type: 'compensation', goods: ['921676424'], period: 'all' },
      ],
    };
    const read = readTemplateFile(JSON.stringify(v1), NOW);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.version).toBe(1);
    // The very templates storage would make of the same version 1 data.
    expect(read.templates).toEqual(migrateTemplates({ version: 1, templates: v1.templates }, NOW).templates);
    expect(read.templates[0]).toMatchObject({
      name: 'Fans weekly',
      sendTime: '09:30',
      audience: { lastDays: 90 },
      sendDay: { kind: 'offset', days: 2 },
      banner: { enabled: true, link: 'special' },
    });
  });

  it('takes a file saved with a byte order mark', () => {
    expect(readTemplateFile(`\uFEFF${writeTemplateFile(seller, NOW)}`, NOW).ok).toBe(true);
  });
});

describe('a file that is refused, with its reason', () => {
  const good = JSON.parse(writeTemplateFile(seller, NOW));

  it.each([
    ['not JSON', 'PK\u0003\u0004 an .xlsx', 'not-json'],
    ['JSON of something else', JSON.stringify({ version: 2, templates: [] }), 'foreign'],
    [
      'another tool’s export',
      JSON.stringify({ format: 'other/templates', version: 2, templates: [] }),
      'foreign',
    ],
    ['a bare list of templates', JSON.stringify(seller.templates), 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['a file of a newer version', JSON.stringify({ ...good, version: TEMPLATE_STORE_VERSION + 1 }), 'newer'],
    ['a file with no template', JSON.stringify({ ...good, templates: [] }), 'empty'],
    [
      'a file with one damaged template',
      JSON.stringify({
        ...good,
        templates: [...good.templates, { ...good.templates[0], sendTime: 'noon' }],
      }),
      'damaged',
    ],
    [
      'a version 1 file with an unreadable entry',
      JSON.stringify({ ...good, version: 1, templates: [{ name: '' }] }),
      'damaged',
    ],
  ])('%s', (_, text, reason) => {
    const read = readTemplateFile(text, NOW);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toBe(reason);
  });

  it('says which version a newer file is, and how many templates are damaged', () => {
    expect(readTemplateFile(JSON.stringify({ ...good, version: 9 }), NOW)).toEqual({
      ok: false,
      reason: 'newer',
      params: { version: 9, supported: TEMPLATE_STORE_VERSION },
    });
    const damaged = { ...good, templates: [{ name: 'x' }, ...good.templates, 3] };
    expect(readTemplateFile(JSON.stringify(damaged), NOW)).toEqual({
      ok: false,
      reason: 'damaged',
      params: { n: 2, total: 4 },
    });
  });

  it('refuses a file past the size cap before parsing it', () => {
    const big = JSON.stringify({ ...good, padding: 'x'.repeat(TEMPLATE_FILE_MAX_BYTES) });
    expect(readTemplateFile(big, NOW)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('importing into templates the seller already has', () => {
  const stored = store(
    template({ id: 'mine', name: 'weekly FANS', createdAt: '2026-01-01T00:00:00+09:00', sendTime: '10:00' }),
    template({ id: 'other', name: 'Other' }),
  );

  it('shows which imported templates meet a stored one of the same name', () => {
    const plan = planImport(stored, seller.templates);
    expect(plan.map((item) => item.clash?.id ?? null)).toEqual(['mine', null]);
  });

  it('keeps both by default: the import under a copy name, the stored one untouched', () => {
    const plan = planImport(stored, seller.templates);
    const { store: after, added, replaced } = applyImport(stored, plan, [], ids(), NOW);
    expect({ added, replaced }).toEqual({ added: 2, replaced: 0 });
    expect(after.templates.map((t) => [t.id, t.name])).toEqual([
      ['mine', 'weekly FANS'],
      ['other', 'Other'],
      ['new-1', 'Weekly fans (2)'],
      ['new-2', '补偿 · 买家'],
    ]);
    expect(after.templates[0]).toEqual(stored.templates[0]);
    expect(stored.templates).toHaveLength(2);
  });

  it('replaces the stored one in place when the seller says so, keeping its id and creation time', () => {
    const plan = planImport(stored, seller.templates);
    const { store: after, added, replaced } = applyImport(stored, plan, ['replace'], ids(), NOW);
    expect({ added, replaced }).toEqual({ added: 1, replaced: 1 });
    expect(after.templates[0]).toEqual({
      ...seller.templates[0],
      id: 'mine',
      createdAt: '2026-01-01T00:00:00+09:00',
      updatedAt: '2026-11-28T12:00:00+09:00',
    });
    expect(after.templates.map((t) => t.id)).toEqual(['mine', 'other', 'new-1']);
  });

  it('imports the same file twice without losing or merging anything', () => {
    const text = writeTemplateFile(seller, NOW);
    const read = readTemplateFile(text, NOW);
    if (!read.ok) throw new Error('refused');
    const next = ids();
    const once = applyImport(store(), planImport(store(), read.templates), [], next, NOW).store;
    const twice = applyImport(once, planImport(once, read.templates), [], next, NOW).store;
    expect(twice.templates.map((t) => t.name)).toEqual([
      'Weekly fans',
      '补偿 · 买家',
      'Weekly fans (2)',
      '补偿 · 买家 (2)',
    ]);
    expect(new Set(twice.templates.map((t) => t.id)).size).toBe(4);
  });
});
