// Every list and search of the desk, as its channel runs it, with the plan SQLite chose for each
// statement (issue 12): none reads a big table from end to end. What may be read whole is named
// here with why; an index walked in the list's own order under a LIMIT is not a full read.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract/index.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { fillApplications } from '../../tests/support/many-applications.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { fullScans, recordPlans } from '../../tests/support/query-plan.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

/**
 * Tables of a few dozen or hundred rows in an office's whole life, read whole without harm:
 * the people who work at the desk, the settings, the calendar's corrections, the complaint
 * journal (tens of written complaints a year, and the journal is the list itself) with its
 * dispatches, the closed queue days (one a working day), the survey's key.
 */
const SMALL = [
  'users',
  'u',
  'ru',
  'ou',
  'cu',
  'xu',
  'settings',
  'calendar_corrections',
  'complaints',
  'c',
  'complaint_dispatches',
  'd',
  'queue_days',
  'q',
  'survey_key',
  // The days with tickets since the last closed day, found by one seek each (unclosedDaysBefore).
  'ticket_days',
  // §20: the head's entries of indicator 3.3 (a few a year) and the yearly targets.
  'report_internet_share',
  'report_targets',
];
/** The indexes of a list's own order, walked newest first only as far as its page. */
const IN_ORDER = [
  'applications_by_accepted',
  'applications_by_status_accepted',
  // The audit log newest first: the page, and the count stopped at AUDIT_COUNT_CAP.
  'audit_log_by_at',
  // Not an order but a handful: only the tickets still waiting, called or served (migration 0009).
  'queue_tickets_open',
  // The papers still owed (migration 0015): only the rows whose talon or list was never printed.
  'applications_talon_owed',
  'intake_attempts_missing_list_owed',
];

async function plansOf<C extends ChannelName>(channel: C, input: Input<C>) {
  const recording = recordPlans(desk.ctx.db);
  try {
    await desk.ok(channel, input);
  } finally {
    recording.stop();
  }
  return recording.plans;
}

describe('the lists of the desk read no big table whole (EXPLAIN QUERY PLAN)', () => {
  it('applications, complaints journal, queue board and statistics, decisions due, post day, documents, the monthly report, audit log', async () => {
    fillApplications(desk.ctx.db, 300);
    const accepted = await desk.ok('intake.accept', adultIntake());
    await desk.hire({ login: 'bolat', fullName: 'Болат Серікұлы Жақсылықов', role: 'head', language: 'kk' });
    const lists: [ChannelName, unknown][] = [
      ['applications.search', {}],
      ['applications.search', { query: 'қасым' }],
      // Two common words, three, a word past the prefix lists, one letter, nothing found.
      ['applications.search', { query: 'иванов сергей' }],
      ['applications.search', { query: 'Иванова Анна Сергеевна' }],
      ['applications.search', { query: 'касымова' }],
      ['applications.search', { query: 'а' }],
      ['applications.search', { query: 'щщщ' }],
      ['applications.search', { query: 'сергей', status: 'cancelled' }],
      ['applications.search', { query: '2026-0' }],
      ['applications.search', { query: '61' }],
      ['applications.search', { query: '6' }],
      ['applications.search', { query: 'а', status: 'accepted' }],
      ['complaints.journal', {}],
      ['complaints.journal', { from: '2026-11-01', to: '2026-11-30', query: 'қасым' }],
      ['complaints.journal', { status: 'overdue' }],
      ['complaints.summary', {}],
      ['queue.board', {}],
      ['queue.display', {}],
      ['queue.stats', { from: '2026-11-01', to: '2026-11-30' }],
      ['queue.forApplication', { applicationId: accepted.applicationId }],
      ['decisions.due', {}],
      ['decisions.postDay', { date: '2026-11-25' }],
      ['documents.list', { entity: 'application', entityId: accepted.applicationId }],
      // One application's file with its outcome (the view of migration 0015, for one row).
      ['decisions.file', { applicationId: accepted.applicationId }],
      // The start screen's papers owed.
      ['documents.unprinted', {}],
      // The monthly report: the month's applications, visits, complaints and answers only.
      ['report.build', { period: '2026-11' }],
      ['report.build', { from: '2026-01-01', to: '2026-03-31' }],
    ];
    const asHead: [ChannelName, unknown][] = [
      ['audit.list', { limit: 50 }],
      ['audit.list', { limit: 50, kind: 'read' }],
      ['audit.list', { limit: 50, entity: 'application', entityId: accepted.applicationId }],
    ];
    const seen: string[] = [];
    const check = async ([channel, input]: [ChannelName, unknown]) => {
      for (const { sql, plan } of await plansOf(channel, input as Input<typeof channel>)) {
        const scans = fullScans(plan, { small: SMALL, inOrder: IN_ORDER });
        if (scans.length) seen.push(`${channel} ${JSON.stringify(input)}\n${sql}\n${plan.join('\n')}`);
      }
    };
    for (const list of lists) await check(list);
    await desk.signInAs('bolat');
    for (const list of asHead) await check(list);
    expect(seen.join('\n\n')).toBe('');
  });
});
