// The permission matrix: every channel and every role, against the office's policy written out
// here by hand (not read from permissions.ts), so a change of policy in the code that the office
// did not decide fails this test. A refused call must leave the database exactly as it was.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChannelName, channels } from '../../shared/contract/index.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { totalChanges } from '../db/statements.ts';

type Role = 'clerk' | 'head' | 'deputy' | 'admin';
const ALL: readonly Role[] = ['clerk', 'head', 'deputy', 'admin'];
const DECIDERS: readonly Role[] = ['head', 'deputy'];
const DESK_STAFF: readonly Role[] = ['clerk', 'admin'];

/** Who may call each channel once signed in; a channel missing here fails the test. */
const POLICY: Record<ChannelName, readonly Role[]> = {
  'session.users': ALL,
  'session.signIn': ALL,
  'session.current': ALL,
  'session.setLanguage': ALL,
  'session.signOut': ALL,
  'session.lock': ALL,
  'session.unlock': ALL,
  'session.changePassword': ALL,
  'users.create': ['admin'],
  'users.deactivate': ['admin'],
  'users.setPassword': ['admin'],
  'people.lookup': ALL,
  'intake.accept': ALL,
  'intake.turnAway': ALL,
  'intake.printTalon': ALL,
  'intake.printMissingList': ALL,
  'intake.printConsentForm': ALL,
  'applicants.setLargePrint': ALL,
  'applications.search': ALL,
  'applications.get': ALL,
  'applications.cancel': ALL,
  'settings.get': ALL,
  'settings.update': ['admin', 'head'],
  'settings.setVoice': ['admin', 'head'],
  'calendar.year': ALL,
  'calendar.setCorrection': ['admin', 'head'],
  'calendar.removeCorrection': ['admin', 'head'],
  'calendar.termEnd': ALL,
  'documents.list': ALL,
  'documents.open': ALL,
  'documents.unprinted': ALL,
  // The log of who saw and changed what: for those who answer for the office's data.
  'audit.list': ['head', 'admin'],
  'audit.people': ['head', 'admin'],
  'audit.export': ['head', 'admin'],
  // §18 safekeeping: anyone sees whether the backups are fresh; where they go and putting one
  // back are the administrator's.
  'backup.status': ALL,
  'backup.list': ['admin'],
  'backup.setFolder': ['admin'],
  'backup.restore': ['admin'],
  // The monthly report (§19, §20): everyone at the desk reads and exports it; the year's targets,
  // the 3.3 figure and sending (which freezes a period) are the head's or the deputy's.
  'report.build': ALL,
  'report.trend': ALL,
  'report.export': ALL,
  'report.targets': ALL,
  'report.setTarget': DECIDERS,
  'report.enterInternetShare': DECIDERS,
  'report.send': DECIDERS,
  'report.merge': ['head', 'deputy', 'admin'],
  'survey.visitCode': ALL,
  'survey.questions': ALL,
  'survey.printForm': ALL,
  'survey.answer': ALL,
  'queue.issue': ALL,
  'queue.printTicket': ALL,
  'queue.board': ALL,
  'queue.callNext': ALL,
  'queue.recall': ALL,
  'queue.noShow': ALL,
  'queue.start': ALL,
  'queue.finish': ALL,
  'queue.cancel': ALL,
  'queue.closeDay': ALL,
  'queue.display': ALL,
  'queue.stats': ALL,
  'queue.forApplication': ALL,
  'decisions.due': ALL,
  'decisions.file': ALL,
  'decisions.startReview': DESK_STAFF,
  'decisions.returnForCorrection': DECIDERS,
  'decisions.resubmit': DESK_STAFF,
  'decisions.approve': DECIDERS,
  'decisions.refuse': DECIDERS,
  'decisions.markSent': DESK_STAFF,
  'decisions.handOver': DESK_STAFF,
  'decisions.close': DESK_STAFF,
  'decisions.correct': ALL, // the role of the step being voided, checked by its handler
  'decisions.postDay': ALL,
  'decisions.printLetter': ALL,
  'decisions.printPostalRegister': ALL,
  'decisions.printEnvelopes': ALL,
  'decisions.printAddressLabels': ALL,
  'complaints.register': ALL,
  'complaints.get': ALL,
  'complaints.journal': ALL,
  'complaints.summary': ALL,
  'complaints.recordOutcome': DECIDERS,
  'complaints.recordDispatch': ALL,
  'complaints.noteCourt': ALL,
  'complaints.cancel': DECIDERS,
  'complaints.attach': ALL,
  'complaints.withdrawAttachment': ALL,
  'complaints.attachmentContent': ALL,
  'complaints.printTalon': ALL,
  'complaints.printAnswer': ALL,
  'complaints.printJournal': ALL,
  'complaints.exportXlsx': ALL,
  'complaints.settings': ALL,
  'complaints.setReviewTerm': ['head', 'deputy', 'admin'],
  'complaints.termEnd': ALL,
  'complaints.indicators': ALL,
};

