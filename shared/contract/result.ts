// How every answer crosses a process boundary (IPC, HTTP, the command line): a value, never a
// thrown exception, so the renderer always gets a typed error code it can translate.

import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_signed_in',
  'forbidden',
  'not_found',
  'iin_invalid',
  'category_age_mismatch',
  'representative_required',
  'representative_is_applicant',
  'consent_required',
  'package_incomplete',
  'package_complete',
  'documents_not_applicable',
  'login_taken',
  'last_admin',
  'already_cancelled',
  // The walk-in queue (§7.2, §7.3, §10).
  'queue_closed',
  'queue_lunch',
  'queue_ticket_state',
  'queue_calls_remaining',
  'queue_wrong_purpose',
  // §10 at the desk: intake and complaints outside the hours without a recorded reason.
  'outside_hours',
  // Decisions and notification letters (§7.1, §16, §17).
  'move_not_allowed',
  'refusal_ground_unknown',
  'letter_not_printed',
  'no_decision',
  'date_out_of_range',
  'nothing_to_correct',
  // The complaint journal (§21–§23).
  'complaint_cancelled',
  'outcome_missing',
  'outcome_recorded',
  'answer_sent',
  'attachment_rejected',
  'attachment_damaged',
  'already_withdrawn',
  // Never losing a record (§18): the database file, its backups and restore.
  'database_damaged',
  'database_in_use',
  // Issue 12: the day's background integrity check found the file damaged: writes are refused.
  'database_check_failed',
  'backup_rejected',
  'backup_folder_unreachable',
  // The audit log's export (§18, Law No. 94-V Art. 22).
  'export_too_large',
  // People and access (§18).
  'sign_in_failed',
  'sign_in_delayed',
  'password_not_set',
  'password_change_required',
  'session_locked',
  'complaint_names_you',
  // The monthly report and its survey (§19, §20, the appendix).
  'visit_code_unknown',
  'survey_already_answered',
  'survey_question_not_asked',
  'indicator_unknown',
  'report_merge_refused',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** Values the translated message names (a field, a document code, an IIN problem). */
  params: z.record(z.string(), z.string()).optional(),
  /** For invalid_input: which fields were wrong and why. */
  issues: z.array(issueSchema).optional(),
});
export type AppError = z.infer<typeof errorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown inside handlers; the registry turns it into `{ ok: false, error }`. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string> | undefined;
  readonly issues: Issue[] | undefined;
  constructor(code: ErrorCode, params?: Record<string, string>, issues?: Issue[]) {
    super(`${code}${params ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.issues = issues;
  }
}

/**
 * The one conversion of a thrown error into what crosses a boundary: a DomainError keeps its
 * code and values; anything else is `internal` and says nothing more — its message can name a
 * table ("UNIQUE constraint failed: …") or the data folder's absolute path (EEXIST), which the
 * clerk cannot act on and §18 keeps confidential. The main side logs it under `ref`, the number
 * the message shows so the administrator finds the log line. The registry, the doors that hand
 * out files and the renderer's test client all answer through it.
 */
export function toAppError(e: unknown, ref?: string): AppError {
  if (e instanceof DomainError) {
    return {
      code: e.code,
      ...(e.params ? { params: e.params } : {}),
      ...(e.issues ? { issues: e.issues } : {}),
    };
  }
  return ref ? { code: 'internal', params: { ref } } : { code: 'internal' };
}
