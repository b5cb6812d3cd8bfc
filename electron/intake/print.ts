// The printed documents of the desk: the talon (§15), the list of what is missing from a
// turned-away package, and the consent form (Law No. 94-V). Each handler gathers what the paper
// says from the database, renders it (talon.ts, missing-list.ts, consent-form.ts) and keeps it
// (archive.ts). Layout and language default to the office settings; each call may choose.

import { fullName, type PrintedDocument } from '../../shared/contract/common.ts';
import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { definitionByVersion, definitionFor } from '../../shared/standard/service-definition.ts';
import { getApplication, listDocuments } from '../db/applications.ts';
import { getAttempt } from '../db/intake.ts';
import { getPerson, type PersonFields } from '../db/people.ts';
import { loadOfficeSettings } from '../db/settings.ts';
import { type DeskContext, type HandlerGroup, task } from '../kernel/handler.ts';
import { printAndKeep } from '../print/archive.ts';
import { LARGE_LAYOUT } from '../print/large-print.ts';
import { renderLargeTalon } from '../print/large-talon.ts';
import { visitCodeFor } from '../report/visit-code.ts';
import { type ConsentData, renderConsentForm } from './consent-form.ts';
import { printsLarge } from './large-print.ts';
import { renderMissingList } from './missing-list.ts';
import { checkPeople } from './people.ts';
import { renderTalon, type TalonData } from './talon.ts';

type PrintChannels = 'intake.printTalon' | 'intake.printMissingList' | 'intake.printConsentForm';

function choices(ctx: DeskContext, input: { layout?: 'a6' | 'a5' | 'receipt80'; lang?: 'kk' | 'ru' }) {
  const office = loadOfficeSettings(ctx.db);
  return {
    office,
    layout: input.layout ?? office.printing.talonLayout,
    lang: input.lang ?? office.documentLanguage,
  };
}

/** Law No. 94-V Arts. 7–9: the form is printed from what the clerk has typed, under the same
 *  rules on the people as intake.accept (checkPeople). */
function consentData(input: ParsedInput<'intake.printConsentForm'>, ctx: DeskContext): ConsentData {
  const { applicant, representative } = checkPeople(input, ctx.today, ctx.office.documentLanguage);
  const person = (p: PersonFields) => ({
    fullName: fullName(p),
    iin: p.iin,
    address: p.address,
    phone: p.phone,
  });
  const rep = input.representative;
  return {
    category: input.category,
    applicant: person(applicant),
    representative:
      representative && rep
        ? { ...person(representative), relation: rep.relation, authorityDocument: rep.authorityDocument }
        : null,
    date: ctx.today,
    clerk: ctx.user.fullName,
  };
}

/**
 * §15: renders and keeps the talon of an application — at acceptance (intake.accept) and when
 * printed again (intake.printTalon, a copy after the first).
 */
export function keepTalon(
  ctx: DeskContext,
  input: {
    applicationId: number;
    layout?: 'a6' | 'a5' | 'receipt80';
    lang?: 'kk' | 'ru';
    /** Issue 13: this print large or not; omitted, as the applicant asked (printsLarge). */
    largePrint?: boolean | undefined;
  },
): Promise<PrintedDocument> {
  const app = getApplication(ctx.db, input.applicationId);
  if (!app) throw new DomainError('not_found', { what: 'application', id: String(input.applicationId) });
  // A cancelled entry is no promise of a term: its talon must not be handed out again.
  if (app.status === 'cancelled') throw new DomainError('already_cancelled', { id: String(app.id) });
  const { office, layout, lang } = choices(ctx, input);
  // The edition of the standard the package was accepted under names its documents.
  const def = definitionByVersion(app.standardVersion) ?? definitionFor(app.acceptedDate);
  const documents = listDocuments(ctx.db, app.id).map((d) => d.code);
  const large = printsLarge(ctx, app.applicantId, input.largePrint);
  const surveyCode = visitCodeFor(ctx.db, { applicationId: app.id }).code;
  const data = (copy: boolean): TalonData => ({
    regNumber: app.regNumber,
    category: app.category,
    applicantName: app.applicantName,
    representativeName: app.representativeName,
    acceptedAt: app.acceptedAt,
    termEnd: app.termEnd,
    acceptedBy: app.acceptedBy,
    documents,
    copy,
    surveyCode,
  });
  return printAndKeep(
    ctx,
    { kind: 'talon', entity: 'application', entityId: app.id, lang, layout: large ? LARGE_LAYOUT : layout },
    (copy) =>
      large
        ? renderLargeTalon(data(copy), def, office, lang, ctx.now)
        : renderTalon(data(copy), def, office, layout, lang, ctx.now),
  );
}

export const intakePrintHandlers: HandlerGroup<PrintChannels> = {
  'intake.printTalon': task((input, ctx) => keepTalon(ctx, input)),

  'intake.printMissingList': task((input, ctx) => {
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
          ctx.now,
        ),
    );
  }),

  'intake.printConsentForm': task((input, ctx) => {
    const office = loadOfficeSettings(ctx.db);
    const lang = input.lang ?? office.documentLanguage;
    const data = consentData(input, ctx);
    // Printed from typed data before anything is stored: no row to point at yet.
    return printAndKeep(
      ctx,
      { kind: 'consent_form', entity: 'consent_form', entityId: null, lang, layout: 'a4' },
      () => renderConsentForm(data, definitionFor(ctx.today), office, lang, ctx.now),
    );
  }),
};
