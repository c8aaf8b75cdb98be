import { sniffImage } from '../../../lib/banner/image';
import type { Feature } from '../../feature';

/**
 * Reads the real format and pixel size of the banner file the seller picks, in the page, from the
 * file's own bytes. Nothing is uploaded by the extension; QSM's own upload is untouched.
 */
export const banner: Feature = {
  id: 'banner',
  include: (page) => Boolean(page.form?.controls.bannerFile),
  init(page, signal) {
    const input = page.form?.controls.bannerFile;
    if (!input) return;
    let generation = 0;
    const read = async () => {
      const file = input.files?.[0];
      const mine = ++generation;
      if (!file) {
        page.bannerImage.value = null;
        return;
      }
      const info = sniffImage(new Uint8Array(await file.arrayBuffer()));
      // A slower read of an earlier pick must not overwrite a newer one.
      if (mine !== generation || signal.aborted) return;
      page.bannerImage.value = {
        type: info?.type ?? 'application/octet-stream',
        width: info?.width ?? 0,
        height: info?.height ?? 0,
        bytes: file.size,
      };
    };
    input.addEventListener('change', read, { signal });
    if (input.files?.length) void read();
  },
};
