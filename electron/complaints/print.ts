// The complaint papers: the tear-off talon (§23), the written answer (§23), the journal on
// paper and as XLSX. Each gathers what the paper says from the journal, renders it
// (talon.ts, answer.ts, journal-pdf.ts, journal-xlsx.ts) and keeps it (print/archive.ts);
// the XLSX is handed back as bytes and its export audited. Language: the call's choice, else
// the complaint's language, else the office's document language.

import { createHash } from 'node:crypto';
import type { JournalFilter } from '../../shared/contract/complaints.ts';
import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { printedAddressLines } from '../../shared/domain/postal-address.ts';
import { type ComplaintRecord, searchComplaints } from '../db/complaints.ts';
import { type DeskContext, type HandlerGroup, task } from '../kernel/handler.ts';
import { printAndKeep } from '../print/archive.ts';
import { fill, type Lang } from '../print/texts.ts';
import { visitCodeFor } from '../report/visit-code.ts';
import { renderComplaintAnswer } from './answer.ts';
import { journalQuery, requireActiveComplaint, toRow } from './journal.ts';
import { type JournalEntry, type JournalHeading, renderComplaintJournal } from './journal-pdf.ts';
import { writeComplaintJournalXlsx } from './journal-xlsx.ts';
import { renderComplaintTalon } from './talon.ts';
import { COMPLAINT_TEXTS } from './texts.ts';

function journalEntry(r: ComplaintRecord, today: string): JournalEntry {
  const row = toRow(r, today);
  return { ...r, state: row.state, answeredLate: row.answeredLate };
}

/** The filters besides the period, in the words of the paper. */
function filterWords(f: JournalFilter, office: OfficeSettings, lang: Lang): string[] {
  const x = COMPLAINT_TEXTS[lang].journal;
  return [
    f.status && fill(x.status, { value: x.states[f.status] }),
    f.addressee && fill(x.addressee, { value: office.contacts[f.addressee].title[lang] }),
    f.channel && fill(x.channel, { value: COMPLAINT_TEXTS[lang].channels[f.channel] }),
    f.query?.trim() && fill(x.query, { value: f.query.trim() }),
  ].filter((w): w is string => Boolean(w));
}

function journalFor(ctx: DeskContext, input: ParsedInput<'complaints.printJournal'>) {
  const office = ctx.office;
  const lang = input.lang ?? office.documentLanguage;
  const { lang: _lang, ...filter } = input;
  const today = ctx.today;
  const entries = searchComplaints(ctx.db, journalQuery(filter, 'journal'), today).map((r) =>
    journalEntry(r, today),
  );
  const heading: JournalHeading = {
    from: filter.from ?? null,
    to: filter.to ?? null,
    filters: filterWords(filter, office, lang),
    printedAt: ctx.now,
    printedBy: ctx.user.fullName,
  };
  return { office, lang, filter, entries, heading };
}

export const complaintPrintHandlers: HandlerGroup<
  'complaints.printTalon' | 'complaints.printAnswer' | 'complaints.printJournal' | 'complaints.exportXlsx'
> = {
  'complaints.printTalon': task((input, ctx) => {
    // A cancelled entry promises no answer: its talon must not be handed out again.
    const c = requireActiveComplaint(ctx.db, input.complaintId);
    const office = ctx.office;
    const lang = input.lang ?? c.language;
    // A5 holds the stub and the talon comfortably; the talon layout setting is for the §15
    // talon's printer, so A6 is chosen here only on request.
    const layout = input.layout ?? 'a5';
    return printAndKeep(
      ctx,
      { kind: 'complaint_talon', entity: 'complaint', entityId: c.id, lang, layout },
      (copy) =>
        renderComplaintTalon(
          {
            journalNumber: c.journalNumber,
            receivedAt: c.receivedAt,
            channel: c.channel,
            addressee: c.addressee,
            complainantName: c.complainantName,
            termEnd: c.termEnd,
            termLength: c.termLength,
            termUnit: c.termUnit,
            acceptedBy: c.registeredBy,
            copy,
            surveyCode: visitCodeFor(ctx.db, { complaintId: c.id }).code,
          },
          office,
          layout,
          lang,
          ctx.now,
        ),
    );
  }),

  'complaints.printAnswer': task((input, ctx) => {
    const c = requireActiveComplaint(ctx.db, input.complaintId);
    if (c.justified === null || c.answerText === null || c.answerDate === null || c.answerChannel === null) {
      throw new DomainError('outcome_missing', { journalNumber: c.journalNumber });
    }
    const office = ctx.office;
    const lang = input.lang ?? c.language;
    // Signed by whoever decided: the head or the deputy, with the title the office set for them.
    const signer = c.outcomeByRole === 'deputy' ? office.contacts.deputy : office.contacts.head;
    const data = {
      journalNumber: c.journalNumber,
      receivedDate: c.receivedDate,
      addressee: c.addressee,
      complainantName: c.complainantName,
      channel: c.answerChannel,
      postalAddressLines: c.complainantAddress
        ? printedAddressLines(c.complainantAddress, c.complainantPostalAddress, lang)
        : [],
      email: c.complainantEmail,
      justified: c.justified,
      satisfied: c.satisfied,
      actionTaken: c.actionTaken,
      answerText: c.answerText,
      answerDate: c.answerDate,
      outgoingNumber: c.outgoingNumber,
      signerTitle: signer.title[lang],
      signerName: c.outcomeBy ?? '',
      executorName: ctx.user.fullName,
      surveyCode: visitCodeFor(ctx.db, { complaintId: c.id }).code,
    };
    // The letter that goes out never says "copy": a reprint is the same letter (the register
    // still records it as a reprint).
    return printAndKeep(
      ctx,
      { kind: 'complaint_answer', entity: 'complaint', entityId: c.id, lang, layout: 'a4' },
      () => renderComplaintAnswer(data, office, lang, ctx.now),
    );
  }),

  'complaints.printJournal': task((input, ctx) => {
    const { office, lang, filter, entries, heading } = journalFor(ctx, input);
    return printAndKeep(
      ctx,
      {
        kind: 'complaint_journal',
        entity: 'complaint_journal',
        entityId: null,
        lang,
        layout: 'a4-landscape',
        holds: { filter, rows: entries.length },
      },
      () => renderComplaintJournal(entries, heading, office, lang),
    );
  }),

  'complaints.exportXlsx': task(async (input, ctx) => {
    const { office, lang, filter, entries, heading } = journalFor(ctx, input);
    const bytes = await writeComplaintJournalXlsx(entries, heading, office, lang);
    const fileName = `${lang === 'kk' ? 'shagymdar-zhurnaly' : 'zhurnal-zhalob'}-${ctx.today}.xlsx`;
    // The journal leaves the program as a file: who took it, when, what it held (Law No. 94-V, Art. 22).
    ctx.write(() =>
      ctx.audit({
        kind: 'read',
        action: 'complaints.exportXlsx',
        entity: 'complaint_journal',
        entityId: null,
        after: {
          filter,
          lang,
          rows: entries.length,
          fileName,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
      }),
    );
    return { fileName, rows: entries.length, contentBase64: bytes.toString('base64') };
  }),
};
