// Who sits at the desk (§18): sign-in with a password, the lock screen, passwords set by the
// administrator and changed by their owner. Wrong passwords slow the next attempts for that
// login and are each logged with the login tried (never the password); the count and the wait
// are kept even though the attempt itself fails, so the check runs as a task whose failure is
// written in its own transaction before the refusal is answered.

import type { User } from '../../shared/contract/common.ts';
import { DomainError } from '../../shared/contract/result.ts';
import type { SignedIn } from '../../shared/contract/session.ts';
import {
  type Credentials,
  countFailure,
  credentialsOf,
  failuresOf,
  mustChangePassword,
  resetFailures,
  storePassword,
} from '../db/passwords.ts';
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
import { type DeskContext, type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { hashPassword, isHashedWithCurrentParams, passwordMatches, signInDelaySeconds } from './passwords.ts';

type SessionChannels =
  | 'session.users'
  | 'session.signIn'
  | 'session.current'
  | 'session.setLanguage'
  | 'session.signOut'
  | 'session.lock'
  | 'session.unlock'
  | 'session.changePassword'
  | 'users.create'
  | 'users.setPassword'
  | 'users.deactivate';

function signedInView(ctx: DeskContext<User | null>, user: User): SignedIn {
  return {
    ...user,
    mustChangePassword: mustChangePassword(ctx.db, user.id),
    locked: ctx.session.userId === user.id && ctx.session.locked === true,
  };
}

/** Seconds left before the login may try again, by the injected clock. */
function waitLeft(ctx: DeskContext<User | null>, login: string): number {
  const f = failuresOf(ctx.db, login);
  if (!f) return 0;
  const until = Date.parse(f.lastFailureAt) + signInDelaySeconds(f.failures) * 1000;
  return Math.max(0, Math.ceil((until - ctx.now.getTime()) / 1000));
}

/**
 * Checks a typed password for a login under the wrong-password waits. A refusal is audited
 * (what was tried, which login, the door, when — never the password) and thrown after its
 * transaction has committed; a success resets the count and, where the hash is of an older
 * cost, re-hashes it at today's.
 */
async function checkPassword(
  ctx: DeskContext<User | null>,
  action: string,
  login: string,
  creds: Credentials | undefined,
  password: string,
): Promise<void> {
  const entityId = creds?.userId ?? null;
  const wait = waitLeft(ctx, login);
  if (wait > 0) {
    ctx.write(() =>
      ctx.audit({
        action: `${action}.delayed`,
        entity: 'user',
        entityId,
        after: { login, secondsLeft: wait },
      }),
    );
    throw new DomainError('sign_in_delayed', { seconds: String(wait) });
  }
  if (!(await passwordMatches(password, creds?.password ?? null))) {
    const failures = ctx.write(() => {
      const n = countFailure(ctx.db, login, ctx.now.toISOString());
      ctx.audit({ action: `${action}.failed`, entity: 'user', entityId, after: { login, failures: n } });
      return n;
    });
    if (creds && !creds.password) throw new DomainError('password_not_set', { login });
    const seconds = signInDelaySeconds(failures);
    throw new DomainError('sign_in_failed', seconds > 0 ? { seconds: String(seconds) } : undefined);
  }
  const stored = creds?.password;
  const rehash = stored && !isHashedWithCurrentParams(stored) ? await hashPassword(password) : null;
  if (creds && rehash) {
    ctx.write(() => {
      storePassword(ctx.db, creds.userId, rehash, {
        at: ctx.now.toISOString(),
        by: creds.userId,
        mustChange: mustChangePassword(ctx.db, creds.userId),
      });
      ctx.audit({ action: 'password.rehash', entity: 'user', entityId: creds.userId });
    });
  }
}

/** The password rules the contract cannot check alone: not the login (§18). */
function refuseWeak(password: string, login: string): void {
  if (password.trim().toLowerCase() === login.toLowerCase()) {
    throw new DomainError('invalid_input', undefined, [{ path: 'password', message: 'password_is_login' }]);
  }
}

export const sessionHandlers: HandlerGroup<SessionChannels> = {
  'session.users': read((_input, ctx) => listActiveUsers(ctx.db)),

  'session.signIn': task(async ({ login, password }, ctx) => {
    const creds = credentialsOf(ctx.db, login);
    if (password === undefined) {
      // The command line (and the program's own start-up work, door `system`) runs on the
      // office's machine under the IT person's own account, which can read the database file
      // anyway: `--as LOGIN` needs no password there (README). A window or a browser always does.
      if (ctx.door !== 'cli' && ctx.door !== 'system') {
        throw new DomainError('invalid_input', undefined, [{ path: 'password', message: 'required' }]);
      }
      if (!creds) throw new DomainError('sign_in_failed');
    } else {
      await checkPassword(ctx, 'session.signIn', login, creds, password);
    }
    const userId = (creds as Credentials).userId;
    return ctx.write(() => {
      resetFailures(ctx.db, login);
      ctx.session.userId = userId;
      ctx.session.locked = false;
      ctx.audit({ action: 'session.signIn', entity: 'user', entityId: userId });
      return signedInView(ctx, getUser(ctx.db, userId) as User);
    });
  }),

  'session.current': read((_input, ctx) => (ctx.user ? signedInView(ctx, ctx.user) : null)),

  'session.setLanguage': write(({ language }, ctx) => {
    const id = ctx.user.id;
    setUserLanguage(ctx.db, id, language);
    const after = getUser(ctx.db, id) as User;
    ctx.audit({ action: 'session.setLanguage', entity: 'user', entityId: id, before: ctx.user, after });
    return after;
  }),

  'session.signOut': write((_input, ctx) => {
    ctx.audit({ action: 'session.signOut', entity: 'user', entityId: ctx.user.id });
    ctx.session.userId = null;
    ctx.session.locked = false;
    return { signedOut: true as const };
  }),

  'session.lock': write((_input, ctx) => {
    ctx.session.locked = true;
    ctx.audit({ action: 'session.lock', entity: 'user', entityId: ctx.user.id });
    return { locked: true as const };
  }),

  'session.unlock': task(async ({ password }, ctx) => {
    const { login } = ctx.user;
    await checkPassword(ctx, 'session.unlock', login, credentialsOf(ctx.db, login), password);
    return ctx.write(() => {
      resetFailures(ctx.db, login);
      ctx.session.locked = false;
      ctx.audit({ action: 'session.unlock', entity: 'user', entityId: ctx.user.id });
      return signedInView(ctx, ctx.user);
    });
  }),

  'session.changePassword': task(async ({ currentPassword, password }, ctx) => {
    const { login, id } = ctx.user;
    await checkPassword(ctx, 'session.changePassword', login, credentialsOf(ctx.db, login), currentPassword);
    refuseWeak(password, login);
    if (password === currentPassword) {
      throw new DomainError('invalid_input', undefined, [
        { path: 'password', message: 'password_unchanged' },
      ]);
    }
    const hashed = await hashPassword(password);
    return ctx.write(() => {
      resetFailures(ctx.db, login);
      storePassword(ctx.db, id, hashed, { at: ctx.now.toISOString(), by: id, mustChange: false });
      ctx.audit({ action: 'session.changePassword', entity: 'user', entityId: id });
      return signedInView(ctx, ctx.user);
    });
  }),

  'users.setPassword': task(async ({ userId, password }, ctx) => {
    const user = getUser(ctx.db, userId);
    if (!user) throw new DomainError('not_found', { what: 'user' });
    refuseWeak(password, user.login);
    const hashed = await hashPassword(password);
    return ctx.write(() => {
      storePassword(ctx.db, userId, hashed, { at: ctx.now.toISOString(), by: ctx.user.id, mustChange: true });
      // A reset is also how a clerk who forgot the password gets past the waits.
      resetFailures(ctx.db, user.login);
      ctx.audit({
        action: 'users.setPassword',
        entity: 'user',
        entityId: userId,
        after: { mustChangePassword: true },
      });
      return { userId };
    });
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

  'users.create': task(async ({ password, ...input }, ctx) => {
    const refuse = () => {
      // Before anyone has signed in, only the very first user may be created (first start).
      if (ctx.user === null && countUsers(ctx.db) > 0) throw new DomainError('not_signed_in');
      if (loginExists(ctx.db, input.login)) throw new DomainError('login_taken', { login: input.login });
    };
    refuse();
    refuseWeak(password, input.login);
    const hashed = await hashPassword(password);
    return ctx.write(() => {
      refuse(); // again: someone may have been quicker while the password was hashed
      const first = countUsers(ctx.db) === 0;
      // The first user of a new office administers it, whatever was asked.
      const role = first ? 'admin' : input.role;
      const at = ctx.now.toISOString();
      const id = insertUser(ctx.db, { ...input, role }, at);
      // The first user chose their own password; anyone else's is known to the administrator too.
      storePassword(ctx.db, id, hashed, { at, by: ctx.user?.id ?? id, mustChange: !first });
      const user = getUser(ctx.db, id) as User;
      ctx.audit({ action: 'users.create', entity: 'user', entityId: id, after: user });
      return user;
    });
  }),
};
