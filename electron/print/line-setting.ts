// Line setting for the one-page papers (page-writer.ts): words measured with the faces' own
// advance widths and kerning, lines broken where pdfkit's LineWrapper breaks them (pdfkit 0.20,
// js/pdfkit.js: the same break points from the `linebreak` package, the same float rounding of
// a word's width, the same "does the next word fit" test), so a paper set here looks exactly as
// it did when pdfkit set it. Only what the papers use: no indent, no character or word spacing,
// no justification, one column.

import type * as fontkit from 'fontkit';
import { lazyModule } from '../kernel/lazy-module.ts';

/** pdfkit's own line breaker (UAX #14), a dependency of pdfkit, loaded with the first paper. */
const lineBreaker = lazyModule<typeof import('linebreak')>('linebreak');

/** A glyph as set: its id in the prepared subset, how far it moves the pen, its own advance. */
export interface SetGlyph {
  gid: number;
  /** PDF units (1000 per em): the advance with the kerning to the next glyph. */
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** A run of text as the font sets it: glyphs and the whole advance (PDF units). */
export interface SetRun {
  glyphs: readonly SetGlyph[];
  width: number;
}

/** One face of the prepared subset, with what line setting needs of it. */
export interface Face {
  /** The document's name for the face: /F1, /F2. */
  id: string;
  /** 0, 1: the face's number among the prepared faces. */
  index: number;
  font: fontkit.Font;
  /** The glyph's number in the prepared subset by the font's glyph id. */
  gidOf: ReadonlyMap<number, number>;
  /** PDF units. */
  ascender: number;
  descender: number;
  lineGap: number;
  /** Runs laid out before (words of the templates, the names of the day). */
  runs: Map<string, SetRun>;
  /** Each character set alone (font units), null where fontkit must set it (simpleRun). */
  chars: Map<number, { id: number; gid: number; advance: number } | null>;
  /** The kerning of each pair of characters met (font units), null where it is not a plain pair. */
  pairs: Map<number, number | null>;
}

/** Words kept per face; past this the cache starts over (names come and go, templates return). */
const MAX_RUNS = 20_000;

/**
 * A run between spaces, as pdfkit's EmbeddedFont.layoutCached gives it (kerning, the fi and fl
 * ligatures), or null when a glyph is outside the prepared subset. A word of Cyrillic letters is
 * set from each letter's advance and each pair's kerning (simpleRun); anything else by fontkit.
 */
function layoutRun(face: Face, text: string): SetRun | null {
  const known = face.runs.get(text);
  if (known) return known;
  const simple = simpleRun(face, text);
  const run = simple === undefined ? fontkitRun(face, text) : simple;
  if (!run) return null;
  if (face.runs.size >= MAX_RUNS) face.runs.clear();
  face.runs.set(text, run);
  return run;
}

/** The run as fontkit lays it out (pdfkit's layoutRun); null when a glyph is outside the prepared subset. */
export function fontkitRun(face: Face, text: string, script?: string): SetRun | null {
  const laid = face.font.layout(text, undefined, script);
  const scale = 1000 / face.font.unitsPerEm;
  const glyphs: SetGlyph[] = [];
  let width = 0;
  for (let i = 0; i < laid.glyphs.length; i++) {
    const g = laid.glyphs[i] as fontkit.Glyph;
    const p = laid.positions[i] as fontkit.GlyphPosition;
    const gid = face.gidOf.get(g.id);
    if (gid === undefined) return null;
    const xAdvance = p.xAdvance * scale;
    glyphs.push({
      gid,
      xAdvance,
      advanceWidth: g.advanceWidth * scale,
      xOffset: p.xOffset * scale,
      yOffset: p.yOffset * scale,
    });
    width += xAdvance;
  }
  return { glyphs, width };
}

const isCyrillic = (cp: number) => cp >= 0x400 && cp <= 0x4ff;
/** The desk's characters of no script (digits, punctuation, signs): a word of them alone is laid out as "Common". */
const COMMON = new Set(Array.from('\u00a0«»§°±×–—‘’‚“”„…•№−≤≥', (c) => c.codePointAt(0) as number));
const isCommon = (cp: number) =>
  (cp >= 0x20 && cp < 0x7f && !((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))) || COMMON.has(cp);

/**
 * The script fontkit lays a word out in, when simpleRun may set it: 'cyrl' for Cyrillic letters
 * among digits and punctuation, '' for digits and punctuation alone; null for anything else
 * (Latin letters may form ligatures, fi and fl; other scripts are left to fontkit).
 */
function scriptOf(cps: readonly number[]): 'cyrl' | '' | null {
  let cyrillic = false;
  for (const cp of cps) {
    if (isCyrillic(cp)) cyrillic = true;
    else if (!isCommon(cp)) return null;
  }
  return cyrillic ? 'cyrl' : '';
}

/** fontkit's layout of a few characters in the word's script ('' lets fontkit find it, as for the word). */
function layoutIn(face: Face, script: 'cyrl' | '', ...cps: number[]) {
  return face.font.layout(String.fromCodePoint(...cps), undefined, script || undefined);
}

/** A character set alone; null when it is not one glyph of the subset at its own advance. */
function charGlyph(face: Face, script: 'cyrl' | '', cp: number) {
  const key = script ? cp : -cp - 1;
  let c = face.chars.get(key);
  if (c === undefined) {
    const laid = layoutIn(face, script, cp);
    const g = laid.glyphs[0];
    const p = laid.positions[0];
    const gid = g ? face.gidOf.get(g.id) : undefined;
    c =
      laid.glyphs.length === 1 &&
      g &&
      p &&
      gid !== undefined &&
      !p.xOffset &&
      !p.yOffset &&
      p.xAdvance === g.advanceWidth
        ? { id: g.id, gid, advance: g.advanceWidth }
        : null;
    face.chars.set(key, c);
  }
  return c;
}

/**
 * How the pair (a, b) is kerned (font units): the first glyph's advance changed, nothing else;
 * null when fontkit does more with the pair (a ligature, a moved glyph).
 */
function pairKerning(face: Face, script: 'cyrl' | '', a: number, b: number): number | null {
  const key = (a * 0x110000 + b) * (script ? 1 : -1);
  let k = face.pairs.get(key);
  if (k === undefined) {
    const ca = charGlyph(face, script, a);
    const cb = charGlyph(face, script, b);
    const laid = layoutIn(face, script, a, b);
    const [g0, g1] = laid.glyphs;
    const [p0, p1] = laid.positions;
    k =
      ca &&
      cb &&
      g0 &&
      g1 &&
      p0 &&
      p1 &&
      laid.glyphs.length === 2 &&
      g0.id === ca.id &&
      g1.id === cb.id &&
      !p0.xOffset &&
      !p0.yOffset &&
      !p1.xOffset &&
      !p1.yOffset &&
      p1.xAdvance === cb.advance
        ? p0.xAdvance - ca.advance
        : null;
    face.pairs.set(key, k);
  }
  return k;
}

/**
 * A word of Cyrillic letters, digits and punctuation set from each character's advance and
 * each pair's kerning — what fontkit gives for it (line-setting.test.ts compares the two over
 * the desk's names, texts, dates and numbers) without shaping the word anew; undefined where
 * fontkit must set it.
 */
export function simpleRun(face: Face, text: string): SetRun | undefined {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  const script = scriptOf(cps);
  if (script === null) return undefined;
  const scale = 1000 / face.font.unitsPerEm;
  const glyphs: SetGlyph[] = [];
  let width = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    const c = charGlyph(face, script, cp);
    if (!c) return undefined;
    const next = cps[i + 1];
    const kern = next === undefined ? 0 : pairKerning(face, script, cp, next);
    if (kern === null) return undefined;
    const xAdvance = (c.advance + kern) * scale;
    glyphs.push({ gid: c.gid, xAdvance, advanceWidth: c.advance * scale, xOffset: 0, yOffset: 0 });
    width += xAdvance;
  }
  return { glyphs, width };
}

