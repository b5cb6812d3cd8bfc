// The talon (§15) in large print (issue 13), for an applicant who asked for it: A5, the register
// number, the date and time of acceptance, the §7.1 term and the room at 22 pt or more, every
// other word at 16 pt. The same facts as the standard talon (intake/talon.ts) in the order a
// reader with poor sight needs them: what it is, the number, who, when accepted, until when, where
// to come — all on the first sheet; then the documents received and the office's details, which
// may run onto a second A5 sheet.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate, formatLocalDateTime } from '../../shared/domain/office-time.ts';
import type { ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { TalonData } from '../intake/talon.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { drawLarge, LARGE_TOP, type LargeItem, newLargeDocument, SIZES } from './large-print.ts';
import { endDocument, type RenderedPdf } from './layout.ts';
import { copyMark, peopleFields, receptionFooter } from './office-blocks.ts';
import { fill, type Lang, namedDocuments, TEXTS } from './texts.ts';

const { body, key, title } = SIZES;

export function largeTalonItems(
  t: TalonData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): LargeItem[] {
  const x = TEXTS[lang].talon;
  const c = TEXTS[lang].common;
  const room = def.receptionRoom;
  return [
    { kind: 'text', text: office.office.name[lang], size: body, bold: true, align: 'center', gap: 1 },
    { kind: 'rule', gap: 3 },
    { kind: 'text', text: x.title, size: title, bold: true, align: 'center', gap: 0 },
    { kind: 'text', text: x.subtitle, size: body, align: 'center', gap: 4 },
    ...copyMark(t.copy, lang).map((b) => ({ ...b, size: key })),
    { kind: 'largeNumber', label: x.regNumber, number: t.regNumber, qr: t.regNumber },
    ...peopleFields(t, lang, body),
    { kind: 'text', text: `${x.acceptedAt}:`, size: body, gap: 0 },
    {
      kind: 'text',
      text: formatLocalDateTime(new Date(t.acceptedAt), office.office.timeZone),
      size: key,
      bold: true,
      gap: 4,
    },
    { kind: 'framed', text: fill(x.term, { date: formatLocalDate(t.termEnd) }), size: key, gap: 4 },
    { kind: 'text', text: fill(c.room, { room }), size: key, bold: true, gap: 1 },
    { kind: 'text', text: fill(x.notice, { room }), size: body, gap: 2 },
    { kind: 'text', text: x.keep, size: body, bold: true, gap: 4 },
    // The first sheet ends with the promised facts; what the package held starts a sheet of its own.
    { kind: 'pageBreak' },
    { kind: 'text', text: fill(c.quoted, { text: def.title[lang] }), size: body, gap: 2 },
    { kind: 'field', label: x.acceptedBy, value: t.acceptedBy, size: body, gap: 3 },
    { kind: 'text', text: x.documents, size: body, bold: true, gap: 1 },
    {
      kind: 'list',
      items: namedDocuments(def, t.documents, t.category, lang).map((d) => ({
        marker: String(d.item),
        text: d.name,
      })),
      size: body,
      gap: 3,
    },
    // The office's address, hours and whom to complain to, at the body size (the footer's blocks
    // are written for the small talon).
    ...receptionFooter(def, office, lang).map((b) => ('size' in b ? { ...b, size: body } : b)),
    ...(t.surveyCode ? [{ kind: 'rule', gap: 2 } as const, ...surveyInviteBlocks(t.surveyCode, body)] : []),
  ];
}

export function renderLargeTalon(
  t: TalonData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const doc = newLargeDocument(lang, `${TEXTS[lang].talon.title} ${t.regNumber}`, createdAt);
  drawLarge(doc, largeTalonItems(t, def, office, lang), LARGE_TOP);
  return endDocument(doc);
}
