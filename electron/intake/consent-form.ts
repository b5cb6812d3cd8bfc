// The consent to process personal data, printed from what the clerk has typed, for the
// applicant to sign before anything is stored (Law of RK No. 94-V, Arts. 7–9): an adult
// consents for themself; for a disabled child the legal representative consents on the
// child's behalf. A4, because it is kept in the file.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { Block, RenderedPdf } from '../print/layout.ts';
import { renderPdf } from '../print/layout.ts';
import { officeHeader } from '../print/office-blocks.ts';
import { fill, type Lang, TEXTS } from '../print/texts.ts';

export interface ConsentPerson {
  fullName: string;
  iin: string;
  address: string;
  phone: string | null;
}

export type Relation = keyof (typeof TEXTS)['kk']['consent']['relations'];

export interface ConsentData {
  category: ApplicantCategory;
  /** The person the service is for: the adult, or the child. */
  applicant: ConsentPerson;
  representative: (ConsentPerson & { relation: Relation; authorityDocument: string }) | null;
  /** The local date the form is printed and signed. */
  date: string;
  clerk: string;
}

const SIZE = 8;

function personFields(p: ConsentPerson, lang: Lang): Block[] {
  const x = TEXTS[lang].consent;
  return [
    { kind: 'field', label: x.fullName, value: p.fullName, size: SIZE, gap: 1 },
    { kind: 'field', label: x.iin, value: p.iin, size: SIZE, gap: 1 },
    { kind: 'field', label: x.address, value: p.address, size: SIZE, gap: p.phone ? 1 : 4 },
    ...(p.phone ? [{ kind: 'field', label: x.phone, value: p.phone, size: SIZE, gap: 4 } as const] : []),
  ];
}

export function consentBlocks(
  c: ConsentData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const x = TEXTS[lang].consent;
  const o = office.office;
  const rep = c.category === 'child' ? c.representative : null;
  const signer = rep ?? c.applicant;
  const people: Block[] = rep
    ? [
        { kind: 'text', text: x.childSubject, size: SIZE, bold: true, gap: 1.5 },
        ...personFields(c.applicant, lang),
        { kind: 'text', text: x.representative, size: SIZE, bold: true, gap: 1.5 },
        ...personFields(rep, lang).map((b) => (b.kind === 'field' && b.gap === 4 ? { ...b, gap: 1 } : b)),
        { kind: 'field', label: x.relation, value: x.relations[rep.relation], size: SIZE, gap: 1 },
        { kind: 'field', label: x.authority, value: rep.authorityDocument, size: SIZE, gap: 4 },
      ]
    : [
        { kind: 'text', text: x.subject, size: SIZE, bold: true, gap: 1.5 },
        ...personFields(c.applicant, lang),
      ];
  const statement = rep
    ? fill(x.statementChild, { name: rep.fullName, child: c.applicant.fullName, law: x.law })
    : fill(x.statementAdult, { name: c.applicant.fullName, law: x.law });
  const terms = [
    fill(x.operator, { name: o.name[lang], address: o.address[lang], phone: o.phone }),
    fill(x.purpose, { service: def.title[lang] }),
    x.categories,
    x.actions,
    x.storage,
    x.withdrawal,
    x.rights,
  ];
  return [
    ...officeHeader(office, lang),
    { kind: 'text', text: x.title, size: 10, bold: true, align: 'center', gap: rep ? 0.5 : 6 },
    ...(rep ? [{ kind: 'text', text: x.subtitleChild, size: 7.5, align: 'center', gap: 6 } as const] : []),
    ...people,
    { kind: 'text', text: statement, size: SIZE, align: 'left', gap: 3 },
    { kind: 'list', items: terms.map((text, i) => ({ marker: String(i + 1), text })), size: SIZE, gap: 10 },
    { kind: 'line', label: x.date, prefilled: formatLocalDate(c.date), size: SIZE, gap: 8 },
    { kind: 'line', label: x.signature, caption: signer.fullName, size: SIZE, gap: 10 },
    { kind: 'line', label: x.clerk, caption: c.clerk, size: SIZE, gap: 0 },
  ];
}

export function renderConsentForm(
  c: ConsentData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  return renderPdf({
    sheet: 'a4',
    blocks: consentBlocks(c, def, office, lang),
    lang,
    title: TEXTS[lang].consent.title,
    createdAt,
  });
}
