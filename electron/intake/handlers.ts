// The intake desk (§12, §14, §15): one visit with a package becomes either an accepted
// application with its talon term, or a turned-away attempt with the list of what is missing.
// Both are one transaction; a rejected input writes nothing.

import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { AGE_OF_MAJORITY, ageOn, categoryFor } from '../../shared/domain/applicant.ts';
import { daysBetween } from '../../shared/domain/calendar.ts';
import { checkPackage } from '../../shared/domain/checklist.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { termEndDate } from '../../shared/domain/term.ts';
import { definitionFor, type ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { AppContext } from '../app/context.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import {
  applicationsOf,
  getApplication,
  insertApplication,
  insertDocuments,
  lastRepresentation,
} from '../db/applications.ts';
import { writeAudit } from '../db/audit.ts';
import { insertAttempt, insertConsent } from '../db/intake.ts';
import type { PersonFields } from '../db/people.ts';
import { findPersonByIin } from '../db/people.ts';
import { inTransaction } from '../db/transaction.ts';
import { checkIntakeTicket } from '../queue/intake-link.ts';
import { loadOfficeSettings } from '../settings/office-settings.ts';
import { personFields, upsertPerson } from './people.ts';

type IntakeInput = ParsedInput<'intake.accept'>;

interface Checked {
  def: ServiceDefinition;
  today: string;
  at: string;
  applicant: PersonFields;
  representative: PersonFields | null;
  missing: string[];
}

/** Every rule an intake must pass before anything is written. */
function checkIntake(input: IntakeInput, ctx: AppContext): Checked {
  const now = ctx.clock.now();
  const today = localDateOf(now, loadOfficeSettings(ctx.db).office.timeZone);
  const def = definitionFor(today);

  const applicant = personFields(input.applicant);
  if (daysBetween(applicant.birthDate, today) < 0) {
    throw new DomainError('iin_invalid', { problem: 'future_birth_date', iin: applicant.iin });
  }
  // §6 reading, §12 items 8–9: the checklist depends on the category, so it must be right.
  const category = categoryFor(applicant.birthDate, today);
  if (category !== input.category) {
    throw new DomainError('category_age_mismatch', { who: 'applicant', expected: category });
  }

  let representative: PersonFields | null = null;
  if (input.category === 'child') {
    if (!input.representative) throw new DomainError('representative_required');
    representative = personFields(input.representative);
    if (representative.iin === applicant.iin) throw new DomainError('representative_is_applicant');
    if (ageOn(representative.birthDate, today) < AGE_OF_MAJORITY) {
      throw new DomainError('category_age_mismatch', { who: 'representative', expected: 'adult' });
    }
  } else if (input.representative) {
    throw new DomainError('invalid_input', undefined, [
      { path: 'representative', message: 'representative_only_for_child' },
    ]);
  }

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
  return {
    def,
    today,
    at: now.toISOString(),
    applicant,
    representative,
    missing: verdict.missing.map((d) => d.code),
  };
}

/** Writes the people, the consent and the attempt; returns the ids for the caller's rows. */
function recordVisit(ctx: AppContext, input: IntakeInput, c: Checked, outcome: 'accepted' | 'turned_away') {
  const by = ctx.session.userId as number;
  const applicantId = upsertPerson(ctx, 'applicants', c.applicant);
  const representativeId = c.representative ? upsertPerson(ctx, 'representatives', c.representative) : null;
  const consentId = insertConsent(ctx.db, { applicantId, representativeId, at: c.at, by });
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
    at: c.at,
    localDate: c.today,
    by,
  });
  writeAudit(ctx, {
    action: `intake.${outcome}`,
    entity: 'intake_attempt',
    entityId: attemptId,
    after: { outcome, missing: c.missing, consentId },
  });
  return { applicantId, representativeId, attemptId };
}

export const intakeHandlers: HandlerGroup<'people.lookup' | 'intake.accept' | 'intake.turnAway'> = {
  'people.lookup': ({ iin }, ctx) => {
    const applicant = findPersonByIin(ctx.db, 'applicants', iin) ?? null;
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

  'intake.accept': (input, ctx) => {
    const c = checkIntake(input, ctx);
    // §12: a talon only for a complete package.
    if (c.missing.length) throw new DomainError('package_incomplete', { missing: c.missing.join(',') });
    return inTransaction(ctx.db, () => {
      const visit = recordVisit(ctx, input, c, 'accepted');
      // §7.1 — the term, from the calendar of the office as it stands today.
      const termEnd = termEndDate(c.today, c.def.term, calendarAround(ctx.db, c.today));
      const { id, regNumber } = insertApplication(ctx.db, {
        regYear: Number(c.today.slice(0, 4)),
        applicantId: visit.applicantId,
        representativeId: visit.representativeId,
        relation: input.representative?.relation ?? null,
        authorityDocument: input.representative?.authorityDocument ?? null,
        category: input.category,
        standardVersion: c.def.version,
        acceptedAt: c.at,
        acceptedDate: c.today,
        termEnd,
        acceptedBy: ctx.session.userId as number,
        attemptId: visit.attemptId,
      });
      insertDocuments(
        ctx.db,
        id,
        input.documents.filter((d) => d.copyReceived || d.originalSeenReturned),
      );
      writeAudit(ctx, {
        action: 'intake.accept',
        entity: 'application',
        entityId: id,
        after: getApplication(ctx.db, id),
      });
      return {
        applicationId: id,
        regNumber,
        acceptedAt: c.at,
        acceptedDate: c.today,
        termEnd,
        attemptId: visit.attemptId,
      };
    });
  },

  'intake.turnAway': (input, ctx) => {
    const c = checkIntake(input, ctx);
    if (!c.missing.length) throw new DomainError('package_complete');
    return inTransaction(ctx.db, () => {
      const { attemptId } = recordVisit(ctx, input, c, 'turned_away');
      return { attemptId, missing: c.missing };
    });
  },
};
