// The list of what was missing from a turned-away package. Not in the standard (see the note at
// the end of STANDARD.md): it is printed so that nobody leaves the desk without knowing what to
// bring, where (§14, room 8), when (§10) and that there is no appointment to make.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDateTime } from '../../shared/domain/office-time.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { Block, RenderedPdf } from '../print/layout.ts';
import { renderPdf } from '../print/layout.ts';
import { copyMark, officeHeader, peopleFields, receptionFooter } from '../print/office-blocks.ts';
import { fill, type Lang, namedDocuments, TEXTS } from '../print/texts.ts';
import type { TalonLayout } from './talon.ts';

export interface MissingListData {
  category: ApplicantCategory;
  applicantName: string;
  representativeName: string | null;
  /** The instant of the visit; printed in the office's time zone. */
  visitedAt: string;
  clerk: string;
  /** §12 codes, as recorded on the attempt. */
  missing: readonly string[];
  copy: boolean;
}

export function missingListBlocks(
  m: MissingListData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const x = TEXTS[lang].missingList;
  const room = def.receptionRoom;
  // Larger type than the talon: less to say, and the list is what the applicant must read.
  return [
    ...officeHeader(office, lang),
    { kind: 'text', text: x.title, size: 13, bold: true, align: 'center', gap: 1 },
    { kind: 'text', text: x.subtitle, size: 9, align: 'center', gap: 5 },
    ...copyMark(m.copy, lang),
    ...peopleFields(m, lang, 9.5),
    {
      kind: 'field',
      label: x.visitedAt,
      value: formatLocalDateTime(new Date(m.visitedAt), office.office.timeZone),
      size: 9.5,
      gap: 1.5,
    },
    { kind: 'field', label: x.clerk, value: m.clerk, size: 9.5, gap: 4 },
    { kind: 'text', text: x.missing, size: 10.5, bold: true, gap: 2 },
    {
      kind: 'list',
      items: namedDocuments(def, m.missing, m.category, lang).map((d) => ({
        marker: d.item ? String(d.item) : '?',
        text: d.name,
      })),
      size: 11,
      gap: 4,
    },
    { kind: 'text', text: x.originals, size: 8.5, gap: 3 },
    { kind: 'framed', text: fill(x.comeBack, { room }), size: 10, gap: 3 },
    { kind: 'text', text: fill(x.forms, { room }), size: 8.5, gap: 3 },
    ...receptionFooter(def, office, lang),
  ];
}

export function renderMissingList(
  m: MissingListData,
  def: ServiceDefinition,
  office: OfficeSettings,
  layout: TalonLayout,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  return renderPdf({
    sheet: layout,
    blocks: missingListBlocks(m, def, office, lang),
    lang,
    title: TEXTS[lang].missingList.title,
    createdAt,
  });
}
