// Who may call what, in one place: a few channels work before sign-in, everything else needs a
// user who has not been stopped (a locked screen, a password to change), some channels only some
// roles (the table in shared/contract/roles.ts, which the renderer reads too), and a few records
// not the people they name. The registry asks here before any handler runs.

import type { User } from '../../shared/contract/common.ts';
import type { ChannelName } from '../../shared/contract/index.ts';
import type { ErrorCode } from '../../shared/contract/result.ts';
import { CHANNEL_ROLES } from '../../shared/contract/roles.ts';
import type { DeskRole } from '../../shared/domain/application-states.ts';
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
  return CHANNEL_ROLES[channel] ?? null;
}
