import { z } from 'zod';
import { anyText, id, localDate, text, timestamp } from './common.ts';
import { applicantPerson, representative } from './intake.ts';

export const applicationStatus = z.enum(['accepted', 'cancelled']);

export const applicationRow = z.object({
  id,
  regNumber: z.string(),
  category: z.enum(['adult', 'child']),
  applicantName: z.string(),
  applicantIin: z.string(),
  representativeName: z.string().nullable(),
  status: z.string(),
  acceptedAt: timestamp,
  termEnd: localDate,
  daysLeft: z.number().int(),
  termState: z.enum(['overdue', 'today', 'tomorrow', 'this_week', 'later']),
});
export type ApplicationRow = z.infer<typeof applicationRow>;

export const applicationDetail = applicationRow.extend({
  applicant: applicantPerson,
  representative: representative.nullable(),
  acceptedBy: z.string(),
  standardVersion: z.string(),
  documents: z.array(
    z.object({
      code: z.string(),
      item: z.number(),
      originalSeenReturned: z.boolean(),
      copyReceived: z.boolean(),
    }),
  ),
  cancelledAt: timestamp.nullable(),
  cancelReason: z.string().nullable(),
  /** §10: why it was accepted outside the office's hours; null when within them. */
  hoursException: z.string().nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const applicationsChannels = {
  /**
   * Search by IIN, name or register number; newest first, a page at a time (offset). `total` is
   * exact up to 500; beyond, it is 500 with `capped`: the screen says "more than 500".
   */
  'applications.search': {
    input: z
      .object({
        query: anyText(100).default(''),
        status: applicationStatus.optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ rows: z.array(applicationRow), total: z.number().int(), capped: z.boolean() }),
  },
  'applications.get': { input: z.object({ id }).strict(), output: applicationDetail },
  /** Registered by mistake (a duplicate, a wrong person): the row stays with its reason. */
  'applications.cancel': {
    input: z.object({ id, reason: text(500) }).strict(),
    output: applicationDetail,
  },
} as const;
