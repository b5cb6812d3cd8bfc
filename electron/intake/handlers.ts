// The intake desk (§12, §14, §15): one visit with a package becomes either an accepted
// application with its talon term, or a turned-away attempt with the list of what is missing.
// Both are one transaction; a rejected input writes nothing.

import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { checkPackage } from '../../shared/domain/checklist.ts';
import { termEndDate } from '../../shared/domain/term.ts';
import { definitionFor, type ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import { checkOfficeHours } from '../calendar/office-hours.ts';
import {
  applicationsOf,
  getApplication,
  insertApplication,
  insertDocuments,
  lastRepresentation,
} from '../db/applications.ts';
import { insertHoursException } from '../db/hours-exceptions.ts';
import { insertAttempt, insertConsent } from '../db/intake.ts';
import { largePrintOf } from '../db/large-print.ts';
import { findPersonByIin } from '../db/people.ts';
import { type DeskContext, type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { checkIntakeTicket } from '../queue/intake-link.ts';
import { rememberLargePrint } from './large-print.ts';
import { type CheckedPeople, checkPeople, upsertPerson } from './people.ts';
import { keepTalon } from './print.ts';

type IntakeInput = ParsedInput<'intake.accept'>;

interface Checked extends CheckedPeople {
  def: ServiceDefinition;
  missing: string[];
}

/** Every rule an intake must pass before anything is written. */
function checkIntake(input: IntakeInput, ctx: DeskContext): Checked {
  const def = definitionFor(ctx.today);
  const people = checkPeople(input, ctx.today, ctx.office.documentLanguage);

  // Law No. 94-V Arts. 7–9: nothing personal is stored without the signed consent.
  if (!input.consentSigned) throw new DomainError('consent_required');

  const known = new Set(def.documents.map((d) => d.code));
  const unknown = input.documents.filter((d) => !known.has(d.code)).map((d) => d.code);
  if (unknown.length) {
    throw new DomainError(
      'invalid_input',
      undefined,
      unknown.map((c) => ({ path: 'documents', message: `unknown_document:${c}` })),
    );
  }
  // §7.2: an intake opened from the queue names a "hand in documents" ticket at the desk.
  if (input.queueTicketId !== null) checkIntakeTicket(ctx, input.queueTicketId);
  const verdict = checkPackage(def, input.category, input.documents);
  if (verdict.notApplicable.length) {
    throw new DomainError('documents_not_applicable', { codes: verdict.notApplicable.join(',') });
  }
  return { def, ...people, missing: verdict.missing.map((d) => d.code) };
}

/** Writes the people, the consent and the attempt; returns the ids for the caller's rows. */
function recordVisit(ctx: DeskContext, input: IntakeInput, c: Checked, outcome: 'accepted' | 'turned_away') {
  const by = ctx.user.id;
  const at = ctx.now.toISOString();
  const applicantId = upsertPerson(ctx, 'applicants', c.applicant);
  // Issue 13: the applicant's wish for large print, said at this visit, is kept for the next ones.
  if (input.largePrint !== undefined) rememberLargePrint(ctx, applicantId, input.largePrint);
  const representativeId = c.representative ? upsertPerson(ctx, 'representatives', c.representative) : null;
  const consentId = insertConsent(ctx.db, { applicantId, representativeId, at, by });
  const attemptId = insertAttempt(ctx.db, {
    applicantId,
    representativeId,
    category: input.category,
    outcome,
    missing: c.missing,
    marks: input.documents,
    queueTicketId: input.queueTicketId,
    consentId,
    standardVersion: c.def.version,
    at,
    localDate: ctx.today,
    by,
  });
  ctx.audit({
    action: `intake.${outcome}`,
    entity: 'intake_attempt',
    entityId: attemptId,
    after: { outcome, missing: c.missing, consentId },
  });
  return { applicantId, representativeId, attemptId };
}

export const intakeHandlers: HandlerGroup<'people.lookup' | 'intake.accept' | 'intake.turnAway'> = {
  'people.lookup': read(
    ({ iin }, ctx) => {
      const found = findPersonByIin(ctx.db, 'applicants', iin);
      const applicant = found ? { ...found, largePrint: largePrintOf(ctx.db, found.id) } : null;
      const rep = findPersonByIin(ctx.db, 'representatives', iin);
      const last = rep ? lastRepresentation(ctx.db, rep.id) : undefined;
      return {
        applicant,
        representative: rep
          ? {
              ...rep,
              relation: (last?.relation ?? 'other') as 'other',
              authorityDocument: last?.authorityDocument ?? '',
            }
          : null,
        applications: applicant ? applicationsOf(ctx.db, applicant.id) : [],
      };
    },
    {
      // An IIN typed in is a look at a person, found or not: the IIN itself is what was asked.
      entity: 'applicant',
      what: ({ iin }, out) => ({
        entityId: out.applicant?.id ?? null,
        after: {
          iin,
          found: out.applicant !== null || out.representative !== null,
          representativeId: out.representative?.id ?? null,
          applications: out.applications.length,
        },
      }),
    },
  ),

  'intake.accept': task(async (input, ctx) => {
    // The transaction holds only what must be atomic: the visit, the application, its
    // documents and the audit row (issue 12, "Accept fast"). The talon is made after it commits,
    // outside it, because rendering a PDF is asynchronous (a transaction never spans an await)
    // and takes longer than the writes themselves: inside, it would hold the write lock against
    // every other desk meanwhile. Nothing is lost by that: the register of printed documents
    // says which accepted applications have a talon, so one whose PDF failed (or whose program
    // stopped in between) is listed as owed on the start screen (documents.unprinted) until it
    // is printed.
    const accepted = ctx.write(() => acceptPackage(input, ctx));
    // §15: the talon is part of acceptance — rendered and kept now, so that printing it is the
    // clerk's next keystroke.
    const talon = await keepTalon(ctx, { applicationId: accepted.applicationId, lang: input.lang }).catch(
      () => null,
    );
    return { ...accepted, talon };
  }),

  'intake.turnAway': write((input, ctx) => {
    const c = checkIntake(input, ctx);
    if (!c.missing.length) throw new DomainError('package_complete');
    const { attemptId } = recordVisit(ctx, input, c, 'turned_away');
    return { attemptId, missing: c.missing };
  }),
};

/** §12, §7.1: the accepted package as one transaction — the visit, the application, its documents.
 *  Exported for the bench, which times acceptance with and without its talon. */
export function acceptPackage(input: IntakeInput, ctx: DeskContext) {
  const c = checkIntake(input, ctx);
  // §12: a talon only for a complete package.
  if (c.missing.length) throw new DomainError('package_incomplete', { missing: c.missing.join(',') });
  // §10: within the office's hours, or with the clerk's reason kept beside the application.
  const hoursException = checkOfficeHours(ctx, input.hoursException);
  const visit = recordVisit(ctx, input, c, 'accepted');
  // §7.1 — the term, from the calendar of the office as it stands today.
  const termEnd = termEndDate(ctx.today, c.def.term, calendarAround(ctx.db, ctx.today));
  const acceptedAt = ctx.now.toISOString();
  const { id, regNumber } = insertApplication(ctx.db, {
    regYear: Number(ctx.today.slice(0, 4)),
    applicantId: visit.applicantId,
    representativeId: visit.representativeId,
    relation: input.representative?.relation ?? null,
    authorityDocument: input.representative?.authorityDocument ?? null,
    category: input.category,
    standardVersion: c.def.version,
    acceptedAt,
    acceptedDate: ctx.today,
    termEnd,
    acceptedBy: ctx.user.id,
    attemptId: visit.attemptId,
  });
  insertDocuments(
    ctx.db,
    id,
    input.documents.filter((d) => d.copyReceived || d.originalSeenReturned),
  );
  if (hoursException !== null)
    insertHoursException(ctx.db, {
      entity: 'application',
      entityId: id,
      reason: hoursException,
      at: acceptedAt,
      by: ctx.user.id,
    });
  ctx.audit({
    action: 'intake.accept',
    entity: 'application',
    entityId: id,
    after: { ...getApplication(ctx.db, id), hoursException },
  });
  return {
    applicationId: id,
    regNumber,
    acceptedAt,
    acceptedDate: ctx.today,
    termEnd,
    attemptId: visit.attemptId,
  };
}
