// Who sits at the desk. Passwords and roles arrive with the security issue; until then the
// clerk picks their name, and every write is still audited under it.

import { DomainError } from '../../shared/contract/result.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { writeAudit } from '../db/audit.ts';
import { inTransaction } from '../db/transaction.ts';
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

type SessionChannels =
  | 'session.users'
  | 'session.signIn'
  | 'session.current'
  | 'session.setLanguage'
  | 'session.signOut'
  | 'users.create'
  | 'users.deactivate';

export const sessionHandlers: HandlerGroup<SessionChannels> = {
  'session.users': (_input, ctx) => listActiveUsers(ctx.db),

  'session.signIn': ({ userId }, ctx) => {
    const user = getUser(ctx.db, userId);
    if (!user) throw new DomainError('not_found', { what: 'user' });
    ctx.session.userId = user.id;
    writeAudit(ctx, { action: 'session.signIn', entity: 'user', entityId: user.id });
    return user;
  },

  'session.current': (_input, ctx) =>
    ctx.session.userId === null ? null : (getUser(ctx.db, ctx.session.userId) ?? null),

  'session.setLanguage': ({ language }, ctx) => {
    const id = ctx.session.userId as number;
    return inTransaction(ctx.db, () => {
      const before = getUser(ctx.db, id);
      setUserLanguage(ctx.db, id, language);
      const after = getUser(ctx.db, id);
      writeAudit(ctx, { action: 'session.setLanguage', entity: 'user', entityId: id, before, after });
      return after as NonNullable<typeof after>;
    });
  },

  'session.signOut': (_input, ctx) => {
    writeAudit(ctx, { action: 'session.signOut', entity: 'user', entityId: ctx.session.userId });
    ctx.session.userId = null;
    return { signedOut: true as const };
  },

  'users.deactivate': ({ userId, reason }, ctx) =>
    inTransaction(ctx.db, () => {
      const before = getUser(ctx.db, userId);
      if (!before) throw new DomainError('not_found', { what: 'user' });
      // An office without an active administrator could never add or remove anyone again.
      if (before.role === 'admin' && countActiveAdmins(ctx.db) <= 1) throw new DomainError('last_admin');
      deactivateUser(ctx.db, userId, ctx.session.userId as number, ctx.clock.now().toISOString(), reason);
      writeAudit(ctx, {
        action: 'users.deactivate',
        entity: 'user',
        entityId: userId,
        before,
        after: { active: false, reason },
      });
      return { userId };
    }),

  'users.create': (input, ctx) =>
    inTransaction(ctx.db, () => {
      // Before anyone has signed in, only the very first user may be created (first start).
      if (ctx.session.userId === null && countUsers(ctx.db) > 0) throw new DomainError('not_signed_in');
      if (loginExists(ctx.db, input.login)) throw new DomainError('login_taken', { login: input.login });
      // The first user of a new office administers it, whatever was asked.
      const role = countUsers(ctx.db) === 0 ? 'admin' : input.role;
      const id = insertUser(ctx.db, { ...input, role }, ctx.clock.now().toISOString());
      const user = getUser(ctx.db, id) as NonNullable<ReturnType<typeof getUser>>;
      writeAudit(ctx, { action: 'users.create', entity: 'user', entityId: id, after: user });
      return user;
    }),
};
