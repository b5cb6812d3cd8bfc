// Who may receive the service (§6 reading): a disabled adult, or a disabled child under 18
// for whom a legal representative applies. The category must agree with the date of birth
// in the IIN, so the §12 checklist (item 8 adults, item 9 children) is the right one.

import type { ApplicantCategory } from '../standard/service-definition.ts';
import type { LocalDate } from './calendar.ts';

/** Age of majority in Kazakhstan (Civil Code Art. 17). */
export const AGE_OF_MAJORITY = 18;

export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function categoryFor(birthDate: LocalDate, on: LocalDate): ApplicantCategory {
  return ageOn(birthDate, on) >= AGE_OF_MAJORITY ? 'adult' : 'child';
}
