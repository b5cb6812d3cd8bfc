// Realistic applicants with valid IINs, for tests and demo data.

import type { IntakeInput } from '../../shared/contract/intake.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';

export function iinFor(birth: string, sexDigit: number, serial: number): string {
  const [y, m, d] = birth.split('-') as [string, string, string];
  for (let s = serial; s < serial + 50; s++) {
    const iin = completeIin(`${y.slice(2)}${m}${d}${sexDigit}${String(s).padStart(4, '0')}`);
    if (iin) return iin;
  }
  throw new Error('no valid IIN found');
}

export const ADULT = {
  iin: iinFor('1961-04-12', 4, 1234),
  lastName: 'Қасымова',
  firstName: 'Гүлнәр',
  middleName: 'Әбілқызы',
  // Free text, as addresses were typed before their parts (migration 0011): printed as typed.
  address: 'Пресновка ауылы, Достық көшесі, 12',
  postalAddress: null,
  phone: '+7 701 555 12 34',
};

/** An address in its parts, as the forms send it (Kazpost's order on paper). */
export const PARTS = {
  oblast: 'Солтүстік Қазақстан облысы',
  district: 'Жамбыл ауданы',
  settlement: 'Пресновка ауылы',
  street: 'Достық көшесі',
  house: '12',
  flat: '3',
  postcode: '150600',
};

export const CHILD = {
  iin: iinFor('2016-09-03', 5, 2001),
  lastName: 'Өмірбеков',
  firstName: 'Ұлан',
  middleName: 'Іңкәрұлы',
  address: 'Пресновка ауылы, Шұғыла көшесі, 4',
  postalAddress: null,
  phone: null,
};

export const MOTHER = {
  iin: iinFor('1990-02-17', 4, 3003),
  lastName: 'Өмірбекова',
  firstName: 'Іңкәр',
  middleName: 'Һадиқызы',
  address: 'Пресновка ауылы, Шұғыла көшесі, 4',
  postalAddress: null,
  phone: '+7 705 111 22 33',
  relation: 'mother' as const,
  authorityDocument: 'Туу туралы куәлік № 0012345, 10.09.2016',
};

export function fullMarks(category: 'adult' | 'child') {
  return requiredDocuments(STANDARD_2008, category).map((d) => ({
    code: d.code,
    originalSeenReturned: true,
    copyReceived: true,
  }));
}

export function adultIntake(over: Partial<IntakeInput> = {}): IntakeInput {
  return { category: 'adult', applicant: ADULT, consentSigned: true, documents: fullMarks('adult'), ...over };
}

export function childIntake(over: Partial<IntakeInput> = {}): IntakeInput {
  return {
    category: 'child',
    applicant: CHILD,
    representative: MOTHER,
    consentSigned: true,
    documents: fullMarks('child'),
    ...over,
  };
}
