// The intake form as plain data, and how it becomes the contract's input. Pure functions:
// the rules themselves (IIN, category, §12 checklist) are imported from shared/, never copied.

import type { PersonInput } from '../../../shared/contract/common.ts';
import type { IntakeInput } from '../../../shared/contract/intake.ts';
import { type ChecklistVerdict, checkPackage, requiredDocuments } from '../../../shared/domain/checklist.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../../shared/standard/service-definition.ts';
import { hoursExceptionOf } from '../ui/HoursException.tsx';
import { addressInputOf, emptyPostalAddress, type PostalAddressDraft } from '../ui/postal-address.ts';

export type Relation = 'mother' | 'father' | 'guardian' | 'trustee' | 'other';
export const RELATIONS: readonly Relation[] = ['mother', 'father', 'guardian', 'trustee', 'other'];

export interface PersonDraft {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string;
  /** The free text of an address kept from before its parts (a returning person); '' otherwise. */
  address: string;
  postalAddress: PostalAddressDraft;
  phone: string;
}

export interface RepresentativeDraft extends PersonDraft {
  relation: Relation | '';
  authorityDocument: string;
}

export interface Mark {
  originalSeenReturned: boolean;
  copyReceived: boolean;
}
export type MarkKind = keyof Mark;

/** The walk-in queue ticket being served, when intake was opened from the queue (§7.2). */
export interface QueueTicketRef {
  id: number;
  number: string;
}

export interface IntakeDraft {
  queueTicket?: QueueTicketRef | null;
  category: ApplicantCategory;
  applicant: PersonDraft;
  representative: RepresentativeDraft;
  consentSigned: boolean;
  marks: Record<string, Mark>;
  /** §10: the reason for accepting outside the hours, asked once the desk refused (null: not asked). */
  hoursReason?: string | null;
  /** Issue 13: the applicant's papers in large print, kept with the applicant. */
  largePrint?: boolean;
}

export const emptyPerson = (): PersonDraft => ({
  iin: '',
  lastName: '',
  firstName: '',
  middleName: '',
  address: '',
  postalAddress: emptyPostalAddress(),
  phone: '',
});

export const emptyRepresentative = (): RepresentativeDraft => ({
  ...emptyPerson(),
  relation: '',
  authorityDocument: '',
});

/** Spaces pasted from a document are dropped; everything else is kept, so a letter shows as wrong. */
export function normalizeIin(raw: string): string {
  return raw.replace(/\s+/g, '').slice(0, 12);
}

export function personInputOf(d: PersonDraft): PersonInput {
  return {
    iin: d.iin,
    lastName: d.lastName,
    firstName: d.firstName,
    middleName: d.middleName,
    ...addressInputOf(d.postalAddress, d.address),
    // An empty phone is "no phone", not a malformed one.
    phone: d.phone.trim() === '' ? null : d.phone,
  };
}

/** Marks for exactly the §12 documents of the category: an adult's ПМПК is never sent. */
type Package = Pick<IntakeDraft, 'category' | 'marks'>;

function marksFor(def: ServiceDefinition, draft: Package) {
  return requiredDocuments(def, draft.category).map((d) => ({
    code: d.code,
    originalSeenReturned: draft.marks[d.code]?.originalSeenReturned ?? false,
    copyReceived: draft.marks[d.code]?.copyReceived ?? false,
  }));
}

export function verdictOf(def: ServiceDefinition, draft: Package): ChecklistVerdict {
  return checkPackage(def, draft.category, marksFor(def, draft));
}

export function representativeInputOf(draft: IntakeDraft) {
  if (draft.category !== 'child') return null;
  const r = draft.representative;
  // An unchosen relation goes as it is: the contract's check names the field.
  return { ...personInputOf(r), relation: r.relation as Relation, authorityDocument: r.authorityDocument };
}

export function intakeInputOf(def: ServiceDefinition, draft: IntakeDraft): IntakeInput {
  return {
    category: draft.category,
    applicant: personInputOf(draft.applicant),
    representative: representativeInputOf(draft),
    consentSigned: draft.consentSigned,
    documents: marksFor(def, draft),
    ...(draft.queueTicket ? { queueTicketId: draft.queueTicket.id } : {}),
    ...hoursExceptionOf(draft.hoursReason),
    // The box shows the applicant's wish as kept (people.lookup); what it says now is kept.
    largePrint: draft.largePrint ?? false,
  };
}
