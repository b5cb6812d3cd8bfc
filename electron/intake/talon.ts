// The talon (§15, §5): the applicant's proof that the package was accepted, with the date and
// time of acceptance and the term of the service, and how the result will come (§16).

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate, formatLocalDateTime } from '../../shared/domain/office-time.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { Block, RenderedPdf } from '../print/layout.ts';
import { renderPdf } from '../print/layout.ts';
import { copyMark, officeHeader, peopleFields, receptionFooter } from '../print/office-blocks.ts';
import { fill, type Lang, namedDocuments, TEXTS } from '../print/texts.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';

export type TalonLayout = 'a6' | 'a5' | 'receipt80';

export interface TalonData {
  regNumber: string;
  category: ApplicantCategory;
  applicantName: string;
  representativeName: string | null;
  /** The instant of acceptance; printed in the office's time zone. */
  acceptedAt: string;
  /** §7.1, as computed and kept on acceptance (applications.term_end). */
  termEnd: string;
  acceptedBy: string;
  /** §12 codes of the documents received. */
  documents: readonly string[];
  /** A reprint: the paper says so. */
  copy: boolean;
  /** The visit's survey code (report/visit-code.ts); null prints no invitation. */
  surveyCode: string | null;
}

export function talonBlocks(
  t: TalonData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const x = TEXTS[lang].talon;
  const room = def.receptionRoom;
  return [
    ...officeHeader(office, lang),
    { kind: 'text', text: x.title, size: 18, bold: true, align: 'center', gap: 0 },
    { kind: 'text', text: x.subtitle, size: 8, align: 'center', gap: 1 },
    {
      kind: 'text',
      text: fill(TEXTS[lang].common.quoted, { text: def.title[lang] }),
      size: 6.5,
      align: 'center',
      gap: 4,
    },
    ...copyMark(t.copy, lang),
    { kind: 'number', label: x.regNumber, number: t.regNumber, qr: t.regNumber, gap: 3 },
    ...peopleFields(t, lang),
    {
      kind: 'field',
      label: x.acceptedAt,
      value: formatLocalDateTime(new Date(t.acceptedAt), office.office.timeZone),
      size: 8.5,
      gap: 4,
    },
    { kind: 'framed', text: fill(x.term, { date: formatLocalDate(t.termEnd) }), size: 11, gap: 4 },
    { kind: 'field', label: x.acceptedBy, value: t.acceptedBy, size: 8.5, gap: 2 },
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: x.documents, size: 7.5, bold: true, gap: 1 },
    {
      kind: 'list',
      items: namedDocuments(def, t.documents, t.category, lang).map((d) => ({
        marker: String(d.item),
        text: d.name,
      })),
      size: 7.5,
      gap: 2,
    },
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: fill(x.notice, { room }), size: 8, bold: true, gap: 1 },
    { kind: 'text', text: x.keep, size: 7.5, gap: 2 },
    ...(t.surveyCode ? surveyInviteBlocks(t.surveyCode, 6.5) : []),
    ...receptionFooter(def, office, lang),
  ];
}

export function renderTalon(
  t: TalonData,
  def: ServiceDefinition,
  office: OfficeSettings,
  layout: TalonLayout,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  return renderPdf({
    sheet: layout,
    blocks: talonBlocks(t, def, office, lang),
    lang,
    title: `${TEXTS[lang].talon.title} ${t.regNumber}`,
    createdAt,
  });
}
