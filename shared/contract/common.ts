import { z } from 'zod';
import { parseIin } from '../domain/iin.ts';

export const lang = z.enum(['kk', 'ru']);
export const localDate = z.iso.date();
export const timestamp = z.iso.datetime({ offset: true });
export const id = z.number().int().positive();
export const empty = z.object({}).strict();

/** Trimmed non-empty text with a sane upper bound: no field of a form is a novel. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

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

export const personInput = z.object({
  iin,
  lastName: text(80),
  firstName: text(80),
  middleName: optionalText(80),
  address: text(300),
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

export function fullName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}
