// A whole desk on a temporary data folder, for the tests of the database file itself (restore,
// integrity, backups, modes): the real openDesk, a fixed clock, an administrator signed in.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Desk, openDesk } from '../../electron/desk/open-desk.ts';
import { type AppContext, fixedClock, type Session } from '../../electron/kernel/context.ts';
import type { ChannelName, Input, Output } from '../../shared/contract/index.ts';
import { DEFAULT_NOW, TEST_OWN_PASSWORD, TEST_PASSWORD } from './context.ts';

export interface FileDesk {
  desk: Desk;
  ctx: AppContext;
  session: Session;
  ok<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export function tempDir(prefix = 'qabyldau-files-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens (or reopens) the desk of `dataDir`; signs in the first user, creating the admin if none. */
export async function openFileDesk(dataDir: string, clock = fixedClock(DEFAULT_NOW)): Promise<FileDesk> {
  const desk = openDesk(dataDir, () => {}, { clock });
  const session: Session = { userId: null };
  const ctx = desk.context('ipc', session, clock);
  const ok = async <C extends ChannelName>(channel: C, input: Input<C>) => {
    const r = await desk.registry.dispatch(channel, input, ctx);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as Output<C>;
  };
  const users = await ok('session.users', {});
  const admin =
    users[0] ??
    (await ok('users.create', {
      login: 'it',
      fullName: 'Ержан Бекұлы',
      role: 'admin',
      language: 'ru',
      password: TEST_PASSWORD,
    }));
  await ok('session.signIn', { login: admin.login, password: TEST_PASSWORD });
  return { desk, ctx, session, ok };
}

/**
 * Adds a user as the administrator does (with TEST_PASSWORD, to be changed at the first
 * sign-in) and sits them down: signed in, their own password chosen.
 */
export async function hireAndSitDown(
  d: Pick<FileDesk, 'ok'>,
  draft: Omit<Input<'users.create'>, 'password'>,
): Promise<Output<'users.create'>> {
  const user = await d.ok('users.create', { ...draft, password: TEST_PASSWORD });
  await d.ok('session.signIn', { login: user.login, password: TEST_PASSWORD });
  await d.ok('session.changePassword', { currentPassword: TEST_PASSWORD, password: TEST_OWN_PASSWORD });
  return user;
}

/** Rows of a table in a database file, read without the desk. */
export function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

/**
 * Changes `from` into `to` inside the pages of one index only, as a failing disk or a bad sector
 * would: the table keeps its row, the index now points a lookup elsewhere. The file must be
 * closed. dbstat names every page of the index; without it the root page is the whole of a small
 * index.
 */
export function plantIndexDamage(file: string, index: string, from: string, to: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  let pages: number[];
  try {
    pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(index) as number[];
  } catch {
    pages = [db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(index) as number];
  }
  db.close();
  const bytes = fs.readFileSync(file);
  const needle = Buffer.from(from);
  let changed = 0;
  for (const page of pages) {
    const slice = bytes.subarray((page - 1) * pageSize, page * pageSize);
    const at = slice.indexOf(needle);
    if (at >= 0) {
      slice.write(to, at);
      changed++;
    }
  }
  if (changed === 0) throw new Error(`${from} is not in the pages of ${index}`);
  fs.writeFileSync(file, bytes);
}
