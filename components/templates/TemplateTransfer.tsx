import { useState } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import {
  type ClashChoice,
  copyName,
  type ImportItem,
  type ImportRefusal,
  type PushTemplate,
  planImport,
  readTemplateFile,
  TEMPLATE_FILE_MIME,
  TEMPLATE_STORE_VERSION,
  templateFileName,
  writeTemplateFile,
} from '../../lib/templates';
import { Choices } from '../Choices';
import { saveFile } from '../download';

export interface TemplateTransferProps {
  templates: PushTemplate[];
  lang: Lang;
  /** Writes the seller's choices into storage; resolves with what changed. */
  onImport: (
    items: ImportItem[],
    choices: (ClashChoice | undefined)[],
  ) => Promise<{ added: number; replaced: number }>;
  now?: () => Date;
  /** Saves the export; a download link by default (tests pass their own). */
  save?: (name: string, text: string) => void;
}

type State =
  | { kind: 'exported'; file: string; n: number }
  | { kind: 'refused'; reason: ImportRefusal; params: Record<string, string | number> }
  | { kind: 'unreadable' }
  | { kind: 'preview'; file: string; version: number; items: ImportItem[]; choices: ClashChoice[] }
  | { kind: 'imported'; added: number; replaced: number }
  | { kind: 'failed' }
  | null;

/** The options page's template files: export every template as one file, and import one. */
export function TemplateTransfer({
  templates,
  lang,
  onImport,
  now = () => new Date(),
  save = (name, text) => saveFile(name, text, TEMPLATE_FILE_MIME),
}: TemplateTransferProps) {
  const [state, setState] = useState<State>(null);

  function exportAll() {
    const at = now();
    const name = templateFileName(at);
    save(name, writeTemplateFile({ templates }, at));
    setState({ kind: 'exported', file: name, n: templates.length });
  }

  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    // The same file can be picked again after a refusal or a cancel.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'unreadable' });
      return;
    }
    const read = readTemplateFile(text, now());
    if (!read.ok) {
      setState({ kind: 'refused', reason: read.reason, params: read.params });
      return;
    }
    const items = planImport({ templates }, read.templates);
    setState({
      kind: 'preview',
      file: file.name,
      version: read.version,
      items,
      choices: items.map(() => 'keep-both'),
    });
  }

  async function confirm(items: ImportItem[], choices: ClashChoice[]) {
    try {
      setState({ kind: 'imported', ...(await onImport(items, choices)) });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const choose = (index: number, choice: ClashChoice) => {
    if (state?.kind !== 'preview') return;
    setState({ ...state, choices: state.choices.map((c, i) => (i === index ? choice : c)) });
  };

  return (
    <section class="qpp templates transfer" data-qpp="templates-transfer" lang={lang}>
      <h2>{t(lang, 'templates.files.title')}</h2>
      <p class="muted">{t(lang, 'templates.files.hint')}</p>
      <div class="head">
        <button type="button" data-qpp="templates-export" disabled={!templates.length} onClick={exportAll}>
          {t(lang, 'templates.export')}
        </button>
        <label class="file">
          <span>{t(lang, 'templates.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-qpp="templates-import"
            onChange={(event) => void pick(event.currentTarget)}
          />
        </label>
      </div>
      {state?.kind === 'exported' && (
        <p class="ok" role="status" data-qpp="templates-transfer-status">
          {t(lang, 'templates.export.done', { file: state.file, n: state.n })}
        </p>
      )}
      {state?.kind === 'imported' && (
        <p class="ok" role="status" data-qpp="templates-transfer-status">
          {t(lang, 'templates.import.done', { added: state.added, replaced: state.replaced })}
        </p>
      )}
      {(state?.kind === 'refused' || state?.kind === 'unreadable' || state?.kind === 'failed') && (
        <p
          class="error"
          role="alert"
          data-qpp="templates-import-error"
          data-reason={state.kind === 'refused' ? state.reason : state.kind}
        >
          {state.kind === 'refused'
            ? t(lang, 'templates.import.refused', {
                reason: t(lang, `templates.import.refused.${state.reason}`, state.params),
              })
            : t(lang, state.kind === 'failed' ? 'templates.import.failed' : 'templates.import.unreadable')}
        </p>
      )}
      {state?.kind === 'preview' && (
        <div class="preview" data-qpp="templates-import-preview">
          <p>{t(lang, 'templates.import.summary', { file: state.file, n: state.items.length })}</p>
          {state.version < TEMPLATE_STORE_VERSION && <p class="muted">{t(lang, 'templates.import.older')}</p>}
          <ul class="list">
            {state.items.map((item, index) => (
              <li
                key={index}
                class="template"
                data-import-name={item.template.name}
                data-clash={item.clash ? 'true' : 'false'}
              >
                <span class="name">{item.template.name}</span>{' '}
                {item.clash ? (
                  <fieldset>
                    <legend>{t(lang, 'templates.import.clash')}</legend>
                    <Choices
                      name={`clash-${index}`}
                      value={state.choices[index] ?? null}
                      onChange={(choice) => choose(index, choice)}
                      choices={[
                        {
                          value: 'keep-both',
                          label: t(lang, 'templates.import.keepBoth', {
                            name: copyName(
                              { version: TEMPLATE_STORE_VERSION, templates },
                              item.template.name,
                            ),
                          }),
                        },
                        { value: 'replace', label: t(lang, 'templates.import.replace') },
                      ]}
                    />
                  </fieldset>
                ) : (
                  <span class="muted">{t(lang, 'templates.import.add')}</span>
                )}
              </li>
            ))}
          </ul>
          <div class="head">
            <button
              type="button"
              class="primary"
              data-qpp="templates-import-confirm"
              onClick={() => void confirm(state.items, state.choices)}
            >
              {t(lang, 'templates.import.confirm')}
            </button>
            <button type="button" data-qpp="templates-import-cancel" onClick={() => setState(null)}>
              {t(lang, 'templates.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
