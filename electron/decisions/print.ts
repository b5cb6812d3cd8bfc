// The papers of a decision (§5, §16): the notification letter, and for the post the day's
// register with envelopes or address labels. Each is kept like every printed document
// (print/archive.ts): the PDF, its row with who and when, a reprint marked as a copy.

import type { PrintedDocument } from '../../shared/contract/common.ts';
import { fullName } from '../../shared/contract/common.ts';
import type { LetterSettings } from '../../shared/contract/decisions.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { languageOfText } from '../../shared/domain/explanation.ts';
import { printedAddressLines } from '../../shared/domain/postal-address.ts';
import { complaintLettersSentOn } from '../db/complaint-dispatches.ts';
import {
  getLetter,
  insertLetter,
  insertRefusalExplanation,
  type LetterRow,
  letterOfDecision,
  lettersSentOn,
  listSteps,
  postalRegisterFor,
  refusalExplanation,
  type StepRow,
} from '../db/decisions.ts';
import { getPerson } from '../db/people.ts';
import { printsLarge } from '../intake/large-print.ts';
import { type DeskContext, type HandlerGroup, task } from '../kernel/handler.ts';
import { printAndKeep } from '../print/archive.ts';
import { renderLargeLetter } from '../print/large-letter.ts';
import { LARGE_LAYOUT } from '../print/large-print.ts';
import { fill, type Lang } from '../print/texts.ts';
import { renderAddressLabels, renderEnvelopes } from './envelope.ts';
import { applicationOrThrow, decisionInForce, serviceDefinitionOf } from './file.ts';
import { type LetterData, renderLetter } from './letter.ts';
import { LETTER_TEXTS } from './letter-texts.ts';
import { type RegisterLine, renderPostalRegister } from './postal-register.ts';

type PrintChannels =
  | 'decisions.printLetter'
  | 'decisions.printPostalRegister'
  | 'decisions.printEnvelopes'
  | 'decisions.printAddressLabels';

/**
 * The letter of a decision, numbered on its first print (the office's prefix and the year's
 * sequence) and addressed as the person's record stands that day: for a child, to the legal
 * representative (§12 reading).
 */
function letterFor(
  ctx: DeskContext,
  applicationId: number,
  decision: StepRow,
  letters: LetterSettings,
): LetterRow {
  return ctx.write(() => {
    const found = letterOfDecision(ctx.db, decision.id);
    if (found) return found;
    const app = applicationOrThrow(ctx, applicationId);
    const toRepresentative = app.representativeId !== null;
    const person = toRepresentative
      ? getPerson(ctx.db, 'representatives', app.representativeId as number)
      : getPerson(ctx.db, 'applicants', app.applicantId);
    const { today } = ctx;
    const id = insertLetter(ctx.db, {
      applicationId: app.id,
      decisionStepId: decision.id,
      year: Number(today.slice(0, 4)),
      prefix: letters.outgoingPrefix,
      letterDate: today,
      addresseeName: fullName(person),
      addresseeAddress: person.address,
      addresseePostalAddress: person.postalAddress,
      addresseeRole: toRepresentative ? 'representative' : 'applicant',
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.user.id,
    });
    const letter = getLetter(ctx.db, id) as LetterRow;
    ctx.audit({ action: 'letters.number', entity: 'application', entityId: app.id, after: letter });
    return letter;
  });
}

/**
 * §17: the explanation the letter in `lang` carries — the decision's own when it was written in
 * that language, else the second text kept for it. The first letter in the other language needs
 * that text (`typed`): it is kept with who typed it and audited; without it the clerk is asked.
 * A letter never prints an explanation in another language.
 */
function explanationIn(ctx: DeskContext, decision: StepRow, lang: 'kk' | 'ru', typed: string | null): string {
  const own = decision.explanation ?? '';
  if ((decision.explanationLang ?? languageOfText(own)) === lang) return own;
  const kept = refusalExplanation(ctx.db, decision.id, lang);
  if (kept !== undefined) return kept;
  if (!typed) {
    throw new DomainError('invalid_input', { lang }, [
      { path: 'explanation', message: `explanation_needed_${lang}` },
    ]);
  }
  return ctx.write(() => {
    const id = insertRefusalExplanation(ctx.db, {
      decisionStepId: decision.id,
      lang,
      explanation: typed,
      at: ctx.now.toISOString(),
      by: ctx.user.id,
    });
    ctx.audit({
      action: 'decisions.explanation',
      entity: 'application',
      entityId: decision.applicationId,
      after: { id, decisionStepId: decision.id, lang, explanation: typed },
    });
    return typed;
  });
}

function letterData(
  ctx: DeskContext,
  letter: LetterRow,
  decision: StepRow,
  copy: boolean,
  lang: 'kk' | 'ru',
  explanation: string,
): LetterData {
  const { office } = ctx;
  const app = applicationOrThrow(ctx, letter.applicationId);
  const def = serviceDefinitionOf(app);
  const person =
    letter.addresseeRole === 'representative'
      ? getPerson(ctx.db, 'representatives', app.representativeId as number)
      : getPerson(ctx.db, 'applicants', app.applicantId);
  const signerContact = decision.byRole === 'deputy' ? office.contacts.deputy : office.contacts.head;
  const ground = def.refusalGrounds.find((g) => g.code === decision.refusalGround);
  return {
    outNumber: letter.outNumber,
    letterDate: letter.letterDate,
    regNumber: app.regNumber,
    acceptedDate: app.acceptedDate,
    termEnd: app.termEnd,
    category: app.category,
    applicantName: app.applicantName,
    // The name and address as numbered and listed for the post, with the person's own name parts.
    addressee: {
      ...person,
      fullName: letter.addresseeName,
      addressLines: printedAddressLines(letter.addresseeAddress, letter.addresseePostalAddress, lang),
    },
    decision:
      decision.move === 'approve'
        ? {
            kind: 'approved',
            orderNumber: decision.basisNumber ?? '',
            orderDate: decision.basisDate ?? decision.localDate,
            servicesFrom: decision.servicesFrom ?? '',
            socialWorker: decision.socialWorker ?? '',
            serviceUnit: decision.serviceUnit,
          }
        : {
            kind: 'refused',
            orderNumber: decision.basisNumber ?? '',
            orderDate: decision.basisDate ?? decision.localDate,
            ground: { item: ground?.item ?? 0, text: ground?.text[lang] ?? decision.refusalGround ?? '' },
            explanation,
          },
    signer: { title: signerContact.title[lang], name: decision.byName },
    executor: { name: ctx.user.fullName, phone: office.office.phone },
    copy,
  };
}

