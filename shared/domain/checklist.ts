// §12: which documents a package must hold, and whether a package is complete.
// Every document needs its copy received; the original is shown, compared and handed back
// ("original seen and returned") — both marks are required for the package to be accepted.

import type {
  ApplicantCategory,
  DocumentRequirement,
  Lang,
  ServiceDefinition,
} from '../standard/service-definition.ts';

export interface DocumentMark {
  code: string;
  originalSeenReturned: boolean;
  copyReceived: boolean;
}

export function requiredDocuments(
  def: ServiceDefinition,
  category: ApplicantCategory,
): DocumentRequirement[] {
  return def.documents.filter((d) => d.appliesTo === 'all' || d.appliesTo === category);
}

export function documentName(d: DocumentRequirement, category: ApplicantCategory, lang: Lang): string {
  return (category === 'child' && d.nameForChild ? d.nameForChild : d.name)[lang];
}

export interface ChecklistVerdict {
  complete: boolean;
  /** Required documents not fully marked, in §12 order. */
  missing: DocumentRequirement[];
  /** Codes marked that do not apply to this category (an adult's ПМПК, a child's ИПР). */
  notApplicable: string[];
}

export function checkPackage(
  def: ServiceDefinition,
  category: ApplicantCategory,
  marks: readonly DocumentMark[],
): ChecklistVerdict {
  const byCode = new Map(marks.map((m) => [m.code, m]));
  const required = requiredDocuments(def, category);
  const missing = required.filter((d) => {
    const m = byCode.get(d.code);
    return !(m?.copyReceived && m.originalSeenReturned);
  });
  const requiredCodes = new Set(required.map((d) => d.code));
  const notApplicable = marks
    .filter((m) => !requiredCodes.has(m.code) && (m.copyReceived || m.originalSeenReturned))
    .map((m) => m.code);
  return { complete: missing.length === 0, missing, notApplicable };
}
