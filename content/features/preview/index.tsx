import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import { buildPreview } from '../../../lib/preview';
import type { PushRecord } from '../../../lib/schema';
import { localZone } from '../../../lib/time/jst';
import { onAbort } from '../../../lib/util/abort';
import type { Feature, QsmPage } from '../../feature';
import { mountInShadow } from '../../mount';
import buttonCss from './button.css?inline';
import { PreviewDialog } from './PreviewDialog';
import previewCss from './preview.css?inline';

/** The shop's name as the history tables showed it, newest push first; the form itself does not say it. */
export function shopNameOf(history: PushRecord[], dialogRows: { shop?: string }[] = []): string | undefined {
  const newest = [...history].sort((a, b) => Date.parse(b.sendAt) - Date.parse(a.sendAt));
  return newest.find((record) => record.shop)?.shop ?? dialogRows.find((row) => row.shop)?.shop;
}

/** The banner file picked in QSM's own input, followed while the dialog is open. */
function usePickedFile(input: HTMLInputElement | undefined): File | null {
  const [file, setFile] = useState<File | null>(input?.files?.[0] ?? null);
  useEffect(() => {
    if (!input) return;
    const follow = () => setFile(input.files?.[0] ?? null);
    input.addEventListener('change', follow);
    return () => input.removeEventListener('change', follow);
  }, [input]);
  return file;
}

function LivePreview({ page, zone, onClose }: { page: QsmPage; zone: string; onClose: () => void }) {
  const shop = useComputed(() => shopNameOf(page.history.value, page.historyDialog.value?.rows));
  const preview = useComputed(() => buildPreview(page.draft.value, { name: shop.value }));
  const file = usePickedFile(page.form?.controls.bannerFile);
  return (
    <PreviewDialog
      preview={preview.value}
      draft={page.draft.value}
      lang={page.lang}
      zone={zone}
      bannerFile={file}
      onClose={onClose}
    />
  );
}

function PreviewButton({ page, onOpen }: { page: QsmPage; onOpen: (button: HTMLButtonElement) => void }) {
  return (
    <button
      type="button"
      class="preview-open"
      title={t(page.lang, 'preview.button.hint')}
      onClick={(event) => onOpen(event.currentTarget)}
    >
      {t(page.lang, 'preview.button')}
    </button>
  );
}

/**
 * A button beside QSM's own preview (预先查看, which shows only the e-mail) that opens what customers
 * receive on all three channels, built from the live draft. QSM's button is left as it is.
 */
export const preview: Feature = {
  id: 'preview',
  include: (page) => Boolean(page.form?.controls.preview),
  init(page, signal) {
    const anchor = page.form?.controls.preview;
    if (!anchor) return;
    const zone = localZone();
    let open: AbortController | null = null;
    let opener: HTMLButtonElement | null = null;
    const close = () => {
      open?.abort();
      open = null;
      // Keyboard users land back where they were.
      opener?.focus();
    };
    const show = (button: HTMLButtonElement) => {
      if (open || signal.aborted) return;
      opener = button;
      const dialog = new AbortController();
      open = dialog;
      onAbort(signal, () => dialog.abort(), dialog.signal);
      mountInShadow(
        {
          name: 'preview',
          anchor: page.document.body,
          placement: 'append',
          css: previewCss,
          signal: dialog.signal,
        },
        <LivePreview page={page} zone={zone} onClose={close} />,
      );
    };
    mountInShadow(
      { name: 'preview-button', anchor, placement: 'after', css: buttonCss, signal, display: 'inline-block' },
      <span class="qpp">
        <PreviewButton page={page} onOpen={show} />
      </span>,
    );
  },
};
