// §23: the written answer to a complaint, on A4. Its top third is the frame every posted letter
// shares (electron/print/window-letter.ts): the complainant's name and address where the office's
// window envelope shows them — the same envelope as the notification letters of the same postal
// register. An answer by e-mail is the same letter as a PDF to attach; its address field names
// the e-mail.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { ComplaintAddressee } from '../../shared/domain/complaint.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import { type Block, drawFlow, endDocument, MM, type RenderedPdf, SHEETS } from '../print/layout.ts';
import { fill, type Lang } from '../print/texts.ts';
import { BODY_TOP, drawLetterFrame, newLetterDocument } from '../print/window-letter.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { COMPLAINT_TEXTS } from './texts.ts';

export interface ComplaintAnswerData {
  journalNumber: string;
  receivedDate: string;
  addressee: ComplaintAddressee;
  complainantName: string;
  channel: 'post' | 'email';
  /** The postal address line by line (shared/domain/postal-address.ts); [] for an e-mail answer. */
  postalAddressLines: readonly string[];
  email: string | null;
  justified: boolean;
  satisfied: boolean | null;
  actionTaken: string | null;
  answerText: string;
  answerDate: string;
  outgoingNumber: string | null;
  /** Who signs: the head or the deputy who recorded the outcome. */
  signerTitle: string;
  signerName: string;
  /** Who prepared the letter (the executor line at the bottom). */
  executorName: string;
  /** The complaint's survey code (4.3, 4.4: the procedure and its terms, asked after the answer). */
  surveyCode?: string | null;
}

/** The letter's own text: title, salutation, the answer, the result, the right to appeal, the signature. */
export function answerBlocks(a: ComplaintAnswerData, office: OfficeSettings, lang: Lang): Block[] {
  const x = COMPLAINT_TEXTS[lang].answer;
  const regional = office.contacts.regional;
  const result = !a.justified ? x.unjustified : a.satisfied ? x.justifiedSatisfied : x.justifiedNotSatisfied;
  const paragraphs = a.answerText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = 8.5;
  // §21: above the district department there is the regional one; above the regional one, the court.
  const appeal =
    a.addressee === 'regional'
      ? x.appealCourt
      : fill(x.appealRegional, {
          title: regional.title[lang],
          address: regional.address[lang],
          room: regional.room,
          phone: regional.phone,
          email: regional.email,
        });
  return [
    { kind: 'text', text: x.title, size: 10, bold: true, align: 'center', gap: 4 },
    {
      kind: 'text',
      text: fill(x.salutation, { name: a.complainantName }),
      size: body,
      bold: true,
      align: 'center',
      gap: 4,
    },
    {
      kind: 'text',
      text: fill(x.lead, {
        date: formatLocalDate(a.receivedDate),
        addressee: office.contacts[a.addressee].title[lang],
      }),
      size: body,
      gap: 2,
    },
    ...paragraphs.map((p): Block => ({ kind: 'text', text: p, size: body, gap: 2 })),
    { kind: 'text', text: result, size: body, bold: true, gap: a.justified && a.actionTaken ? 1 : 3 },
    ...(a.justified && a.actionTaken
      ? [{ kind: 'text', text: fill(x.actionTaken, { action: a.actionTaken }), size: body, gap: 3 } as const]
      : []),
    { kind: 'text', text: appeal, size: body - 0.5, gap: 12 },
    { kind: 'line', label: a.signerTitle, caption: a.signerName, size: body, gap: 14 },
    {
      kind: 'text',
      text: fill(x.executor, { name: a.executorName, phone: office.office.phone }),
      size: 6.5,
      gap: a.surveyCode ? 4 : 0,
    },
    ...(a.surveyCode ? surveyInviteBlocks(a.surveyCode, 6.5) : []),
  ];
}

/** Where the answer goes, line by line: the postal address, or the e-mail it is attached to. */
function windowLines(a: ComplaintAnswerData, lang: Lang): readonly string[] {
  if (a.channel === 'email') return [fill(COMPLAINT_TEXTS[lang].answer.byEmail, { email: a.email ?? '' })];
  return a.postalAddressLines;
}

export async function renderComplaintAnswer(
  a: ComplaintAnswerData,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const x = COMPLAINT_TEXTS[lang].answer;
  const doc = newLetterDocument(lang, `${x.title} ${a.journalNumber}`, createdAt);
  drawLetterFrame(
    doc,
    office,
    lang,
    { name: a.complainantName, lines: windowLines(a, lang) },
    {
      number: a.outgoingNumber ? fill(x.outNumber, { number: a.outgoingNumber }) : x.outNumberBlank,
      lines: [
        fill(x.date, { date: formatLocalDate(a.answerDate) }),
        fill(x.regarding, { date: formatLocalDate(a.receivedDate), number: a.journalNumber }),
      ],
      copy: false,
    },
  );
  drawFlow(doc, answerBlocks(a, office, lang), SHEETS.a4.scale, BODY_TOP * MM);
  return endDocument(doc);
}
