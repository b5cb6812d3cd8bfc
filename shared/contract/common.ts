import { z } from 'zod';
import { OFFICE_YEARS } from '../domain/calendar.ts';
import { parseIin } from '../domain/iin.ts';
import { POSTCODE } from '../domain/postal-address.ts';
import { printableProblem } from '../domain/printable.ts';

export const lang = z.enum(['kk', 'ru']);
/** A calendar date as the main side answers it (an IIN's birth date may be 1880). */
export const localDate = z.iso.date();
/**
 * A date of an office event as a caller sends it (accepted, received, an order's date, a report's
 * period…): within the office's years (shared/domain/calendar.ts). Every loop over days and every
 * printed date stays bounded; 0001-01-01 or 9999-12-31 is a typo, refused with a message, never
 * a frozen desk (issue 9: a complaint received 9999-12-10 looped forever).
 */
export const officeDate = localDate.refine(
  (d) => d >= `${OFFICE_YEARS.first}-01-01` && d <= `${OFFICE_YEARS.last}-12-31`,
  'date_range',
);
export const timestamp = z.iso.datetime({ offset: true });
export const id = z.number().int().positive();
export const empty = z.object({}).strict();

/** One line (a name, an address, a number) or several (a complaint's summary, an answer). */
export type TextShape = 'line' | 'lines';

/**
 * The one schema of free text typed by a person: trimmed, with a sane upper bound (no field of a
 * form is a novel), and only characters that print as what they are — no NUL, BEL, ESC or other
 * control character, no bidi override or isolate (U+202E prints a name backwards on a talon), no
 * lone surrogate (shared/domain/printable.ts). It may be empty (settings' optional lines);
 * `text` and `optionalText` are the required and the null-when-empty forms of it.
 */
export const anyText = (max = 200, shape: TextShape = 'line') =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((s, ctx) => {
      const problem = printableProblem(s, shape === 'lines');
      if (problem) ctx.addIssue({ code: 'custom', message: `text_${problem}` });
    });
/** Required free text (see anyText). */
export const text = (max = 200, shape: TextShape = 'line') => anyText(max, shape).pipe(z.string().min(1));
/** Free text that may be left empty: null then (see anyText). */
export const optionalText = (max = 200, shape: TextShape = 'line') =>
  anyText(max, shape)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

/**
 * §10: why a package is accepted or a complaint registered outside the office's hours or on its
 * day off (a Saturday worked by government decree, post registered on the next working day). The
 * reason is required and kept with the record; without it the desk refuses (outside_hours).
 */
export const hoursException = z
  .object({ reason: text(500, 'lines') })
  .strict()
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/**
 * A secret as typed (a password): never trimmed — a space is a character of it — and never
 * printed, but only what a keyboard types: the characters anyText refuses are refused here too,
 * so that a password cannot hold what nobody could type again.
 */
export const typedSecret = (min: number, max: number, messages: { short?: string; long?: string } = {}) =>
  z
    .string()
    .min(min, messages.short)
    .max(max, messages.long)
    .superRefine((s, ctx) => {
      const problem = printableProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: `text_${problem}` });
    });

/** An IIN whose date, century digit and check digit are right (see domain/iin.ts). */
export const iin = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const r = parseIin(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `iin_${r.problem}` });
  });

export const phone = z
  .string()
  .trim()
  .regex(/^[+\d][\d\s()-]{4,24}$/, 'phone_format')
  .nullable()
  .optional()
  .transform((s) => s ?? null);

/**
 * A postal address in its parts (shared/domain/postal-address.ts: Kazpost's order); the office's
 * oblast and district are prefilled in the forms (Settings → office).
 */
export const postalAddressInput = z
  .object({
    oblast: text(100),
    district: optionalText(100),
    settlement: text(100),
    street: optionalText(150),
    house: optionalText(20),
    flat: optionalText(20),
    postcode: z.string().trim().regex(POSTCODE, 'postcode_format'),
  })
  .strict();
export type PostalAddressInput = z.input<typeof postalAddressInput>;
/** An address in parts, or none; the stored form of it is the same shape (PostalAddress). */
export const optionalPostalAddress = postalAddressInput
  .nullable()
  .optional()
  .transform((a) => a ?? null);

/** An address as the main side answers it (the parts as stored). */
export const postalAddress = z.object({
  oblast: z.string(),
  district: z.string().nullable(),
  settlement: z.string(),
  street: z.string().nullable(),
  house: z.string().nullable(),
  flat: z.string().nullable(),
  postcode: z.string(),
});

export const personInput = z.object({
  iin,
  lastName: text(80),
  firstName: text(80),
  middleName: optionalText(80),
  /**
   * The address as one free text: how addresses were typed before their parts existed. A new
   * address comes in `postalAddress`; one of the two is required (intake/people.ts personFields).
   */
  address: optionalText(300),
  postalAddress: optionalPostalAddress,
  phone,
});
export type PersonInput = z.input<typeof personInput>;

export const person = z.object({
  id,
  iin: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  birthDate: localDate,
  sex: z.enum(['male', 'female']),
  address: z.string(),
  /** The parts of the address; null for an address typed as free text before they existed. */
  postalAddress: postalAddress.nullable(),
  phone: z.string().nullable(),
});
export type Person = z.infer<typeof person>;

export const role = z.enum(['clerk', 'head', 'deputy', 'admin']);
export const user = z.object({
  id,
  login: z.string(),
  fullName: z.string(),
  role,
  language: lang,
});
export type User = z.infer<typeof user>;

export const printedDocument = z.object({
  id,
  kind: z.string(),
  fileName: z.string(),
  lang,
  layout: z.string(),
  pages: z.number().int().positive(),
  copy: z.boolean(),
  printedAt: timestamp,
});
export type PrintedDocument = z.infer<typeof printedDocument>;

// A person's name as printed and shown (kept with the person: the renderer takes it without zod).
export { fullName } from '../domain/applicant.ts';
