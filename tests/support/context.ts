// A real SQLite file in a temporary folder, a fixed clock and a signed-in clerk: what every
// integration test of the handlers starts from.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AuditFilter, type AuditRow, listAudit } from '../../electron/db/audit.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { createAppRegistry } from '../../electron/desk/handlers.ts';
import { restoreDataDir } from '../../electron/desk/restore.ts';
import { type AppContext, type Door, fixedClock } from '../../electron/kernel/context.ts';
import type { Registry } from '../../electron/kernel/registry.ts';
import { hashCheaplyForTests } from '../../electron/session/passwords.ts';
import type { ChannelName, Input, Output, Result } from '../../shared/contract/index.ts';

/** The first password a test user is given (by the first start or by the administrator). */
export const TEST_PASSWORD = 'syrly-kilt-2026';
/** What signInAs changes it to when the desk asks for a new one. */
export const TEST_OWN_PASSWORD = 'menin-kiltim-2026';

hashCheaplyForTests();

export interface TestDesk {
  ctx: AppContext;
  /** The desk's handler table, for a call from another session of the same desk. */
  registry: Registry;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /**
   * The audit log's rows, newest first, read behind the desk's back: the channel (audit.list)
   * is the head's and the administrator's, and a test's look must not add a read row itself.
   */
  audit(filter?: AuditFilter & { limit?: number }): AuditRow[];
  /** Calls and fails the test with the error when the call did not succeed. */
  ok<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  /**
   * Signs in as a user created with TEST_PASSWORD, and chooses TEST_OWN_PASSWORD when the desk
   * asks for a new one (a user the administrator created), as the person at the desk would.
   */
  signInAs(who: string | number | { login: string }): Promise<Output<'session.signIn'>>;
  /**
   * A user the administrator adds who has already chosen their own password, so another
   * session may act as them at once; whoever was signed in is signed in again.
   */
  hire(draft: Omit<Input<'users.create'>, 'password'>): Promise<Output<'users.create'>>;
  /** The password a login signs in with now. */
  passwordOf(login: string): string;
  close(): void;
}

/** 25 November 2026, 10:00 in Kazakhstan (UTC+5), a Wednesday. */
export const DEFAULT_NOW = '2026-11-25T05:00:00.000Z';

export async function openTestDesk(
  opts: { now?: string; door?: Door; signIn?: boolean } = {},
): Promise<TestDesk> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-test-'));
  const file = path.join(dataDir, 'qabyldau.sqlite');
  const clock = fixedClock(opts.now ?? DEFAULT_NOW);
  const ctx: AppContext = {
    db: openDatabase(file),
    clock,
    session: { userId: null },
    door: opts.door ?? 'ipc',
    dataDir,
    // As a desk does (electron/desk/open-desk.ts): backup.restore swaps the connection.
    databaseFile: {
      restore: async (from, by) => {
        const { db, report } = await restoreDataDir({
          dataDir,
          from,
          now: clock.now(),
          live: ctx.db,
          close: () => ctx.db.close(),
          reopen: () => {
            ctx.db = openDatabase(file);
            return ctx.db;
          },
          by,
        });
        ctx.db = db;
        return report;
      },
    },
  };
  const registry = createAppRegistry(() => {});
  const call = <C extends ChannelName>(channel: C, input: Input<C>) =>
    registry.dispatch(channel, input, ctx) as Promise<Result<Output<C>>>;
  const ok = async <C extends ChannelName>(channel: C, input: Input<C>) => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const changed = new Set<string>();
  const passwordOf = (login: string) => (changed.has(login) ? TEST_OWN_PASSWORD : TEST_PASSWORD);
  const signInAs = async (who: string | number | { login: string }) => {
    const login =
      typeof who === 'string'
        ? who
        : typeof who === 'number'
          ? (ctx.db.prepare('SELECT login FROM users WHERE id = ?').pluck().get(who) as string)
          : who.login;
    const user = await ok('session.signIn', { login, password: passwordOf(login) });
    if (!user.mustChangePassword) return user;
    const own = await ok('session.changePassword', {
      currentPassword: TEST_PASSWORD,
      password: TEST_OWN_PASSWORD,
    });
    changed.add(login);
    return own;
  };
  const hire = async (draft: Omit<Input<'users.create'>, 'password'>) => {
    const before = ctx.session.userId;
    const user = await ok('users.create', { ...draft, password: TEST_PASSWORD });
    await signInAs(user);
    if (before === null) await ok('session.signOut', {});
    else await signInAs(before);
    return user;
  };
  if (opts.signIn !== false) {
    await ok('users.create', {
      login: 'aigerim',
      fullName: 'Айгерім Сапарқызы Нұрланова',
      role: 'clerk',
      language: 'kk',
      password: TEST_PASSWORD,
    });
    await signInAs('aigerim');
  }
  return {
    ctx,
    registry,
    clock,
    dataDir,
    call,
    ok,
    audit: (filter = {}) => listAudit(ctx.db, { limit: 200, ...filter }).rows,
    signInAs,
    hire,
    passwordOf,
    close: () => {
      ctx.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
