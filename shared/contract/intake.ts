import { z } from 'zod';
import { id, iin, localDate, person, personInput, text, timestamp } from './common.ts';

const category = z.enum(['adult', 'child']);

export const documentMark = z
  .object({
    code: z.string().min(1).max(40),
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
    documents: z.array(documentMark).max(30),
    /** The walk-in queue ticket being served, when intake started from the queue (§7.2). */
    queueTicketId: id
      .nullable()
      .optional()
      .transform((t) => t ?? null),
  })
  .strict();
export type IntakeInput = z.input<typeof intakeInput>;

export const representative = person.extend({
  relation: z.enum(['mother', 'father', 'guardian', 'trustee', 'other']),
  authorityDocument: z.string(),
});

export const acceptedApplication = z.object({
  applicationId: id,
  regNumber: z.string(),
  acceptedAt: timestamp,
  acceptedDate: localDate,
  termEnd: localDate,
  attemptId: id,
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
      applicant: person.nullable(),
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
} as const;
