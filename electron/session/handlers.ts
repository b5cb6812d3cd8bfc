// Who sits at the desk. Passwords and roles arrive with the security issue; until then the
// clerk picks their name, and every write is still audited under it.

import { DomainError } from '../../shared/contract/result.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { writeAudit } from '../db/audit.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  countUsers,
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
  | 'users.create';

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