/**
 * The runs of `text` as pdfkit lays it out: split after each space or tab (so a word's kerning
 * never reaches across a space); null when a glyph is outside the prepared subset (that paper is
 * printed by pdfkit, which embeds a subset of its own).
 */
function runsOf(face: Face, text: string): SetRun[] | null {
  const runs: SetRun[] = [];
  let last = 0;
  for (let index = 0; index <= text.length; ) {
    const ch = text.charCodeAt(index);
    if ((index === text.length && last < index) || ch === 32 || ch === 9) {
      const run = layoutRun(face, text.slice(last, ++index));
      if (!run) return null;
      runs.push(run);
      last = index;
    } else index++;
  }
  return runs;
}

/** The text set in a face: its glyphs and advance, or null outside the prepared subset. */
export function setText(face: Face, text: string): SetRun | null {
  const runs = runsOf(face, text);
  if (!runs) return null;
  const glyphs: SetGlyph[] = [];
  let width = 0;
  for (const run of runs) {
    for (const g of run.glyphs) glyphs.push(g);
    width += run.width;
  }
  return { glyphs, width };
}

/** The advance of `text` in PDF units; NaN outside the prepared subset. */
function runWidth(face: Face, text: string): number {
  const runs = runsOf(face, text);
  if (!runs) return Number.NaN;
  let width = 0;
  for (const run of runs) width += run.width;
  return width;
}

