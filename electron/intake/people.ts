// The people of an intake: the applicant and, for a child, the legal representative. Who they
// may be is checked once (checkPeople: accept, turn-away and the consent form ask the same);
// birth date and sex come from the IIN (never typed twice); a returning person's row is updated
// and the audit log keeps what it said before.

import type { ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { AGE_OF_MAJORITY, ageOn, categoryFor, plausiblyAlive } from '../../shared/domain/applicant.ts';
import { daysBetween } from '../../shared/domain/calendar.ts';
import { parseIin } from '../../shared/domain/iin.ts';
import { type PostalAddress, storedAddress } from '../../shared/domain/postal-address.ts';
import {
  findPersonByIin,
  getPerson,
  insertPerson,
  type PersonFields,
  type PersonTable,
  updatePerson,
} from '../db/people.ts';
import type { DeskContext } from '../kernel/handler.ts';
import type { Lang } from '../print/texts.ts';

/**
 * `who` names the form's part in an error; `lang` is the language the one-line text of an address
 * in parts is written in (the office's documents' language).
 */
export function personFields(p: PersonInputParsed, who: string, lang: Lang): PersonFields {
  const r = parseIin(p.iin);
  if (!r.ok) throw new DomainError('iin_invalid', { problem: r.problem, iin: p.iin });
  const address = storedAddress(p.address, p.postalAddress, lang);
  // Every paper that goes to the person needs one of them (the letter's window, the talon).
  if (!address.text) {
    throw new DomainError('invalid_input', undefined, [
      { path: `${who}.postalAddress`, message: 'required' },
    ]);
  }
  return {
    iin: r.info.iin,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName ?? null,
    birthDate: r.info.birthDate,
    sex: r.info.sex,
    address: address.text,
    postalAddress: address.parts,
    phone: p.phone ?? null,
  };
}

interface PersonInputParsed {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  address: string | null;
  postalAddress: PostalAddress | null;
  phone: string | null;
}

/** Who a package is for and who brings it, as the intake and the consent form name them. */
type PeopleInput = Pick<ParsedInput<'intake.printConsentForm'>, 'category' | 'applicant' | 'representative'>;

export interface CheckedPeople {
  applicant: PersonFields;
  representative: PersonFields | null;
}

/**
 * The rules on the people of a package, as of the office's `today`: a valid IIN born no later
 * than today; the category (§6 reading, §12 items 8–9 — the checklist depends on it) matching
 * the age; a child brought by an adult legal representative who is someone else; an adult with
 * no representative.
 */
export function checkPeople(input: PeopleInput, today: string, lang: Lang): CheckedPeople {
  const applicant = personFields(input.applicant, 'applicant', lang);
  if (daysBetween(applicant.birthDate, today) < 0) {
    throw new DomainError('iin_invalid', { problem: 'future_birth_date', iin: applicant.iin });
  }
  refuseImplausibleAge(applicant, 'applicant.iin', today);
  const category = categoryFor(applicant.birthDate, today);
  if (category !== input.category) {
    throw new DomainError('category_age_mismatch', { who: 'applicant', expected: category });
  }
  const rep = input.representative ?? null;
  if (input.category !== 'child') {
    if (rep) {
      throw new DomainError('invalid_input', undefined, [
        { path: 'representative', message: 'representative_only_for_child' },
      ]);
    }
    return { applicant, representative: null };
  }
  if (!rep) throw new DomainError('representative_required');
  const representative = personFields(rep, 'representative', lang);
  refuseImplausibleAge(representative, 'representative.iin', today);
  if (representative.iin === applicant.iin) throw new DomainError('representative_is_applicant');
  if (ageOn(representative.birthDate, today) < AGE_OF_MAJORITY) {
    throw new DomainError('category_age_mismatch', { who: 'representative', expected: 'adult' });
  }
  return { applicant, representative };
}

/** A valid IIN whose holder would be past MAX_APPLICANT_AGE today: a mistyped century digit. */
function refuseImplausibleAge(p: PersonFields, field: string, today: string): void {
  if (!plausiblyAlive(p.birthDate, today)) {
    throw new DomainError('iin_invalid', { problem: 'implausible_age', iin: p.iin, field });
  }
}

const ENTITY: Record<PersonTable, string> = { applicants: 'applicant', representatives: 'representative' };

/** Inserts or updates by IIN inside the caller's transaction; returns the row id. */
export function upsertPerson(ctx: DeskContext, table: PersonTable, fields: PersonFields): number {
  const at = ctx.now.toISOString();
  const existing = findPersonByIin(ctx.db, table, fields.iin);
  if (!existing) {
    const id = insertPerson(ctx.db, table, fields, at);
    ctx.audit({
      action: 'create',
      entity: ENTITY[table],
      entityId: id,
      after: getPerson(ctx.db, table, id),
    });
    return id;
  }
  const changed =
    existing.lastName !== fields.lastName ||
    existing.firstName !== fields.firstName ||
    existing.middleName !== fields.middleName ||
    existing.address !== fields.address ||
    JSON.stringify(existing.postalAddress) !== JSON.stringify(fields.postalAddress) ||
    existing.phone !== fields.phone;
  if (changed) {
    updatePerson(ctx.db, table, existing.id, fields, at);
    ctx.audit({
      action: 'update',
      entity: ENTITY[table],
      entityId: existing.id,
      before: existing,
      after: getPerson(ctx.db, table, existing.id),
    });
  }
  return existing.id;
}
