/**
 * Beside the banner's findings: when the picked banner is not a 1860×240 JPEG, PNG or GIF, "Fit it"
 * opens the banner fitter (an extension frame, so canvas code stays out of this content script),
 * hands it the picked file, and puts the fitted file it sends back into QSM's banner input, as a
 * pick by the seller would (the banner feature then reads it again and the finding goes).
 */
import { type Signal, signal } from '@preact/signals';
import {
  type BannerImageMessage,
  bannerFitChannel,
  bannerFrameSignalSchema,
} from '../../../lib/banner/channel';
import { t } from '../../../lib/i18n';
import { onAbort } from '../../../lib/util/abort';
import { embedFrame } from '../../embedded-page';
import type { Feature, QsmPage } from '../../feature';
import { mountInShadow } from '../../mount';
import { putFile } from '../../put-file';
import frameCss from './frame.css?inline';

/** The findings the fitter can mend. */
const FITTABLE = new Set(['banner-size', 'banner-format']);

function Offer({ page, open, onOpen }: { page: QsmPage; open: Signal<boolean>; onOpen: () => void }) {
  const fittable = page.findings.value.some((finding) => FITTABLE.has(finding.code));
  if (!fittable || open.value) return null;
  return (
    <button type="button" data-qpp="banner-fit-open" onClick={onOpen}>
      {t(page.lang, 'bannerFit.offer')}
    </button>
  );
}

export const bannerFit: Feature = {
  id: 'banner-fit',
  include: (page) => Boolean(page.form?.controls.bannerFile),
  init(page, abort) {
    const input = page.form?.controls.bannerFile;
    const cell = input?.closest('td') ?? input?.parentElement;
    if (!input || !cell) return;
    const open = signal(false);
    let close = () => {};

    const openFitter = () => {
      const file = input.files?.[0];
      if (!file || open.peek()) return;
      const frameAbort = new AbortController();
      onAbort(abort, () => frameAbort.abort(), frameAbort.signal);
      close = () => {
        frameAbort.abort();
        open.value = false;
      };
      open.value = true;
      const embedded = embedFrame({
        protocol: bannerFitChannel,
        path: `/banner-fit.html?lang=${page.lang}`,
        title: t(page.lang, 'bannerFit.frame.title'),
        mount: { name: 'banner-fit-frame', anchor: host, placement: 'after', signal: frameAbort.signal },
        css: frameCss,
        maxHeight: 1200,
        onFile: async (name, bytes) =>
          putFile(
            input,
            new File([bytes], name, { type: name.endsWith('.png') ? 'image/png' : 'image/jpeg' }),
          ),
        onMessage: (data) => {
          const message = bannerFrameSignalSchema().safeParse(data);
          if (!message.success) return;
          if (message.data.type === 'qpp:banner-fit:close') {
            close();
            return;
          }
          void file.arrayBuffer().then((bytes) => {
            const image: BannerImageMessage = { type: 'qpp:banner-fit:image', name: file.name, bytes };
            embedded?.post(image, [bytes]);
          });
        },
      });
      if (!embedded) close();
    };

    const host = mountInShadow(
      { name: 'banner-fit', anchor: cell, placement: 'append', signal: abort },
      <Offer page={page} open={open} onOpen={openFitter} />,
    );
    // A new pick by the seller starts over: the open fitter shows the old picture.
    input.addEventListener('change', (event) => event.isTrusted && close(), { signal: abort });
  },
};
