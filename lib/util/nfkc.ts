/** NFKC for the text QSM's pages show, with no ICU data load for the usual label or number. */
/**
 * Characters NFKC leaves as they are (ASCII, kana, CJK ideographs, Hangul syllables, CJK brackets
 * and stops), once the ideographic space and the full-width ASCII forms are folded by arithmetic.
 */
const NFKC_STABLE =
  /^[\t\n\r\f\v\u0020-\u007f\u3001-\u3003\u3005-\u3011\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u4e00-\u9fff\uac00-\ud7a3]*$/;
const FULL_WIDTH = /[\u3000\uff01-\uff5e]/g;

/**
 * NFKC, without asking ICU for the usual label: the first String.prototype.normalize of a page
 * loads the normalizer's data (milliseconds, on every QSM page and frame the loader probes).
 * Equal to `text.normalize('NFKC')` for every string (a unit test holds it to that).
 */
export function foldNfkc(text: string): string {
  const folded = text.replace(FULL_WIDTH, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
  return NFKC_STABLE.test(folded) ? folded : folded.normalize('NFKC');
}