/**
 * The day's letters for the post — notifications (§16) and answers to complaints (§23) — as
 * one register row (found again when the lists are the same), worded for the paper.
 */
function postalDay(ctx: DeskContext, date: string, lang: Lang) {
  const notifications = lettersSentOn(ctx.db, date);
  const answers = complaintLettersSentOn(ctx.db, date);
  // Nothing went to the post that day: no list to hand over, nothing to keep.
  if (!notifications.length && !answers.length)
    throw new DomainError('not_found', { what: 'letters_sent', date });
  const t = LETTER_TEXTS[lang].post;
  const letters: RegisterLine[] = [
    ...notifications.map((l) => ({
      ...l,
      addressLines: printedAddressLines(l.addresseeAddress, l.addresseePostalAddress, lang),
      subject: fill(t.subjectApplication, { n: l.regNumber }),
    })),
    ...answers.map((a) => ({
      outNumber: a.outgoingNumber,
      letterDate: a.letterDate,
      addresseeName: a.addressee,
      addresseeAddress: a.address,
      addressLines: printedAddressLines(a.address, a.postalAddress, lang),
      subject: fill(t.subjectComplaint, { n: a.journalNumber }),
    })),
  ];
  const register = ctx.write(() => {
    const r = postalRegisterFor(ctx.db, {
      sentDate: date,
      letterIds: notifications.map((l) => l.letterId),
      complaintDispatchIds: answers.map((a) => a.dispatchId),
      at: ctx.now.toISOString(),
      by: ctx.user.id,
    });
    if (r.created) {
      ctx.audit({
        action: 'postal_register.create',
        entity: 'postal_register',
        entityId: r.id,
        after: { sentDate: date, letters: letters.map((l) => l.outNumber) },
      });
    }
    return r;
  });
  return { letters, registerId: register.id };
}

export const decisionPrintHandlers: HandlerGroup<PrintChannels> = {
  'decisions.printLetter': task((input, ctx): Promise<PrintedDocument> => {
    const app = applicationOrThrow(ctx, input.applicationId);
    const decision = decisionInForce(listSteps(ctx.db, app.id));
    if (!decision || app.status === 'cancelled') {
      throw new DomainError('no_decision', { regNumber: app.regNumber, status: app.status });
    }
    const { office } = ctx;
    const lang = input.lang ?? office.documentLanguage;
    const explanation =
      decision.move === 'refuse' ? explanationIn(ctx, decision, lang, input.explanation) : '';
    const letter = letterFor(ctx, app.id, decision, office.letters);
    // Issue 13: A5 in large type when the applicant asked for it, or the clerk chose it now.
    const large = printsLarge(ctx, app.applicantId, input.largePrint);
    const render = large ? renderLargeLetter : renderLetter;
    return printAndKeep(
      ctx,
      {
        kind: 'notification',
        entity: 'letter',
        entityId: letter.id,
        lang,
        layout: large ? LARGE_LAYOUT : 'a4',
      },
      (copy) =>
        render(
          letterData(ctx, letter, decision, copy, lang, explanation),
          serviceDefinitionOf(app),
          office,
          lang,
          ctx.now,
        ),
    );
  }),

  'decisions.printPostalRegister': task(({ date, lang: chosen }, ctx) => {
    const { office } = ctx;
    const lang = chosen ?? office.documentLanguage;
    const { letters, registerId } = postalDay(ctx, date, lang);
    return printAndKeep(
      ctx,
      { kind: 'postal_register', entity: 'postal_register', entityId: registerId, lang, layout: 'a4' },
      (copy) =>
        renderPostalRegister({ date, letters, clerk: ctx.user.fullName, copy }, office, lang, ctx.now),
    );
  }),

  'decisions.printEnvelopes': task(({ date, lang: chosen }, ctx) => {
    const { office } = ctx;
    const lang = chosen ?? office.documentLanguage;
    const { letters, registerId } = postalDay(ctx, date, lang);
    return printAndKeep(
      ctx,
      { kind: 'envelopes', entity: 'postal_register', entityId: registerId, lang, layout: 'dl' },
      () => renderEnvelopes(letters, office, lang, ctx.now),
    );
  }),

  'decisions.printAddressLabels': task(({ date, lang: chosen }, ctx) => {
    const { office } = ctx;
    const lang = chosen ?? office.documentLanguage;
    const { letters, registerId } = postalDay(ctx, date, lang);
    return printAndKeep(
      ctx,
      { kind: 'address_labels', entity: 'postal_register', entityId: registerId, lang, layout: 'a4' },
      () => renderAddressLabels(letters, office, lang, ctx.now),
    );
  }),
};