/** What works before anyone signs in. */
const OPEN: readonly ChannelName[] = [
  'session.users',
  'session.signIn',
  'session.current',
  'users.create',
  'queue.display',
  'survey.questions',
  'survey.answer',
];

let desk: TestDesk;
const ids = {} as Record<Role, number>;
beforeAll(async () => {
  desk = await openTestDesk(); // its first user, aigerim, administers the office
  ids.admin = desk.ctx.session.userId as number;
  ids.clerk = (
    await desk.hire({ login: 'saule', fullName: 'Сәуле Әлиева', role: 'clerk', language: 'kk' })
  ).id;
  ids.head = (
    await desk.hire({ login: 'bolat', fullName: 'Болат Жақсылықов', role: 'head', language: 'ru' })
  ).id;
  ids.deputy = (
    await desk.hire({ login: 'zhanar', fullName: 'Жанар Мұратова', role: 'deputy', language: 'kk' })
  ).id;
});
afterAll(() => desk.close());

const CHANNELS = Object.keys(channels) as ChannelName[];

const refusedRows = () =>
  desk.ctx.db.prepare("SELECT count(*) FROM audit_log WHERE kind = 'refused'").pluck().get() as number;

/**
 * One call from a fresh session of that user (or nobody), with what it changed in the file
 * besides the one row that notes a refused look at the audit log (Law No. 94-V Art. 22: an
 * access review looks for exactly that), and how many such rows it left.
 */
async function attempt(channel: ChannelName, userId: number | null) {
  const before = { changes: totalChanges(desk.ctx.db), refused: refusedRows() };
  const r = await desk.registry.dispatch(channel, {}, { ...desk.ctx, session: { userId } });
  const noted = refusedRows() - before.refused;
  return { r, changed: totalChanges(desk.ctx.db) - before.changes - noted, noted };
}

describe('the permission matrix', () => {
  it('names every channel of the contract, and no other', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(ALL)(
    'lets a %s call exactly what the policy allows, and a refusal writes nothing',
    async (role) => {
      const refused: string[] = [];
      for (const channel of CHANNELS) {
        const { r, changed, noted } = await attempt(channel, ids[role]);
        const forbidden = !r.ok && r.error.code === 'forbidden';
        if (forbidden) {
          refused.push(channel);
          expect(changed, `${role} → ${channel}`).toBe(0);
          // The log's rows and its export show what others saw; the list of staff names does not.
          expect(noted, `${role} → ${channel}`).toBe(
            ['audit.list', 'audit.export'].includes(channel) ? 1 : 0,
          );
        }
      }
      expect(refused.sort()).toEqual(CHANNELS.filter((c) => !POLICY[c].includes(role)).sort());
    },
  );

  it('answers nobody signed in on every channel but the open ones, and writes nothing', async () => {
    const refused: string[] = [];
    for (const channel of CHANNELS) {
      const { r, changed } = await attempt(channel, null);
      if (!r.ok && r.error.code === 'not_signed_in') {
        refused.push(channel);
        expect(changed, channel).toBe(0);
      }
    }
    expect(refused.sort()).toEqual(CHANNELS.filter((c) => !OPEN.includes(c)).sort());
  });
});
