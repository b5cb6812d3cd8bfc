// fontkit ships no types and @types/fontkit is not installed; this names only what we use.
// fontkit is pdfkit's own font parser (a dependency of pdfkit, hoisted into node_modules).
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly familyName: string;
    /** Name IDs 2, 4 and 0 (scripts/fonts-build.test.ts checks the screens' subsets' names). */
    readonly subfamilyName: string;
    readonly fullName: string;
    readonly copyright: string;
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): { id: number; codePoints: number[] };
    readonly unitsPerEm: number;
    /** Font units above and (negative) below the baseline: the height of a line's box. */
    readonly ascent: number;
    readonly descent: number;
    /** What pdfkit 0.20 looks for to accept an already parsed font (PDFFontFactory.open). */
    readonly lineGap: number;
    layout(
      text: string,
      features?: unknown,
      script?: string,
    ): { glyphs: Glyph[]; positions: GlyphPosition[] };
    getGlyph(id: number): {
      id: number;
      codePoints: number[];
      advanceWidth: number;
      /** The outline (a test compares outlines as SVG path data). */
      readonly path: { toSVG(): string };
    };
    /** The font's table directory, by tag (a test looks for the hint tables). */
    readonly directory: { tables: Record<string, unknown> };
    createSubset(): Subset;
  }
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  /** Font units: the pen's advance after the glyph (kerning included) and the glyph's shift. */
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  /** A TrueType subset: glyphs in the order included; encode() adds composite glyphs' parts. */
  export interface Subset {
    readonly glyphs: number[];
    includeGlyph(glyph: number): number;
    encode(): Uint8Array;
  }
  export interface FontCollection {
    readonly fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}

// pdfkit's line breaker (UAX #14), a dependency of pdfkit; line-setting.ts breaks lines where pdfkit does.
declare module 'linebreak' {
  class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
  export = LineBreaker;
}
