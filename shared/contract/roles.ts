// Who may call which channel: the channels only some roles may call, in one table. The main side
// refuses everyone else with `forbidden` before any handler runs (electron/kernel/permissions.ts,
// which also keeps who may call anything at all: sign-in, a locked screen, a password to change);
// the renderer reads the same table to hide what a role may not do — one rule, not a copy.

import { type DeskRole, MOVE_RULES } from '../domain/application-states.ts';
import type { ChannelName } from './index.ts';

/**
 * Channels only some roles may call; every other signed-in user is refused with `forbidden` and
 * nothing runs. The decisions' roles are the state machine's (shared/domain/application-states.ts):
 * §17 decisions and returns for correction are the head's or the deputy's, the notification
 * (§16) is recorded by the desk.
 */
export const CHANNEL_ROLES: Partial<Record<ChannelName, readonly DeskRole[]>> = {
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
  'backup.list': ['admin'],
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
  // What the waiting room hears is the office's voice, set with its other settings.
  'settings.setVoice': ['admin', 'head'],
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
  // Issue 13: whoever serves the applicant at the desk may note (or undo) their wish for large
  // print — every role works at the desk; listed so that it is a decision, not an omission.
  'applicants.setLargePrint': ['clerk', 'head', 'deputy', 'admin'],
};

/** Whether a user of this role may call the channel (the roles table only; a signed-in user). */
export function roleMayCall(role: DeskRole | undefined, channel: ChannelName): boolean {
  const roles = CHANNEL_ROLES[channel];
  return roles === undefined || (role !== undefined && roles.includes(role));
}
