// What every paper handed over the desk repeats: whose office it is, who the paper is about,
// and where and when to come back (§4, §10, §14, §21).

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { Block } from './layout.ts';
import { fill, type Lang, TEXTS, workingHoursLine } from './texts.ts';

export function officeHeader(office: OfficeSettings, lang: Lang): Block[] {
  return [
    { kind: 'text', text: office.office.name[lang], size: 7.5, bold: true, align: 'center', gap: 1 },
    { kind: 'rule', gap: 4 },
  ];
}

/** For a child the paper names the child and the legal representative who came (§12 reading). */
export function peopleFields(
  p: { category: ApplicantCategory; applicantName: string; representativeName: string | null },
  lang: Lang,
  size = 8.5,
): Block[] {
  const t = TEXTS[lang].common;
  if (p.category === 'child') {
    return [
      { kind: 'field', label: t.child, value: p.applicantName, size, gap: 1.5 },
      { kind: 'field', label: t.representative, value: p.representativeName ?? t.none, size },
    ];
  }
  return [{ kind: 'field', label: t.applicant, value: p.applicantName, size }];
}

export function receptionFooter(def: ServiceDefinition, office: OfficeSettings, lang: Lang): Block[] {
  const t = TEXTS[lang].common;
  const o = office.office;
  const head = office.contacts.head;
  const contacts = [fill(t.phone, { phone: o.phone }), o.email ? fill(t.email, { email: o.email }) : '']
    .filter(Boolean)
    .join(', ');
  return [
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: fill(t.room, { room: def.receptionRoom }), size: 8, bold: true, gap: 0.5 },
    { kind: 'text', text: fill(t.address, { address: o.address[lang] }), size: 7, gap: 0.5 },
    { kind: 'text', text: contacts, size: 7, gap: 0.5 },
    { kind: 'text', text: workingHoursLine(def, lang), size: 7, gap: 0.5 },
    {
      kind: 'text',
      text: fill(t.complaints, { title: head.title[lang], room: head.room, phone: head.phone }),
      size: 7,
      gap: 0.5,
    },
    { kind: 'text', text: t.free, size: 7, gap: 0 },
  ];
}

export function copyMark(copy: boolean, lang: Lang): Block[] {
  return copy ? [{ kind: 'framed', text: TEXTS[lang].common.copy, size: 10, inverse: true, gap: 4 }] : [];
}
