import { z } from 'zod';
import { id, lang, personInput, printedDocument } from './common.ts';
import { representativeInput } from './intake.ts';

/** A5/A6 sheet for an ordinary printer, or an 80 mm receipt roll printed as graphics. */
export const talonLayout = z.enum(['a6', 'a5', 'receipt80']);

export const printChannels = {
  /** §15 — the talon with the date of acceptance and the term. */
  'print.talon': {
    input: z.object({ applicationId: id, layout: talonLayout.optional(), lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** What was missing from a turned-away package, so nobody leaves without knowing. */
  'print.missingList': {
    input: z.object({ attemptId: id, layout: talonLayout.optional(), lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** Law No. 94-V: the consent form to sign, printed from what the clerk has typed. */
  'print.consentForm': {
    input: z
      .object({
        category: z.enum(['adult', 'child']),
        applicant: personInput,
        representative: representativeInput.nullable().optional(),
        lang: lang.optional(),
      })
      .strict(),
    output: printedDocument,
  },
  'documents.list': {
    input: z.object({ entity: z.string().max(40), entityId: id }).strict(),
    output: z.array(printedDocument),
  },
} as const;
