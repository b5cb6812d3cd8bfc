// The notification letter (§5, §16) in large print (issue 13), for an applicant who asked for it.
//
// The sheet and the envelope. A5 (148 × 210 mm), folded once across at 105 mm (the tick at the
// left edge), goes into a C6 window envelope (114 × 162 mm; DIN 680 puts its 90 × 45 mm window
// 20 mm from the side and 15 mm from the bottom edge, like the DL's — window-letter.ts), with the
// top half facing the window. The folded sheet (148 × 105) slides 14 mm sideways and 9 mm up and
// down in it, so the address goes where the window shows it in every position (c6SafeArea), on the
// side of the office's window setting. The office's DL envelopes stay for the A4 letters.
//
// The type. The outgoing number and date, the decision, the §7.1 term and the room at 22 pt; the
// letter's every other word at 16 pt or more (the A4 letter's blocks, decisions/letter.ts,
// enlarged — the same text, so the two can never say different things). Only what the post reads
// stays at its usual size: the letterhead and the address in the window, which must fit it.

import type { EnvelopeWindow } from '../../shared/contract/decisions.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import type { ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { type LetterData, letterBodyBlocks, type RenderedLetter } from '../decisions/letter.ts';
import { LETTER_TEXTS } from '../decisions/letter-texts.ts';
import { BOLD, REGULAR } from './fonts.ts';
import { A5, drawLarge, enlarged, type LargeItem, newLargeDocument, SIZES } from './large-print.ts';
import { type Block, endDocument, MM } from './layout.ts';
import { copyMark } from './office-blocks.ts';
import { fill, type Lang, TEXTS } from './texts.ts';
import { type BoxMm, drawAddressIn, ENVELOPE_WINDOW } from './window-letter.ts';

export const C6 = { width: 162, height: 114 } as const;
/** The A5 sheet folded once: the top half faces the window. */
export const HALF = A5.height / 2;
/** The letter's text starts below the fold, so none of it shows in the window. */
const BODY_TOP = HALF + 5;

/** What the C6 window shows of the folded A5 sheet however it lies in the envelope (mm). */
export function c6SafeArea(side: EnvelopeWindow['side']): BoxMm {
  const W = ENVELOPE_WINDOW;
  const x = side === 'left' ? W.side : C6.width - W.side - W.width;
  const y = C6.height - W.bottom - W.height;
  const slideX = C6.width - A5.width;
  const slideY = C6.height - HALF;
  return { x, y, width: W.width - slideX, height: W.height - slideY };
}

/** The office's name, address and phone across the top, above the number and the window. */
function drawLetterhead(doc: PDFKit.PDFDocument, office: OfficeSettings, lang: Lang): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const o = office.office;
  doc
    .font(BOLD)
    .fontSize(11)
    .text(o.name[lang], left, 8 * MM, { width, align: 'center' });
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(`${o.address[lang]}, ${fill(TEXTS[lang].common.phone, { phone: o.phone })}`, left, doc.y, {
      width,
      align: 'center',
    });
  const y = doc.y + 1 * MM;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1)
    .stroke('#000000');
}

function drawFoldMark(doc: PDFKit.PDFDocument): void {
  doc
    .moveTo(3 * MM, HALF * MM)
    .lineTo(8 * MM, HALF * MM)
    .lineWidth(0.4)
    .stroke('#808080');
}

/** The letter's own blocks, large: the decision, the term and the room at the key size. */
export function largeLetterBody(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const t = LETTER_TEXTS[lang].letter;
  const room: Block = {
    kind: 'text',
    text: fill(TEXTS[lang].common.room, { room: def.receptionRoom }),
    size: SIZES.key,
    bold: true,
    gap: 4,
  };
  const blocks = enlarged(letterBodyBlocks(d, def, office, lang), 8.5);
  // The decision, the term and the room straight under the title, on the first sheet, where a
  // reader with poor sight looks first; the salutation and the full text follow.
  const isKey = (b: Block) => b.kind === 'framed' || (b.kind === 'field' && b.label === t.term);
  const keys = blocks.filter(isKey).map((b) => ({ ...b, size: SIZES.key, gap: 3 }));
  const [title, subtitle, ...rest] = blocks
    .filter((b) => !isKey(b))
    // The signer's name is drawn under the line at 0.8 of the line's size: 16 pt too.
    .map((b) => (b.kind === 'line' ? { ...b, size: SIZES.body / 0.8 } : b));
  return [
    ...(title && title.kind === 'text' ? [{ ...title, size: SIZES.title }] : []),
    ...(subtitle ? [subtitle] : []),
    ...keys,
    room,
    ...rest,
  ];
}

export async function renderLargeLetter(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedLetter> {
  const t = LETTER_TEXTS[lang].letter;
  const doc = newLargeDocument(lang, `${t.title} ${d.outNumber}`, createdAt);
  drawLetterhead(doc, office, lang);
  const head: LargeItem[] = [
    { kind: 'text', text: fill(t.outNumber, { number: d.outNumber }), size: SIZES.key, bold: true, gap: 0 },
    {
      kind: 'text',
      text: fill(t.date, { date: formatLocalDate(d.letterDate) }),
      size: SIZES.key,
      bold: true,
      gap: 0,
    },
  ];
  drawLarge(doc, head, doc.y + 3 * MM);
  const boxes = drawAddressIn(doc, c6SafeArea(office.letters.window.side), office, lang, {
    name: d.addressee.fullName,
    lines: d.addressee.addressLines,
  });
  drawFoldMark(doc);
  drawLarge(
    doc,
    [
      ...copyMark(d.copy, lang).map((b) => ({ ...b, size: SIZES.key })),
      ...largeLetterBody(d, def, office, lang),
    ],
    BODY_TOP * MM,
  );
  const rendered = await endDocument(doc);
  return { ...rendered, addresseeBox: boxes.addressee, windowBlockBox: boxes.block };
}
