// Who may call what, in one place: a few channels work before sign-in, everything else needs a
// user who has not been stopped (a locked screen, a password to change), some channels only some
// roles, and a few records not the people they name. The registry asks here before any handler
// runs.

import type { User } from '../../shared/contract/common.ts';
import type { ChannelName } from '../../shared/contract/index.ts';
import type { ErrorCode } from '../../shared/contract/result.ts';
import { type DeskRole, MOVE_RULES } from '../../shared/domain/application-states.ts';
import { namesPerson } from '../../shared/domain/names-person.ts';
import { getComplaint } from '../db/complaints.ts';
import type { Db } from '../db/open.ts';

export type Requirement = 'anyone' | 'signed_in';

/** Channels that work before anyone signs in. Their handlers get `ctx.user` as `User | null`. */
export const OPEN_CHANNELS = [
  'session.users',
  'session.signIn',
  'session.current',
  // Only while the office has no user at all: the first start creates the first one.
  'users.create',
  // The waiting-room screen: ticket numbers only, no personal data, and it runs unattended in
  // its own window (Electron) or tab (browser mode, still behind the run's key).
  'queue.display',
  // The satisfaction survey's kiosk (§19): anonymous answers with a visit's code, no personal
  // data; in the browser mode behind the kiosk's own key, in a session with no user.
  'survey.questions',
  'survey.answer',
] as const satisfies readonly ChannelName[];

export type OpenChannel = (typeof OPEN_CHANNELS)[number];

const BEFORE_SIGN_IN: ReadonlySet<ChannelName> = new Set<ChannelName>(OPEN_CHANNELS);

export function requirementOf(channel: ChannelName): Requirement {
  return BEFORE_SIGN_IN.has(channel) ? 'anyone' : 'signed_in';
}

/**
 * A locked screen (idle, or Ctrl+L) keeps the session but opens nothing but these: the same
 * user's password, another person signing in instead, or signing out. `queue.display` has no
 * personal data, and the waiting-room screen of the browser mode shares the desk's session.
 */
const WHILE_LOCKED: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'session.current',
  'session.users',
  'session.signIn',
  'session.unlock',
  'session.signOut',
  'queue.display',
]);

/** A password an administrator set or reset is known to two people: it is changed before any work. */
const WHILE_PASSWORD_MUST_CHANGE: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'session.current',
  'session.users',
  'session.signIn',
  'session.changePassword',
  'session.setLanguage',
  'session.signOut',
  'queue.display',
]);

/** What stops a signed-in session from calling a channel, before any role is asked. */
export function sessionStop(
  channel: ChannelName,
  s: { locked: boolean; mustChangePassword: boolean },
): ErrorCode | null {
  if (s.locked && !WHILE_LOCKED.has(channel)) return 'session_locked';
  if (s.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(channel)) return 'password_change_required';
  return null;
}

/**
 * Channels only some roles may call; every other signed-in user is refused with `forbidden` and
 * nothing runs. The decisions' roles are the state machine's (shared/domain/application-states.ts):
 * §17 decisions and returns for correction are the head's or the deputy's, the notification
 * (§16) is recorded by the desk.
 */
const ROLES: Partial<Record<ChannelName, readonly DeskRole[]>> = {
  'decisions.startReview': MOVE_RULES.start_review.roles,
  'decisions.returnForCorrection': MOVE_RULES.return_for_correction.roles,
  'decisions.resubmit': MOVE_RULES.resubmit.roles,
  'decisions.approve': MOVE_RULES.approve.roles,
  'decisions.refuse': MOVE_RULES.refuse.roles,
  'decisions.markSent': MOVE_RULES.send_by_post.roles,
  'decisions.handOver': MOVE_RULES.hand_over.roles,
  'decisions.close': MOVE_RULES.close.roles,
  // decisions.correct: the role of the step being voided, checked by its handler.
  // §21: complaints are decided by the head or the deputy head; the clerk registers and prints.
  'complaints.recordOutcome': ['head', 'deputy'],
  // Cancelling takes a complaint out of the §21 review: the head's or the deputy's, with a reason.
  'complaints.cancel': ['head', 'deputy'],
  // The review term of complaints is the office's rule, not a desk preference.
  'complaints.setReviewTerm': ['head', 'deputy', 'admin'],
  // Who works at the desk, and as what, is the administrator's to say (the very first user,
  // created before anyone can sign in, is the one exception: see rolesOf).
  'users.create': ['admin'],
  'users.deactivate': ['admin'],
  // §18 safekeeping: where the backups go and putting one back are the administrator's.
  'backup.setFolder': ['admin'],
  'backup.restore': ['admin'],
  // The log of who saw and changed what (Law No. 94-V Art. 22) is for those who answer for the
  // office's data: the head and the administrator. A clerk reviewing colleagues' reads, or
  // their own, would defeat it.
  'audit.list': ['head', 'admin'],
  'audit.people': ['head', 'admin'],
  'audit.export': ['head', 'admin'],
  'users.setPassword': ['admin'],
  // The office's own details, the idle lock, printers and the calendar that every §7.1 term is
  // counted on: the administrator's or the head's, not a desk preference.
  'settings.update': ['admin', 'head'],
  'calendar.setCorrection': ['admin', 'head'],
  'calendar.removeCorrection': ['admin', 'head'],
  // §20: the year's normative and target values, and 3.3's figure, are the head's (or the
  // deputy's) to set; sending the report to the regional department freezes it under their name.
  'report.setTarget': ['head', 'deputy'],
  'report.enterInternetShare': ['head', 'deputy'],
  'report.send': ['head', 'deputy'],
  // The district roll-up reads no personal data (the JSON exports carry numbers only); the
  // head's on the screen, and the administrator's, who runs `desk report --merge`.
  'report.merge': ['head', 'deputy', 'admin'],
};

/**
 * Channels that end a complaint's review — its outcome (which closes the review: the journal's
 * "answered") and its cancellation — refused to a user the complaint names as the complainant
 * or as the employee it is about (§21: nobody decides a complaint about themselves). A complaint
 * names people as free text, so the user's full name is compared with it
 * (shared/domain/names-person.ts). Recording that the decided answer went to the post is the
 * desk's clerical step and stays open to the clerk it names.
 */
const NOT_ABOUT_THEMSELVES: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'complaints.recordOutcome',
  'complaints.cancel',
]);

/** Whether the record a call would change names the user calling (checked on valid input). */
export function namesTheCaller(db: Db, channel: ChannelName, input: unknown, user: User): boolean {
  if (!NOT_ABOUT_THEMSELVES.has(channel)) return false;
  const complaint = getComplaint(db, (input as { id: number }).id);
  if (!complaint) return false;
  return (
    namesPerson(complaint.complainantName, user.fullName) || namesPerson(complaint.employee, user.fullName)
  );
}

/**
 * The roles a channel is limited to, or null when any signed-in user may call it. A channel open
 * before sign-in has no role to check while nobody is signed in: its handler guards that case
 * (users.create works then only for the first user of a new office).
 */
export function rolesOf(channel: ChannelName, signedIn = true): readonly DeskRole[] | null {
  if (!signedIn && requirementOf(channel) === 'anyone') return null;
  return ROLES[channel] ?? null;
}