/**
 * The width of `text` in points at `size`, as pdfkit's widthOfString computes it (down to its
 * horizontal scaling of 100 %, which rounds some widths by a last bit); NaN outside the subset.
 */
export function widthOf(face: Face, text: string, size: number): number {
  return (runWidth(face, text) * (size / 1000) * 100) / 100;
}

/** The line's height at `size`, with the face's line gap when `withGap` (pdfkit's lineHeight). */
export function lineHeight(face: Face, size: number, withGap: boolean): number {
  const gap = withGap ? face.lineGap : 0;
  return ((face.ascender + gap - face.descender) / 1000) * size;
}

const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);

/** pdfkit's PDFNumber: the nearest single-precision number not above n (widths are compared so). */
export function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  float[0] = n;
  if (n <= 0) (floatBits[0] as number)++;
  else (floatBits[0] as number)--;
  return float[0] as number;
}

interface Break {
  position: number;
  required: boolean;
}

/** Where the line may break, as pdfkit's LineWrapper asks `linebreak` (kept per text). */
const breakCache = new Map<string, readonly Break[]>();

function breaksOf(text: string): readonly Break[] {
  const known = breakCache.get(text);
  if (known) return known;
  const LineBreaker = lineBreaker();
  const breaker = new LineBreaker(text);
  const breaks: Break[] = [];
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak())
    breaks.push({ position: bk.position, required: bk.required });
  if (breakCache.size >= MAX_RUNS) breakCache.clear();
  breakCache.set(text, breaks);
  return breaks;
}

/** A line as the wrapper hands it over: its text (trailing spaces kept), the words' widths summed, where it starts. */
export interface WrappedLine {
  text: string;
  /** Points: the sum of the words' widths (what centring uses). */
  textWidth: number;
  /** Points: the line's width when it was set (less a continuation's start). */
  lineWidth: number;
  x: number;
  y: number;
}

/**
 * The state pdfkit keeps between the two calls of a "Label: value" line (`continued`): where
 * the next text starts on the line. One per paragraph; a new one for each new text.
 */
export interface Wrapper {
  startX: number;
  lineWidth: number;
  continuedX: number;
}

export function newWrapper(x: number, width: number): Wrapper {
  return { startX: x, lineWidth: width, continuedX: 0 };
}

/** Where the pen is and how far down the page may be written (page-writer's cursor). */
export interface Pen {
  x: number;
  y: number;
  /** The bottom margin: pdfkit would turn the page past it. */
  maxY: number;
  /** Set when pdfkit would have turned the page: the paper does not fit one sheet. */
  overflow: boolean;
}

