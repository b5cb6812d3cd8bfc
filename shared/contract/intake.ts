import { z } from 'zod';
import {
  hoursException,
  id,
  iin,
  lang,
  localDate,
  person,
  personInput,
  printedDocument,
  text,
  timestamp,
} from './common.ts';

const category = z.enum(['adult', 'child']);

/** A5/A6 sheet for an ordinary printer, or an 80 mm receipt roll printed as graphics. */
export const talonLayout = z.enum(['a6', 'a5', 'receipt80']);

export const documentMark = z
  .object({
    code: text(40),
    originalSeenReturned: z.boolean(),
    copyReceived: z.boolean(),
  })
  .strict();

/** The legal representative of a disabled child (§12 reading) and on what grounds. */
export const representativeInput = personInput.extend({
  relation: z.enum(['mother', 'father', 'guardian', 'trustee', 'other']),
  authorityDocument: text(200),
});

/** One visit to the desk with a package: accepted (talon) or turned away (missing list). */
export const intakeInput = z
  .object({
    category,
    applicant: personInput,
    representative: representativeInput
      .nullable()
      .optional()
      .transform((r) => r ?? null),
    /** Law No. 94-V Arts. 7–9: the subject's consent, or the representative's for a child. */
    consentSigned: z.boolean(),
    /** Each §12 document once: a code twice is a double click, not two documents. */
    documents: z
      .array(documentMark)
      .max(30)
      .superRefine((marks, ctx) => {
        const seen = new Set<string>();
        marks.forEach((m, i) => {
          if (seen.has(m.code))
            ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'duplicate_document' });
          seen.add(m.code);
        });
      }),
    /** The walk-in queue ticket being served, when intake started from the queue (§7.2). */
    queueTicketId: id
      .nullable()
      .optional()
      .transform((t) => t ?? null),
    /** §15: the language of the talon kept with the acceptance (the office's by default). */
    lang: lang.optional(),
    /** §10: the reason an accept outside the office's hours is done anyway (intake.accept only). */
    hoursException,
    /**
     * Issue 13: the applicant reads only large print — kept on the applicant (migration 0013), so
     * their talon and letters print large from now on. Omitted: the applicant's wish stays as it was.
     */
    largePrint: z.boolean().optional(),
  })
  .strict();
export type IntakeInput = z.input<typeof intakeInput>;

export const representative = person.extend({
  relation: z.enum(['mother', 'father', 'guardian', 'trustee', 'other']),
  authorityDocument: z.string(),
});

/** An applicant as kept: the person and whether their papers print large (issue 13). */
export const applicantPerson = person.extend({ largePrint: z.boolean() });

/**
 * Issue 13: a paper's size for one print — large (A5, the number, dates, term and room at 20 pt
 * or more) or standard. Omitted, the applicant's remembered wish decides.
 */
export const largePrintChoice = z.boolean().optional();

export const acceptedApplication = z.object({
  applicationId: id,
  regNumber: z.string(),
  acceptedAt: timestamp,
  acceptedDate: localDate,
  termEnd: localDate,
  attemptId: id,
  /** §15: the talon, rendered and kept with the acceptance; null if the paper could not be made. */
  talon: printedDocument.nullable(),
});

export const turnedAway = z.object({
  attemptId: id,
  missing: z.array(z.string()),
});

export const intakeChannels = {
  /** Prefill a returning applicant or representative by IIN. */
  'people.lookup': {
    input: z.object({ iin }).strict(),
    output: z.object({
      applicant: applicantPerson.nullable(),
      representative: representative.nullable(),
      applications: z.array(
        z.object({ id, regNumber: z.string(), status: z.string(), acceptedDate: localDate }),
      ),
    }),
  },
  /** §12, §15: a complete package becomes an application with its talon term. */
  'intake.accept': { input: intakeInput, output: acceptedApplication },
  /** An incomplete package: recorded as a turned-away attempt (indicator 3.2), nothing else. */
  'intake.turnAway': { input: intakeInput, output: turnedAway },
  /** §15 — the talon with the date of acceptance and the term. */
  'intake.printTalon': {
    input: z
      .object({
        applicationId: id,
        layout: talonLayout.optional(),
        lang: lang.optional(),
        largePrint: largePrintChoice,
      })
      .strict(),
    output: printedDocument,
  },
  /** Issue 13: the applicant's wish for large print, changed on their file (audited). */
  'applicants.setLargePrint': {
    input: z.object({ applicantId: id, largePrint: z.boolean() }).strict(),
    output: z.object({ applicantId: id, largePrint: z.boolean() }),
  },
  /** What was missing from a turned-away package, so nobody leaves without knowing. */
  'intake.printMissingList': {
    input: z.object({ attemptId: id, layout: talonLayout.optional(), lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** Law No. 94-V: the consent form to sign, printed from what the clerk has typed. */
  'intake.printConsentForm': {
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
} as const;
