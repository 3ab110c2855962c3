// The text rule applied on every save and every import (ARCHITECTURE.md,
// "Vietnamese, everywhere"). Body text is Markdown, so apart from the fixes
// below the text is kept byte for byte: no trimming, no whitespace changes.

// Windows and old Mac line endings both become "\n".
const LINE_BREAKS = /\r\n?/gu;

// Zero-width space/non-joiner/joiner, word joiner, BOM and soft hyphen:
// invisible, but they break search, slugs and NFC composition.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

// C0 controls, DEL and C1 controls (all of \p{Cc}) except tab and newline.
// Pasted Word/PDF text is full of these.
const CONTROLS = /(?![\t\n])\p{Cc}/gu;

// Legacy Vietnamese fonts/keyboards type the Icelandic eth (U+00D0/U+00F0),
// which looks like Đ/đ (U+0110/U+0111) but is a different letter, so
// "ÐẢNG" would never match "ĐẢNG". Neither letter has a canonical
// decomposition, so replacing them works the same on NFC and NFD input.
const ETH_UPPER = /\u00D0/gu;
const ETH_LOWER = /\u00F0/gu;

/** Normalise stored text: NFC, Ð/ð → Đ/đ, no zero-width or control characters, "\n" line ends. */
export function normalizeText(input: string): string {
  return (
    input
      .replace(LINE_BREAKS, '\n')
      // Remove invisibles before composing: a zero-width joiner between a
      // letter and its combining mark would otherwise block NFC.
      .replace(INVISIBLE, '')
      .replace(CONTROLS, '')
      .replace(ETH_UPPER, '\u0110')
      .replace(ETH_LOWER, '\u0111')
      .normalize('NFC')
  );
}

/**
 * Normalise a single-line field (title, name, ...): normalizeText, then every
 * whitespace run (newlines, tabs, NBSP, other Unicode spaces) becomes one
 * space, and the ends are trimmed.
 */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\s+/gu, ' ').trim();
}