/**
 * Things made of a text in a face at a size (and a width), kept by the text, then by the size
 * and by the width with the face: numbers and a template's own string (which keeps its hash),
 * not a joined key, which would write the numbers out and hash anew each time. Past `max`
 * entries it starts over: names come and go, the templates come back.
 */
export class TextCache<T> {
  private readonly byText = new Map<string, Map<number, Map<number, T>>>();
  private count = 0;
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  get(text: string, face: Face, size: number, width: number, make: () => T | undefined): T | undefined {
    let bySize = this.byText.get(text);
    if (!bySize) {
      if (this.count >= this.max) {
        this.byText.clear();
        this.count = 0;
      }
      bySize = new Map();
      this.byText.set(text, bySize);
    }
    let byWidth = bySize.get(size);
    if (!byWidth) {
      byWidth = new Map();
      bySize.set(size, byWidth);
    }
    // A page is narrower than 10^5 points: the faces' keys never meet.
    const key = width + face.index * 1e5;
    let value = byWidth.get(key);
    if (value === undefined) {
      value = make();
      if (value !== undefined) {
        byWidth.set(key, value);
        this.count++;
      }
    }
    return value;
  }
}

/** A paragraph set before: its lines, and after which of them pdfkit tests the next line's room. */
interface SetParagraph {
  lines: { text: string; textWidth: number }[];
  checked: boolean[];
}

/** Paragraphs set before, by text and then face, size and width: the templates' are set once per process. */
const paragraphs = new TextCache<SetParagraph>(MAX_RUNS);

/** What is set: a text in a face at a size; `continued` and `measureOnly` as for wrap(). */
export interface Setting {
  face: Face;
  size: number;
  text: string;
  /** The first half of a "Label: value" line: the next text goes on where this one ended. */
  continued?: boolean;
  /** pdfkit's heightOfString: no page is turned. */
  measureOnly?: boolean;
}

/**
 * Sets `text` into lines as pdfkit's LineWrapper.wrap does for `doc.text(text, { width })`,
 * calling `line` for each (its fragment is drawn there), moving the pen down a line each time,
 * and marking the pen's overflow where pdfkit would have turned the page. `measureOnly` is
 * pdfkit's heightOfString (no page is turned). `continued` is the first half of a "Label: value"
 * line: the next text goes on where this one ended.
 */
export function wrap(pen: Pen, w: Wrapper, p: Setting, line: (l: WrappedLine) => void): void {
  if (p.continued || w.continuedX !== 0) {
    wrapNow(pen, w, p, line);
    return;
  }
  const set = paragraphs.get(p.text, p.face, p.size, w.lineWidth, () => {
    const made: SetParagraph = { lines: [], checked: [] };
    const scratch: Pen = { x: pen.x, y: 0, maxY: Number.POSITIVE_INFINITY, overflow: false };
    wrapNow(scratch, { ...w }, { ...p, measureOnly: true }, (l) => made.lines.push(l), made.checked);
    return made;
  }) as SetParagraph;
  const lh = lineHeight(p.face, p.size, true);
  const maxY = p.measureOnly ? Number.POSITIVE_INFINITY : pdfNumber(pen.maxY);
  if (pen.y > maxY || pen.y + lh > maxY) pen.overflow = true;
  for (let k = 0; k < set.lines.length; k++) {
    const l = set.lines[k] as SetParagraph['lines'][number];
    line({ text: l.text, textWidth: l.textWidth, lineWidth: w.lineWidth, x: pen.x, y: pen.y });
    pen.y += lh;
    if (set.checked[k] && pdfNumber(pen.y + lh) > maxY) pen.overflow = true;
  }
  pen.x = w.startX;
}

