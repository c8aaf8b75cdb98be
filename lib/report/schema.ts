/**
 * The page report a seller sends when the extension does not work on their page: the structure of
 * every frame and form, QSM's own interface words, and what the adapter found and missed. It holds
 * no value a seller or customer typed or owns: everything that is not an interface word is reduced
 * to its shape (digits → 9, letters → a, length capped) before it gets here.
 */
import { z } from 'zod/mini';
import { learnedWordsSchema } from '../qsm/words';
import { countSchema, draftFields } from '../schema';

/** A word of the page as the report keeps it: an interface word, or the shape of anything else. */
const wordSchema = /* @__PURE__ */ z.string().check(z.maxLength(80));

export const reportControlSchema = z.object({
  tag: z.string(),
  type: z.optional(z.string()),
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  classes: z.optional(z.array(z.string())),
  /** The words beside a radio or checkbox, or a button's text. */
  label: z.optional(wordSchema),
  accept: z.optional(z.string()),
  /** A select's options: clock and small-number options as they are, the rest as shapes. */
  options: z.optional(z.array(wordSchema)),
  optionCount: z.optional(countSchema),
  /** A checkbox drawn as an image (DHTMLX). */
  image: z.optional(z.literal(true)),
});
export type ReportControl = z.infer<typeof reportControlSchema>;

export const reportListSchema = z.object({
  kind: z.enum(['table', 'grid']),
  id: z.optional(z.string()),
  classes: z.optional(z.array(z.string())),
  headers: z.array(wordSchema),
  rows: countSchema,
  /** How the rows' tick boxes are drawn, when they have any. */
  checkboxes: z.optional(z.enum(['input', 'image'])),
});
export type ReportList = z.infer<typeof reportListSchema>;

export const reportRowSchema = z.object({
  id: z.optional(z.string()),
  label: wordSchema,
  controls: z.array(reportControlSchema),
  lists: z.array(reportListSchema),
  /** The adapter's reading of this row, when it took it for one of the form's. */
  recognisedAs: z.optional(z.string()),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

const fieldStateSchema = z.enum(['read', 'not-found', 'unreadable']);

export const frameReportSchema = z.object({
  /** Origin and path only: a query may carry a session or a seller id. */
  url: z.string(),
  title: wordSchema,
  htmlLang: z.string(),
  readable: z.boolean(),
  forms: z.array(z.object({ id: z.optional(z.string()), action: z.string(), method: z.string() })),
  /** Rows of tables whose first cell is a header cell: the form's rows, in order. */
  rows: z.array(reportRowSchema),
  lists: z.array(reportListSchema),
  buttons: z.array(reportControlSchema),
  fileFields: z.array(reportControlSchema),
  tabs: z.array(wordSchema),
  layers: z.array(z.object({ id: z.optional(z.string()), classes: z.array(z.string()), shown: z.boolean() })),
  adapter: z.object({
    form: z.object({
      found: z.boolean(),
      lang: z.optional(z.string()),
      fields: z.record(z.enum(draftFields), fieldStateSchema),
    }),
    history: z.object({
      found: z.boolean(),
      rows: /* @__PURE__ */ z.number().check(z.int()),
      cancelListing: z.boolean(),
    }),
    orderUpload: z.boolean(),
  }),
});
export type FrameReport = z.infer<typeof frameReportSchema>;

export const pageReportSchema = z.object({
  kind: z.literal('qsm-push-pilot/page-report'),
  version: z.literal(1),
  /** The extension's version, so a report is read against the adapter that wrote it. */
  extension: z.optional(z.string()),
  frames: z.array(frameReportSchema),
  /** QSM's words learned from the seller's own pushes (interface words, no seller data). */
  learnedWords: z.optional(learnedWordsSchema),
});
export type PageReport = z.infer<typeof pageReportSchema>;

/** Longest shape kept of a text that is not an interface word. */
export const SHAPE_MAX = 24;

/** A text reduced to its shape: digits → 9, letters (any script) → a, the rest kept, capped. */
export function shapeOf(text: string): string {
  const shape = text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\p{Nd}/gu, '9')
    .replace(/\p{L}/gu, 'a');
  const chars = Array.from(shape);
  return chars.length > SHAPE_MAX ? `${chars.slice(0, SHAPE_MAX).join('')}…` : shape;
}

/** The message the popup sends a QSM tab's content script to ask for its page report. */
export const PAGE_REPORT_REQUEST = 'qpp:page-report';

/** What the popup knows of a browser tab when it picks the one to report on. */
export interface ReportTabCandidate {
  id?: number;
  url?: string;
  lastAccessed?: number;
}

const isQsmTab = (tab: ReportTabCandidate): tab is ReportTabCandidate & { id: number } =>
  tab.id !== undefined && (tab.url?.startsWith('https://qsm.qoo10.jp/') ?? false);

/**
 * The tab whose page report the popup asks for: the active tab when it shows QSM, else the QSM tab
 * used last (the popup opened as a tab of its own is the active tab then). Null when no QSM tab is open.
 */
export function reportTab(
  active: ReportTabCandidate | undefined,
  qsmTabs: readonly ReportTabCandidate[],
): (ReportTabCandidate & { id: number }) | null {
  if (active && isQsmTab(active)) return active;
  const open = qsmTabs.filter(isQsmTab);
  if (open.length === 0) return null;
  return open.reduce((last, tab) => ((tab.lastAccessed ?? 0) > (last.lastAccessed ?? 0) ? tab : last));
}
