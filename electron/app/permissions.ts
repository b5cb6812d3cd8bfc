// Who may call what — the one place to tighten when roles and passwords arrive (security
// issue). Until then: a few channels work before sign-in, everything else needs a user.

import type { ChannelName } from '../../shared/contract/index.ts';

export type Requirement = 'anyone' | 'signed_in';

const BEFORE_SIGN_IN: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'session.users',
  'session.signIn',
  'session.current',
  // Only while the office has no user at all: the first start creates the first one.
  'users.create',
  // The waiting-room screen: ticket numbers only, no personal data, and it runs unattended in
  // its own window (Electron) or tab (browser mode, still behind the run's key).
  'queue.display',
]);

export function requirementOf(channel: ChannelName): Requirement {
  return BEFORE_SIGN_IN.has(channel) ? 'anyone' : 'signed_in';
}
