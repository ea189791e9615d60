// Phone numbers and postal codes arrive as people type them: full-width digits
// from a Japanese IME, and whichever dash the IME offered (ー is the long vowel
// mark, but it is what you get pressing "-" in kana mode).
const DASHES = /[\u2010-\u2015\u2212\u30FC\u2E3A\u2E3B\uFE58]/g;

/** Folds typed digits to ASCII and every dash to '-', trimming and single-spacing. */
export function normalizeTypedNumber(input: string): string {
  return input.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}
