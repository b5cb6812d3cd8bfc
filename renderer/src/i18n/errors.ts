// Turns a Result error from the main side into sentences the clerk reads, each placed where
// it belongs: next to the field an issue names (`applicant.iin`), or at the top of the form.
// Codes are the contract's ERROR_CODES; issue messages are the contract's own keys
// (iin_checksum, phone_format…), and zod's generic messages fall back to "check this field".

import type { i18n as I18n } from 'i18next';
import type { AppError, Issue } from '../../../shared/contract/result.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { applicationsTexts } from '../applications/texts.ts';
import { COMPLAINT_ISSUES } from '../complaints/contract-texts.ts';
import { queueTexts } from '../queue/texts.ts';
import { commonTexts } from './common-texts.ts';
import { errorsTexts, issuesTexts } from './contract-texts.ts';

export interface Placed {
  /** The field the message belongs to, or null for the top of the form. */
  path: string | null;
  text: string;
}

export interface ErrorContext {
  /** §12 document names for codes, in the language on screen. */
  documentNames?: (codes: string[]) => string;
  /** Whether the form's value at a path is empty: a zod "too small" then reads "fill in". */
  isEmpty?: (path: string) => boolean;
}

/** `isEmpty` for a form whose values sit at the contract's paths. */
export function emptyIn(form: unknown): (path: string) => boolean {
  return (path) => {
    const value = path
      .split('.')
      .reduce<unknown>(
        (o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined),
        form,
      );
    return typeof value === 'string' && value.trim() === '';
  };
}

/** Contract messages that have their own sentence (`issues`, contract-texts.ts). */
const KNOWN_ISSUES = [
  'iin_length',
  'iin_digits',
  'iin_century',
  'iin_date',
  'iin_checksum',
  'iin_never_issued',
  'phone_format',
  // Letters (issue 11): a postal address's postcode; a refusal's explanation in the letter's language.
  'postcode_format',
  'explanation_needed_kk',
  'explanation_needed_ru',
  'login_format',
  'representative_only_for_child',
  'time_zone_unknown',
  'date_format',
  // The contract's bounds on dates and typed text, and the §12 list (shared/contract/common.ts).
  'date_range',
  'text_control',
  'text_bidi',
  'text_surrogate',
  'text_line_break',
  'duplicate_document',
  'iin_implausible_age',
  'password_too_short',
  'password_too_long',
  'password_is_login',
  'password_unchanged',
  'password_mismatch',
  'required',
  // Backups (§18): a folder or a backup file is named by its full path.
  'path_not_absolute',
  'path_nul',
  ...COMPLAINT_ISSUES,
] as const;
type KnownIssue = (typeof KNOWN_ISSUES)[number];
const isKnownIssue = (m: string): m is KnownIssue => (KNOWN_ISSUES as readonly string[]).includes(m);

/** The label of a field named by a path, as the form shows it; the nearest parent otherwise. */
export function fieldLabel(i18n: I18n, path: string): string {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  while (segments.length) {
    const key = `fields.${segments.join('.')}`;
    for (const k of [key, `${key}._`]) {
      const value: unknown = i18n.getResource(i18n.language, 'translation', k);
      if (typeof value === 'string') return value;
    }
    segments.pop();
  }
  return issuesTexts.tIn(i18n)('thisField');
}

export function issueText(i18n: I18n, issue: Issue, ctx: ErrorContext = {}): string {
  const tis = issuesTexts.tIn(i18n);
  const field = fieldLabel(i18n, issue.path);
  const m = issue.message;
  if (m.startsWith('unknown_document:')) {
    return tis('unknown_document', { field, code: m.slice('unknown_document:'.length) });
  }
  if (isKnownIssue(m)) return tis(m, { field });
  if (ctx.isEmpty?.(issue.path)) return tis('required', { field });
  return tis('generic', { field });
}

