// Who may call what, in one place: a few channels work before sign-in, everything else needs a
// user, and some channels only some roles. The registry asks here before any handler runs.

import type { ChannelName } from '../../shared/contract/index.ts';
import { type DeskRole, MOVE_RULES } from '../../shared/domain/application-states.ts';

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
] as const satisfies readonly ChannelName[];

export type OpenChannel = (typeof OPEN_CHANNELS)[number];

const BEFORE_SIGN_IN: ReadonlySet<ChannelName> = new Set<ChannelName>(OPEN_CHANNELS);

export function requirementOf(channel: ChannelName): Requirement {
  return BEFORE_SIGN_IN.has(channel) ? 'anyone' : 'signed_in';
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
  // The review term of complaints is the office's rule, not a desk preference.
  'complaints.setReviewTerm': ['head', 'deputy', 'admin'],
  // Who works at the desk, and as what, is the administrator's to say (the very first user,
  // created before anyone can sign in, is the one exception: see rolesOf).
  'users.create': ['admin'],
  'users.deactivate': ['admin'],
  // §20: the year's normative and target values, and 3.3's figure, are the head's (or the
  // deputy's) to set; sending the report to the regional department freezes it under their name.
  'report.setTarget': ['head', 'deputy'],
  'report.enterInternetShare': ['head', 'deputy'],
  'report.send': ['head', 'deputy'],
};

/**
 * The roles a channel is limited to, or null when any signed-in user may call it. A channel open
 * before sign-in has no role to check while nobody is signed in: its handler guards that case
 * (users.create works then only for the first user of a new office).
 */
export function rolesOf(channel: ChannelName, signedIn = true): readonly DeskRole[] | null {
  if (!signedIn && requirementOf(channel) === 'anyone') return null;
  return ROLES[channel] ?? null;
}
