// The notification letter (§5, §16): A4 from pdfkit, in Kazakh or Russian, with the office's
// letterhead, the outgoing number and date, the addressee placed for a window envelope, and
// the decision in plain words — what happens next after an approval; after a refusal the §17
// ground, the explanation, where to complain (§21, §22) and the right to go to court.
//
// The top third (letterhead, the addressee in the office's window envelope, the number) is the
// frame every posted letter shares: electron/print/window-letter.ts.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { type Block, drawFlow, endDocument, MM, type RenderedPdf } from '../print/layout.ts';
import { fill, type Lang } from '../print/texts.ts';
import { BODY_TOP, type BoxMm, drawLetterFrame, newLetterDocument } from '../print/window-letter.ts';
import { LETTER_TEXTS } from './letter-texts.ts';

export interface LetterPerson {
  lastName: string;
  firstName: string;
  middleName: string | null;
  sex: 'male' | 'female';
}

export interface LetterData {
  outNumber: string;
  letterDate: string;
  regNumber: string;
  acceptedDate: string;
  termEnd: string;
  category: ApplicantCategory;
  /** The disabled person the service is for (for a child, named in the body). */
  applicantName: string;
  /** The address line by line, as the post reads it (shared/domain/postal-address.ts). */
  addressee: LetterPerson & { fullName: string; addressLines: readonly string[] };
  decision:
    | {
        kind: 'approved';
        orderNumber: string;
        orderDate: string;
        servicesFrom: string;
        socialWorker: string;
        serviceUnit: string | null;
      }
    | {
        kind: 'refused';
        orderNumber: string;
        orderDate: string;
        ground: { item: number; text: string };
        explanation: string;
      };
  /** Who signs: the head or the deputy who decided (their title from the settings' contacts). */
  signer: { title: string; name: string };
  executor: { name: string; phone: string };
  copy: boolean;
}

export interface RenderedLetter extends RenderedPdf {
  /** Where the addressee's name and address were drawn on page 1 (mm). */
  addresseeBox: BoxMm;
  /** The whole window block: the sender line and the addressee. */
  windowBlockBox: BoxMm;
}

const S = 1.3; // the A4 scale of the shared blocks (layout.ts SHEETS.a4)

function salutationName(p: LetterPerson): string {
  return p.middleName ? `${p.firstName} ${p.middleName}` : `${p.firstName} ${p.lastName}`;
}

export function letterBodyBlocks(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const t = LETTER_TEXTS[lang].letter;
  const dear = 'dearFemale' in t ? (d.addressee.sex === 'female' ? t.dearFemale : t.dearMale) : '';
  const service = def.title[lang];
  const lead = d.decision.kind === 'approved' ? t.approvedLead : t.refusedLead;
  const size = 8.5;
  const blocks: Block[] = [
    { kind: 'text', text: t.title, size: 10, bold: true, align: 'center', gap: 0.5 },
    { kind: 'text', text: t.subtitle, size: 8, align: 'center', gap: 5 },
    {
      kind: 'text',
      text: fill(t.salutation, { dear, name: salutationName(d.addressee) }),
      size,
      bold: true,
      align: 'center',
      gap: 3,
    },
    {
      kind: 'text',
      text: fill(lead, {
        acceptedDate: formatLocalDate(d.acceptedDate),
        regNumber: d.regNumber,
        service,
      }),
      size,
      gap: 3,
    },
    ...(d.category === 'child'
      ? [{ kind: 'field', label: t.child, value: d.applicantName, size, gap: 1.5 } as const]
      : []),
    {
      kind: 'framed',
      text: d.decision.kind === 'approved' ? t.decisionApproved : t.decisionRefused,
      size: 8.5,
      gap: 3,
    },
    {
      kind: 'field',
      label: t.basis,
      value: fill(t.basisValue, {
        number: d.decision.orderNumber,
        date: formatLocalDate(d.decision.orderDate),
      }),
      size,
      gap: 1.5,
    },
    {
      kind: 'field',
      label: t.term,
      value: fill(t.termValue, { date: formatLocalDate(d.termEnd) }),
      size,
      gap: 4,
    },
  ];
  const contacts = office.contacts;
  if (d.decision.kind === 'approved') {
    blocks.push(
      {
        kind: 'field',
        label: t.servicesFrom,
        value: formatLocalDate(d.decision.servicesFrom),
        size,
        gap: 1.5,
      },
      { kind: 'field', label: t.socialWorker, value: d.decision.socialWorker, size, gap: 1.5 },
      ...(d.decision.serviceUnit
        ? [{ kind: 'field', label: t.serviceUnit, value: d.decision.serviceUnit, size, gap: 1.5 } as const]
        : []),
      {
        kind: 'text',
        text: fill(t.next, { room: def.receptionRoom, phone: office.office.phone }),
        size,
        gap: 8,
      },
    );
  } else {
    blocks.push(
      {
        kind: 'field',
        label: fill(t.ground, { item: String(d.decision.ground.item) }),
        value: d.decision.ground.text,
        size,
        gap: 1.5,
      },
      { kind: 'field', label: t.explanation, value: d.decision.explanation, size, gap: 4 },
      { kind: 'text', text: t.complainLead, size, bold: true, gap: 1.5 },
      {
        kind: 'list',
        items: [contacts.head, contacts.deputy, contacts.regional].map((c, i) => ({
          marker: String(i + 1),
          text: fill(t.contact, {
            title: c.title[lang],
            address: c.address[lang],
            room: c.room,
            phone: c.phone,
            email: c.email,
          }),
        })),
        size: 8,
        gap: 2,
      },
      { kind: 'text', text: t.complainHow, size: 8, gap: 1.5 },
      { kind: 'text', text: t.court, size: 8, gap: 8 },
    );
  }
  blocks.push(
    { kind: 'line', label: d.signer.title, caption: d.signer.name, size, gap: 6 },
    {
      kind: 'text',
      text: fill(t.executor, { name: d.executor.name, phone: d.executor.phone }),
      size: 6.5,
      gap: 0,
    },
  );
  return blocks;
}

export async function renderLetter(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedLetter> {
  const t = LETTER_TEXTS[lang].letter;
  const doc = newLetterDocument(lang, `${t.title} ${d.outNumber}`, createdAt);
  const boxes = drawLetterFrame(
    doc,
    office,
    lang,
    {
      name: d.addressee.fullName,
      lines: d.addressee.addressLines,
    },
    {
      number: fill(t.outNumber, { number: d.outNumber }),
      lines: [
        fill(t.date, { date: formatLocalDate(d.letterDate) }),
        fill(t.regarding, { regNumber: d.regNumber }),
      ],
      copy: d.copy,
    },
  );
  drawFlow(doc, letterBodyBlocks(d, def, office, lang), S, BODY_TOP * MM);
  const rendered = await endDocument(doc);
  return { ...rendered, addresseeBox: boxes.addressee, windowBlockBox: boxes.block };
}
