// Who may receive the service (§6 reading): a disabled adult, or a disabled child under 18
// for whom a legal representative applies. The category must agree with the date of birth
// in the IIN, so the §12 checklist (item 8 adults, item 9 children) is the right one.

import type { ApplicantCategory } from '../standard/service-definition.ts';
import type { LocalDate } from './calendar.ts';

/** Age of majority in Kazakhstan (Civil Code Art. 17). */
export const AGE_OF_MAJORITY = 18;

/**
 * The oldest a living applicant or representative can plausibly be. The IIN's century digit 1–2
 * stands for the 1800s (shared/domain/iin.ts), so one mistyped digit makes a child of 2015 a man
 * born in 1915 — or in 1815, and the checksum may still agree. Nobody has been recorded older
 * than 122; an IIN whose holder would be past 120 on the day of the visit is a typo, refused at
 * the desk rather than printed on a talon.
 */
export const MAX_APPLICANT_AGE = 120;

/** Whether a person born on that date can be alive and at the desk on `on`. */
export function plausiblyAlive(birthDate: LocalDate, on: LocalDate): boolean {
  return ageOn(birthDate, on) <= MAX_APPLICANT_AGE;
}

export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function categoryFor(birthDate: LocalDate, on: LocalDate): ApplicantCategory {
  return ageOn(birthDate, on) >= AGE_OF_MAJORITY ? 'adult' : 'child';
}

/** A person's name as printed and shown: last, first and middle name. */
export function fullName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}