/** pdfkit's LineWrapper.wrap itself; `checked` records after which lines it tests for room. */
function wrapNow(
  pen: Pen,
  w: Wrapper,
  p: Setting,
  line: (l: WrappedLine) => void,
  checked?: boolean[],
): void {
  const { face, size, text } = p;
  const continued = p.continued === true;
  const measureOnly = p.measureOnly === true;
  const lh = lineHeight(face, size, true);
  const maxY = measureOnly ? Number.POSITIVE_INFINITY : pdfNumber(pen.maxY);
  const wordWidth = (word: string) => pdfNumber(widthOf(face, word, size));
  if (pen.y > maxY || pen.y + lh > maxY) pen.overflow = true;
  let buffer = '';
  let textWidth = 0;
  let wc = 0;
  let lc = 0;
  let continueY = pen.y;
  let spaceLeft = w.lineWidth;
  /** What pdfkit's 'firstLine' handler undoes after the next line: the continuation's start. */
  let pendingIndent: number | null = null;
  let lastLineTextWidth = 0;
  const emitLine = () => {
    lastLineTextWidth = textWidth;
    continueY = pen.y;
    line({ text: buffer, textWidth, lineWidth: w.lineWidth, x: pen.x, y: pen.y });
    pen.y += lh;
    if (pendingIndent !== null) {
      pen.x -= pendingIndent;
      w.lineWidth += pendingIndent;
      pendingIndent = null;
      if (!continued) w.continuedX = 0;
    }
    lc++;
  };
  const firstLine = () => {
    const indent = w.continuedX;
    if (indent) {
      pen.x += indent;
      w.lineWidth -= indent;
    }
    pendingIndent = indent;
  };
  const canFit = (wd: number) => wd <= spaceLeft;
  const onWord = (word: string, wd: number, bk: Break, last: Break | null): void => {
    if (last == null || last.required) {
      firstLine();
      spaceLeft = w.lineWidth;
    }
    if (canFit(wd)) {
      buffer += word;
      textWidth += wd;
      wc++;
    }
    if (bk.required || !canFit(wd)) {
      if (bk.required && wd > spaceLeft) {
        emitLine();
        buffer = word;
        textWidth = wd;
        wc = 1;
      }
      emitLine();
      if (checked) checked[lc - 1] = true;
      if (pdfNumber(pen.y + lh) > maxY) pen.overflow = true;
      if (bk.required) {
        spaceLeft = w.lineWidth;
        buffer = '';
        textWidth = 0;
        wc = 0;
      } else {
        spaceLeft = w.lineWidth - wd;
        buffer = word;
        textWidth = wd;
        wc = 1;
      }
    } else spaceLeft -= wd;
  };
  // pdfkit's eachWord: a word wider than a whole line is cut where it stops fitting.
  let last: Break | null = null;
  const widths = new Map<string, number>();
  for (const bk of breaksOf(text)) {
    let word = text.slice(last?.position ?? 0, bk.position);
    let wd = widths.get(word) ?? wordWidth(word);
    widths.set(word, wd);
    if (wd > w.lineWidth + w.continuedX) {
      let lbk = last;
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (wd > spaceLeft) {
          l = Math.ceil(spaceLeft / (wd / word.length));
          wd = wordWidth(word.slice(0, l));
          mightGrow = wd <= spaceLeft && l < word.length;
        } else l = word.length;
        let mustShrink = wd > spaceLeft && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            wd = wordWidth(word.slice(0, --l));
            mustShrink = wd > spaceLeft && l > 0;
          } else {
            wd = wordWidth(word.slice(0, ++l));
            mustShrink = wd > spaceLeft && l > 0;
            mightGrow = wd <= spaceLeft && l < word.length;
          }
        }
        if (l === 0 && spaceLeft === w.lineWidth) l = 1;
        onWord(
          word.slice(0, l),
          wd,
          { position: bk.position, required: bk.required || l < word.length },
          lbk,
        );
        lbk = { position: 0, required: false };
        word = word.slice(l);
        wd = wordWidth(word);
      }
    } else onWord(word, wd, bk, last);
    last = bk;
  }
  if (wc > 0) emitLine();
  if (continued) {
    if (lc > 1) w.continuedX = 0;
    w.continuedX += lastLineTextWidth;
    pen.y = continueY;
  } else pen.x = w.startX;
}
