// Who sits at the desk. Passwords arrive with the security issue; until then the clerk picks
// their name, and every write is still audited under it.

import { DomainError } from '../../shared/contract/result.ts';
import {
  countActiveAdmins,
  countUsers,
  deactivateUser,
  getUser,
  insertUser,
  listActiveUsers,
  loginExists,
  setUserLanguage,
} from '../db/users.ts';
import { type HandlerGroup, read, write } from '../kernel/handler.ts';

type SessionChannels =
  | 'session.users'
  | 'session.signIn'
  | 'session.current'
  | 'session.setLanguage'
  | 'session.signOut'
  | 'users.create'
  | 'users.deactivate';

export const sessionHandlers: HandlerGroup<SessionChannels> = {
  'session.users': read((_input, ctx) => listActiveUsers(ctx.db)),

  'session.signIn': write(({ userId }, ctx) => {
    const user = getUser(ctx.db, userId);
    if (!user) throw new DomainError('not_found', { what: 'user' });
    ctx.session.userId = user.id;
    ctx.audit({ action: 'session.signIn', entity: 'user', entityId: user.id });
    return user;
  }),

  'session.current': read((_input, ctx) => ctx.user),

  'session.setLanguage': write(({ language }, ctx) => {
    const id = ctx.user.id;
    setUserLanguage(ctx.db, id, language);
    const after = getUser(ctx.db, id) as NonNullable<ReturnType<typeof getUser>>;
    ctx.audit({ action: 'session.setLanguage', entity: 'user', entityId: id, before: ctx.user, after });
    return after;
  }),

  'session.signOut': write((_input, ctx) => {
    ctx.audit({ action: 'session.signOut', entity: 'user', entityId: ctx.user.id });
    ctx.session.userId = null;
    return { signedOut: true as const };
  }),

  'users.deactivate': write(({ userId, reason }, ctx) => {
    const before = getUser(ctx.db, userId);
    if (!before) throw new DomainError('not_found', { what: 'user' });
    // An office without an active administrator could never add or remove anyone again.
    if (before.role === 'admin' && countActiveAdmins(ctx.db) <= 1) throw new DomainError('last_admin');
    deactivateUser(ctx.db, userId, ctx.user.id, ctx.now.toISOString(), reason);
    ctx.audit({
      action: 'users.deactivate',
      entity: 'user',
      entityId: userId,
      before,
      after: { active: false, reason },
    });
    return { userId };
  }),

  'users.create': write((input, ctx) => {
    // Before anyone has signed in, only the very first user may be created (first start).
    if (ctx.user === null && countUsers(ctx.db) > 0) throw new DomainError('not_signed_in');
    if (loginExists(ctx.db, input.login)) throw new DomainError('login_taken', { login: input.login });
    // The first user of a new office administers it, whatever was asked.
    const role = countUsers(ctx.db) === 0 ? 'admin' : input.role;
    const id = insertUser(ctx.db, { ...input, role }, ctx.now.toISOString());
    const user = getUser(ctx.db, id) as NonNullable<ReturnType<typeof getUser>>;
    ctx.audit({ action: 'users.create', entity: 'user', entityId: id, after: user });
    return user;
  }),
};