export function describeError(i18n: I18n, error: AppError, ctx: ErrorContext = {}): Placed[] {
  const te = errorsTexts.tIn(i18n);
  const tis = issuesTexts.tIn(i18n);
  const tc = commonTexts.tIn(i18n);
  const ta = applicationsTexts.tIn(i18n);
  const p = error.params ?? {};
  const docs = (codes: string | undefined) => {
    const list = (codes ?? '').split(',').filter(Boolean);
    return ctx.documentNames ? ctx.documentNames(list) : list.join(', ');
  };
  switch (error.code) {
    case 'invalid_input':
      if (error.issues?.length) {
        return error.issues.map((issue) => ({ path: issue.path, text: issueText(i18n, issue, ctx) }));
      }
      return [{ path: null, text: te('invalid_input') }];
    case 'iin_invalid':
      return [
        {
          path: p.field ?? 'applicant.iin',
          text:
            p.problem === 'future_birth_date'
              ? te('iin_future_birth_date')
              : p.problem && isKnownIssue(`iin_${p.problem}`)
                ? issueText(i18n, { path: p.field ?? 'applicant.iin', message: `iin_${p.problem}` })
                : te('iin_invalid'),
        },
      ];
    case 'category_age_mismatch':
      if (p.who === 'representative') {
        return [{ path: 'representative.iin', text: te('category_age_mismatch_representative') }];
      }
      return [
        {
          path: 'category',
          text: te('category_age_mismatch', {
            expected: p.expected === 'child' ? tc('category.child') : tc('category.adult'),
          }),
        },
      ];
    case 'representative_is_applicant':
      return [{ path: 'representative.iin', text: te('representative_is_applicant') }];
    case 'representative_required':
      return [{ path: 'representative', text: te('representative_required') }];
    case 'consent_required':
      return [{ path: 'consentSigned', text: te('consent_required') }];
    case 'package_incomplete':
      return [{ path: 'documents', text: te('package_incomplete', { documents: docs(p.missing) }) }];
    case 'documents_not_applicable':
      return [{ path: 'documents', text: te('documents_not_applicable', { documents: docs(p.codes) }) }];
    case 'package_complete':
      return [{ path: 'documents', text: te('package_complete') }];
    case 'last_admin':
      return [{ path: null, text: te('last_admin') }];
    case 'login_taken':
      return [{ path: 'login', text: te('login_taken', { login: p.login ?? '' }) }];
    case 'internal':
      return [
        {
          path: null,
          text:
            p.where === 'network'
              ? te('network', { detail: p.detail ?? '' })
              : p.ref
                ? te('internal_ref', { ref: p.ref })
                : te('internal', { detail: p.detail ?? '' }),
        },
      ];
    case 'unknown_channel':
      return [{ path: null, text: te('unknown_channel', { channel: p.channel ?? '' }) }];
    case 'already_cancelled':
      return [{ path: null, text: te('already_cancelled', { regNumber: p.regNumber ?? '' }) }];
    case 'queue_closed':
      return [
        {
          path: null,
          text:
            p.reason === 'day_off'
              ? te('queue_closed_day_off')
              : p.reason === 'day_closed'
                ? te('queue_closed_day_closed')
                : te('queue_closed', { open: p.open ?? '', close: p.close ?? '' }),
        },
      ];
    case 'outside_hours':
      return [
        {
          path: null,
          text:
            p.reason === 'day_off'
              ? te('outside_hours_day_off')
              : te('outside_hours', { open: p.open ?? '', close: p.close ?? '' }),
        },
      ];
    case 'queue_lunch':
      return [{ path: null, text: te('queue_lunch', { from: p.from ?? '', to: p.to ?? '' }) }];
    case 'queue_ticket_state':
      return [
        {
          path: null,
          text: te('queue_ticket_state', {
            number: p.number ?? '',
            status: p.status ? queueTexts.tIn(i18n)(`statuses.${p.status as 'waiting'}`) : '',
          }),
        },
      ];
    case 'queue_calls_remaining':
      return [
        {
          path: null,
          // After the last call: no more calls, "did not come" is what is left.
          text: te(p.exhausted ? 'queue_calls_exhausted' : 'queue_calls_remaining', {
            number: p.number ?? '',
            calls: p.calls ?? '',
            needed: p.needed ?? '',
          }),
        },
      ];
    case 'queue_wrong_purpose':
      return [
        {
          path: null,
          text: te('queue_wrong_purpose', {
            number: p.number ?? '',
            purpose: p.purpose ? queueTexts.tIn(i18n)(`purposes.${p.purpose as 'hand_in'}`) : '',
          }),
        },
      ];
    // Decisions and notification letters (§7.1, §16, §17).
    case 'move_not_allowed':
      return [
        {
          path: null,
          text: te('move_not_allowed', {
            regNumber: p.regNumber ?? '',
            status: p.status ? ta(`statuses.${p.status as 'accepted'}`) : '',
          }),
        },
      ];
    case 'refusal_ground_unknown':
      return [{ path: 'ground', text: te('refusal_ground_unknown') }];
    case 'letter_not_printed':
    case 'no_decision':
      return [{ path: null, text: te(error.code, { regNumber: p.regNumber ?? '' }) }];
    case 'date_out_of_range': {
      const field = p.field ?? null;
      const values = {
        field: field ? fieldLabel(i18n, field) : tis('thisField'),
        min: p.min ? formatLocalDate(p.min) : '',
        max: p.max ? formatLocalDate(p.max) : '',
      };
      const key = p.min && p.max ? 'date_out_of_range' : p.min ? 'date_not_before' : 'date_not_after';
      return [{ path: field, text: te(key, values) }];
    }
    case 'nothing_to_correct':
      return [{ path: null, text: te('nothing_to_correct') }];
    // The complaint journal (§21–§23).
    case 'complaint_cancelled':
    case 'outcome_missing':
    case 'outcome_recorded':
    case 'answer_sent':
    case 'attachment_damaged':
    case 'already_withdrawn':
      return [
        {
          path: null,
          text: te(error.code, {
            journalNumber: p.journalNumber ?? '',
            fileName: p.fileName ?? '',
          }),
        },
      ];
    case 'attachment_rejected':
      return [
        {
          path: 'attachments',
          text: p.problem
            ? te(`attachment_rejected_${p.problem as 'type'}`, {
                name: p.name ?? '',
                extension: p.extension ?? '',
              })
            : te('attachment_rejected'),
        },
      ];
    case 'not_signed_in':
    case 'forbidden':
    case 'not_found':
    case 'password_change_required':
    case 'session_locked':
    case 'complaint_names_you':
      return [{ path: null, text: te(error.code) }];
    // Never losing a record (§18): the file is named, and what to do is said.
    case 'database_damaged':
    case 'database_check_failed':
    case 'database_in_use':
    case 'backup_folder_unreachable':
      return [{ path: null, text: te(error.code, { file: p.file ?? '', folder: p.folder ?? '' }) }];
    case 'backup_rejected':
      return [
        {
          path: null,
          text: te('backup_rejected', {
            file: p.file ?? '',
            problem: te(`backup_problem_${(p.problem ?? 'damaged') as 'damaged'}`),
          }),
        },
      ];
    case 'export_too_large':
      return [{ path: null, text: te(error.code, { rows: p.rows ?? '', max: p.max ?? '' }) }];
    // People and access (§18): the wait is said in seconds or whole minutes, as a clock would.
    case 'sign_in_failed':
    case 'sign_in_delayed': {
      const seconds = Number(p.seconds ?? 0);
      const wait =
        seconds >= 60 ? te('waitMinutes', { n: Math.ceil(seconds / 60) }) : te('waitSeconds', { n: seconds });
      const key =
        error.code === 'sign_in_delayed'
          ? 'sign_in_delayed'
          : seconds
            ? 'sign_in_failed_wait'
            : 'sign_in_failed';
      return [{ path: null, text: te(key, { wait }) }];
    }
    case 'password_not_set':
      return [{ path: null, text: te('password_not_set', { login: p.login ?? '' }) }];
    // The monthly report and its survey.
    case 'visit_code_unknown':
      return [{ path: 'visitCode', text: te(error.code, { code: p.code ?? '' }) }];
    case 'survey_already_answered':
    case 'survey_question_not_asked':
      return [{ path: 'answers', text: te(error.code, { questions: p.questions ?? '' }) }];
    case 'indicator_unknown':
      return [{ path: 'code', text: te(error.code, { code: p.code ?? '' }) }];
    case 'report_merge_refused': {
      const why = MERGE_WHY[p.reason as keyof typeof MERGE_WHY] ?? 'report_merge_not_a_report';
      return [
        {
          path: null,
          text: te(error.code, { file: p.file ?? '', why: te(why, { detail: p.detail ?? '' }) }),
        },
      ];
    }
  }
}

/** Why the roll-up refused a file: one sentence each (electron/report/merge.ts's reasons). */
const MERGE_WHY = {
  not_a_report: 'report_merge_not_a_report',
  not_signed: 'report_merge_not_signed',
  altered: 'report_merge_altered',
  unknown_edition: 'report_merge_unknown_edition',
  other_period: 'report_merge_other_period',
  same_file_twice: 'report_merge_same_file_twice',
} as const;

/** Messages for one field: its own path, or (unless exact) a path inside it (`documents.3.code`). */
export function messagesAt(placed: readonly Placed[], path: string, exact = false): string[] {
  return placed
    .filter((p) => p.path === path || (!exact && p.path?.startsWith(`${path}.`)))
    .map((p) => p.text);
}

/** Messages no field on screen shows: they go to the top of the form. */
export function messagesAtTop(placed: readonly Placed[], shown: readonly string[]): string[] {
  return placed
    .filter((p) => p.path === null || !shown.some((s) => p.path === s || p.path?.startsWith(`${s}.`)))
    .map((p) => p.text);
}
