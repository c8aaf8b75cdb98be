/**
 * Templates that travel: all of them as one versioned JSON file, and that file read back through the
 * same schemas and migrations as storage. Reading either gives the templates or a reason the file is
 * refused; nothing here changes a store until `applyImport` is given the seller's choices.
 */
import { z } from 'zod/mini';
import { isoInstantSchema } from '../schema';
import { jstDate, toJstIso } from '../time/jst';
import { type PushTemplate, pushTemplateSchema, TEMPLATE_STORE_VERSION, type TemplateStore } from './schema';
import { copyName, migrateTemplates } from './store';

/** The marker that says a file is ours, whatever its name. */
export const TEMPLATE_FILE_FORMAT = 'qsm-push-pilot/templates';
export const TEMPLATE_FILE_MIME = 'application/json';
/** Far more than any seller's templates (one is ~400 bytes); past it the file is not ours. */
export const TEMPLATE_FILE_MAX_BYTES = 1024 * 1024;

/** The file as written: the format marker, the store version its templates are in, and the templates. */
export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(TEMPLATE_STORE_VERSION),
  exportedAt: isoInstantSchema,
  templates: z.array(pushTemplateSchema),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** What any version of the file has in common: enough to tell whose it is and which version. */
const anyTemplateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: /* @__PURE__ */ z.number().check(z.int(), z.positive()),
  templates: z.array(z.unknown()),
});

/** Why a file is refused; each has a message `templates.import.refused.<reason>`. */
export const importRefusalSchema = z.enum(['too-large', 'not-json', 'foreign', 'newer', 'damaged', 'empty']);
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

export type TemplateFileRead =
  | { ok: true; version: number; templates: PushTemplate[] }
  | { ok: false; reason: ImportRefusal; params: Record<string, string | number> };

/** The whole store as the text of a template file. */
export function writeTemplateFile(store: Pick<TemplateStore, 'templates'>, now: Date): string {
  const file: TemplateFile = templateFileSchema.parse({
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_STORE_VERSION,
    exportedAt: toJstIso(now),
    templates: store.templates,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `qsm-push-templates-2026-11-28.json`, dated in JST. */
export function templateFileName(now: Date): string {
  return `qsm-push-templates-${jstDate(now)}.json`;
}

const refuse = (reason: ImportRefusal, params: Record<string, string | number> = {}): TemplateFileRead => ({
  ok: false,
  reason,
  params,
});

/**
 * Reads a template file. A file of an older version goes through storage's migrations
 * (`migrateTemplates`); a newer one, one that is not ours, or one with a template that does not read
 * is refused with the reason, so the seller never imports half a file without knowing.
 */
export function readTemplateFile(text: string, now: Date): TemplateFileRead {
  if (new TextEncoder().encode(text).length > TEMPLATE_FILE_MAX_BYTES) {
    return refuse('too-large', { kb: TEMPLATE_FILE_MAX_BYTES / 1024 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json');
  }
  const file = anyTemplateFileSchema.safeParse(raw);
  if (!file.success) return refuse('foreign');
  const { version, templates } = file.data;
  if (version > TEMPLATE_STORE_VERSION)
    return refuse('newer', { version, supported: TEMPLATE_STORE_VERSION });
  if (!templates.length) return refuse('empty');
  const read = migrateTemplates({ version, templates }, now).templates;
  if (read.length < templates.length) {
    return refuse('damaged', { n: templates.length - read.length, total: templates.length });
  }
  return { ok: true, version, templates: read };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** One template of the file, and the stored one of the same name it would meet, if any. */
export interface ImportItem {
  template: PushTemplate;
  clash: PushTemplate | null;
}

/** What an import would add, and which templates meet a stored one of the same name (case aside). */
export function planImport(store: Pick<TemplateStore, 'templates'>, incoming: PushTemplate[]): ImportItem[] {
  return incoming.map((template) => ({
    template,
    clash: store.templates.find((stored) => sameName(stored.name, template.name)) ?? null,
  }));
}

/** For a template whose name is taken: keep both (the import under a copy name), or replace the stored one. */
export type ClashChoice = 'keep-both' | 'replace';

export interface ImportOutcome {
  store: TemplateStore;
  added: number;
  replaced: number;
}

/**
 * Applies a plan with the seller's choice per clashing template (by index; keep both when unsaid).
 * Added templates get fresh ids; a replaced one keeps its id and creation time, as saving does.
 */
export function applyImport(
  store: TemplateStore,
  items: readonly ImportItem[],
  choices: readonly (ClashChoice | undefined)[],
  newId: () => string,
  now: Date,
): ImportOutcome {
  let templates = [...store.templates];
  let added = 0;
  let replaced = 0;
  const at = toJstIso(now);
  items.forEach(({ template, clash }, index) => {
    const target = clash && templates.findIndex((t) => t.id === clash.id);
    if (clash && target !== null && target >= 0 && choices[index] === 'replace') {
      templates[target] = { ...template, id: clash.id, createdAt: clash.createdAt, updatedAt: at };
      replaced++;
      return;
    }
    // A name taken by now (stored, or added from this same file) gets the first free copy name.
    const taken = templates.some((t) => sameName(t.name, template.name));
    const name = taken ? copyName({ ...store, templates }, template.name) : template.name;
    templates = [...templates, { ...template, id: newId(), name, updatedAt: at }];
    added++;
  });
  return { store: { ...store, templates }, added, replaced };
}
