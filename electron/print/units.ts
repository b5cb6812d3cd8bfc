// The measures every paper is drawn with, by pdfkit (layout.ts) or by our own writer (one-page.ts).

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** The space after a block that names none, in points on A6. */
export const DEFAULT_GAP = 3;
