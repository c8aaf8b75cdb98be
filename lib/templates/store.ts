/**
 * The seller's templates as stored: versioned, every read through `migrateTemplates`, so what any
 * older build wrote (or a damaged value) still reads. Pure data in, data out; platform/ keeps it.
 */
import { defineVersionedStore, salvageList } from '../storage/versioned';
import { toJstIso } from '../time/jst';
import {
  AUDIENCE_DAYS_MAX,
  inSendWindow,
  type PushTemplate,
  pushTemplateSchema,
  TEMPLATE_NAME_MAX,
  TEMPLATE_STORE_VERSION,
  type TemplateStore,
  type TemplateV1,
  templateNameSchema,
  templateStoreSchema,
  templateStoreV1Schema,
  templateV1Schema,
} from './schema';

export function emptyTemplateStore(): TemplateStore {
  return { version: TEMPLATE_STORE_VERSION, templates: [] };
}

/** `9:30` or `09:30` as `09:30`; null for anything that is not a wall-clock time. */
function clock(text: string | undefined): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]?.padStart(2, '0')}:${m[2]}`;
}

function fromV1(v1: TemplateV1, index: number, now: Date): PushTemplate | null {
  const saved = new Date(v1.savedAt ?? Number.NaN);
  const at = toJstIso(Number.isNaN(saved.getTime()) ? now : saved);
  const days = v1.daysAfter;
  const parsed = pushTemplateSchema.safeParse({
    id: `v1-${index + 1}`,
    name: v1.name,
    createdAt: at,
    updatedAt: at,
    type: v1.type ?? null,
    ...(v1.coupon?.trim() ? { couponNumber: v1.coupon.trim() } : {}),
    items: v1.goods?.length ? { mode: 'manual', itemIds: v1.goods } : { mode: 'auto', topN: v1.topN ?? 4 },
    audience:
      typeof v1.period === 'number' && v1.period >= 1
        ? { lastDays: Math.min(v1.period, AUDIENCE_DAYS_MAX) }
        : 'all',
    sendTime: clock(v1.time),
    sendDay: inSendWindow(days) ? { kind: 'offset', days } : null,
    banner: { enabled: v1.banner ?? false, link: v1.link ?? 'minishop' },
  });
  return parsed.success ? parsed.data : null;
}

/** Version 1 read into the current store, entry by entry; `now` stands in for a missing save time. */
function migrateV1(raw: Record<string, unknown>, now: Date): TemplateStore | null {
  const v1 = templateStoreV1Schema().safeParse(raw);
  if (!v1.success) return null;
  const templates = v1.data.templates.flatMap((entry, index) => {
    const parsed = templateV1Schema().safeParse(entry);
    const template = parsed.success ? fromV1(parsed.data, index, now) : null;
    return template ? [template] : [];
  });
  return { version: TEMPLATE_STORE_VERSION, templates };
}

/** The templates store as a versioned value (lib/storage/versioned). */
export const templateStore = defineVersionedStore<TemplateStore>({
  area: 'templates',
  version: TEMPLATE_STORE_VERSION,
  schema: templateStoreSchema,
  empty: emptyTemplateStore,
  // The current version with some templates damaged, or a newer one: what reads is read.
  salvage: salvageList(TEMPLATE_STORE_VERSION, 'templates', pushTemplateSchema),
  migrations: [migrateV1],
});

/**
 * Reads whatever storage holds into the current store. Version 1 (no version, or `version: 1`) is
 * converted entry by entry; `now` stands in for a missing save time. A template that does not parse
 * is dropped and the others kept (a newer version is read so, as far as it parses); anything else
 * gives an empty store. Never throws.
 */
export function migrateTemplates(raw: unknown, now: Date): TemplateStore {
  return templateStore.read(raw, now);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export type NameProblem = 'empty' | 'too-long' | 'taken';

/** What is wrong with a name for a template (`exceptId`: the one being renamed), or null. */
export function nameProblem(
  store: Pick<TemplateStore, 'templates'>,
  name: string,
  exceptId?: string,
): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > TEMPLATE_NAME_MAX) return 'too-long';
  if (store.templates.some((t) => t.id !== exceptId && sameName(t.name, trimmed))) return 'taken';
  return null;
}

/**
 * Adds a template. One with the same name (case and spaces aside) or the same id is replaced in
 * place, keeping its id and creation time: saving "Weekly" again updates "Weekly".
 */
export function saveTemplate(store: TemplateStore, template: PushTemplate): TemplateStore {
  const index = store.templates.findIndex((t) => t.id === template.id || sameName(t.name, template.name));
  if (index < 0) return { ...store, templates: [...store.templates, template] };
  const old = store.templates[index] as PushTemplate;
  const templates = [...store.templates];
  templates[index] = { ...template, id: old.id, createdAt: old.createdAt };
  return { ...store, templates };
}

/** Renames a template; a name that is empty, too long or taken leaves the store as it is. */
export function renameTemplate(store: TemplateStore, id: string, name: string, now: Date): TemplateStore {
  if (nameProblem(store, name, id)) return store;
  const parsed = templateNameSchema.parse(name);
  return {
    ...store,
    templates: store.templates.map((t) =>
      t.id === id ? { ...t, name: parsed, updatedAt: toJstIso(now) } : t,
    ),
  };
}

export function deleteTemplate(store: TemplateStore, id: string): TemplateStore {
  return { ...store, templates: store.templates.filter((t) => t.id !== id) };
}

/** `Weekly (2)`, `Weekly (3)`, … : the first free name for a copy, within the length limit. */
export function copyName(store: TemplateStore, name: string): string {
  const base = name.replace(/\s*\(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, TEMPLATE_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!store.templates.some((t) => sameName(t.name, candidate))) return candidate;
  }
}

/** Adds a copy of a template right after it, under the first free copy name. */
export function duplicateTemplate(store: TemplateStore, id: string, newId: string, now: Date): TemplateStore {
  const index = store.templates.findIndex((t) => t.id === id);
  const original = store.templates[index];
  if (!original || store.templates.some((t) => t.id === newId)) return store;
  const at = toJstIso(now);
  const copy: PushTemplate = {
    ...structuredClone(original),
    id: newId,
    name: copyName(store, original.name),
    createdAt: at,
    updatedAt: at,
  };
  const templates = [...store.templates];
  templates.splice(index + 1, 0, copy);
  return { ...store, templates };
}

/**
 * What reading `raw` should write back: the migrated store when an older build wrote it, else null
 * (nothing stored, already current, or written by a newer version, which is kept as it is).
 */
export const templatesWriteBack = templateStore.upgrade;

/**
 * A change the seller asked for (save, rename, duplicate, delete, import) applied to the stored
 * `raw`: the new store and what to write (null when nothing changed). Throws NewerVersionError
 * when a newer version wrote the store: it is kept, and the seller is told nothing was saved.
 */
export const changeTemplates = templateStore.changeAsked;
