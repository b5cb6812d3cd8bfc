// The printed documents of the desk: the talon (§15), the list of what is missing from a
// turned-away package, and the consent form (Law No. 94-V). Each handler gathers what the paper
// says from the database, renders it (talon.ts, missing-list.ts, consent-form.ts) and keeps it
// (archive.ts). Layout and language default to the office settings; each call may choose.

import { fullName } from '../../shared/contract/common.ts';
import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { AGE_OF_MAJORITY, ageOn, categoryFor } from '../../shared/domain/applicant.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { definitionByVersion, definitionFor } from '../../shared/standard/service-definition.ts';
import type { AppContext } from '../app/context.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { getApplication, listDocuments } from '../db/applications.ts';
import { getAttempt } from '../db/intake.ts';
import { getPerson } from '../db/people.ts';
import { getUser } from '../db/users.ts';
import { printAndKeep } from '../print/archive.ts';
import { loadOfficeSettings } from '../settings/office-settings.ts';
import { type ConsentData, renderConsentForm } from './consent-form.ts';
import { renderMissingList } from './missing-list.ts';
import { personFields } from './people.ts';
import { renderTalon } from './talon.ts';

type PrintChannels = 'intake.printTalon' | 'intake.printMissingList' | 'intake.printConsentForm';

function choices(ctx: AppContext, input: { layout?: 'a6' | 'a5' | 'receipt80'; lang?: 'kk' | 'ru' }) {
  const office = loadOfficeSettings(ctx.db);
  return {
    office,
    layout: input.layout ?? office.printing.talonLayout,
    lang: input.lang ?? office.documentLanguage,
  };
}

/** Law No. 94-V Arts. 7–9 and the §6/§12 reading: the same rules as intake.accept, before printing. */
function consentData(
  input: ParsedInput<'intake.printConsentForm'>,
  ctx: AppContext,
  today: string,
): ConsentData {
  const applicant = personFields(input.applicant);
  const category = categoryFor(applicant.birthDate, today);
  if (category !== input.category) {
    throw new DomainError('category_age_mismatch', { who: 'applicant', expected: category });
  }
  const rep = input.representative ?? null;
  if (input.category === 'child') {
    if (!rep) throw new DomainError('representative_required');
    const r = personFields(rep);
    if (r.iin === applicant.iin) throw new DomainError('representative_is_applicant');
    if (ageOn(r.birthDate, today) < AGE_OF_MAJORITY) {
      throw new DomainError('category_age_mismatch', { who: 'representative', expected: 'adult' });
    }
  } else if (rep) {
    throw new DomainError('invalid_input', undefined, [
      { path: 'representative', message: 'representative_only_for_child' },
    ]);
  }
  const person = (p: typeof applicant) => ({
    fullName: fullName(p),
    iin: p.iin,
    address: p.address,
    phone: p.phone,
  });
  return {
    category: input.category,
    applicant: person(applicant),
    representative:
      input.category === 'child' && rep
        ? { ...person(personFields(rep)), relation: rep.relation, authorityDocument: rep.authorityDocument }
        : null,
    date: today,
    clerk: getUser(ctx.db, ctx.session.userId as number)?.fullName ?? '',
  };
}

export const intakePrintHandlers: HandlerGroup<PrintChannels> = {
  'intake.printTalon': (input, ctx) => {
    const app = getApplication(ctx.db, input.applicationId);
    if (!app) throw new DomainError('not_found', { what: 'application', id: String(input.applicationId) });
    // A cancelled entry is no promise of a term: its talon must not be handed out again.
    if (app.status === 'cancelled') throw new DomainError('already_cancelled', { id: String(app.id) });
    const { office, layout, lang } = choices(ctx, input);
    // The edition of the standard the package was accepted under names its documents.
    const def = definitionByVersion(app.standardVersion) ?? definitionFor(app.acceptedDate);
    const documents = listDocuments(ctx.db, app.id).map((d) => d.code);
    return printAndKeep(
      ctx,
      { kind: 'talon', entity: 'application', entityId: app.id, lang, layout },
      (copy) =>
        renderTalon(
          {
            regNumber: app.regNumber,
            category: app.category,
            applicantName: app.applicantName,
            representativeName: app.representativeName,
            acceptedAt: app.acceptedAt,
            termEnd: app.termEnd,
            acceptedBy: app.acceptedBy,
            documents,
            copy,
          },
          def,
          office,
          layout,
          lang,
          ctx.clock.now(),
        ),
    );
  },

  'intake.printMissingList': (input, ctx) => {
    const attempt = getAttempt(ctx.db, input.attemptId);
    if (!attempt) throw new DomainError('not_found', { what: 'intake_attempt', id: String(input.attemptId) });
    // An accepted visit has a talon, not a list of what is missing.
    if (attempt.outcome !== 'turned_away')
      throw new DomainError('package_complete', { id: String(attempt.id) });
    const { office, layout, lang } = choices(ctx, input);
    const def = definitionByVersion(attempt.standardVersion) ?? definitionFor(attempt.localDate);
    const applicant = getPerson(ctx.db, 'applicants', attempt.applicantId);
    const rep =
      attempt.representativeId === null
        ? null
        : getPerson(ctx.db, 'representatives', attempt.representativeId);
    return printAndKeep(
      ctx,
      { kind: 'missing_list', entity: 'intake_attempt', entityId: attempt.id, lang, layout },
      (copy) =>
        renderMissingList(
          {
            category: attempt.category,
            applicantName: fullName(applicant),
            representativeName: rep && fullName(rep),
            visitedAt: attempt.at,
            clerk: attempt.byName,
            missing: attempt.missing,
            copy,
          },
          def,
          office,
          layout,
          lang,
          ctx.clock.now(),
        ),
    );
  },

  'intake.printConsentForm': (input, ctx) => {
    const office = loadOfficeSettings(ctx.db);
    const lang = input.lang ?? office.documentLanguage;
    const now = ctx.clock.now();
    const today = localDateOf(now, office.office.timeZone);
    const data = consentData(input, ctx, today);
    // Printed from typed data before anything is stored: no row to point at yet.
    return printAndKeep(
      ctx,
      { kind: 'consent_form', entity: 'consent_form', entityId: null, lang, layout: 'a4' },
      () => renderConsentForm(data, definitionFor(today), office, lang, now),
    );
  },
};
