// Passwords and wrong attempts. Nothing here is ever selected into a User: the hash leaves this
// file only towards the check in electron/session/passwords.ts.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface StoredPassword {
  algorithm: string;
  params: string;
  salt: Buffer;
  hash: Buffer;
}

export interface Credentials {
  userId: number;
  login: string;
  /** null: the user has no password yet (an office from before passwords). */
  password: StoredPassword | null;
}

export function credentialsOf(db: Db, login: string): Credentials | undefined {
  const row = prepared(
    db,
    `SELECT id, login, password_algorithm AS algorithm, password_params AS params,
            password_salt AS salt, password_hash AS hash
       FROM users WHERE login = ? AND active = 1`,
  ).get(login) as
    | { id: number; login: string; algorithm: string | null; params: string; salt: Buffer; hash: Buffer }
    | undefined;
  if (!row) return undefined;
  const { id, algorithm, params, salt, hash } = row;
  return {
    userId: id,
    login: row.login,
    password: algorithm === null ? null : { algorithm, params, salt, hash },
  };
}

export function storePassword(
  db: Db,
  userId: number,
  p: StoredPassword,
  set: { at: string; by: number | null; mustChange: boolean },
): void {
  prepared(
    db,
    `UPDATE users SET password_algorithm = ?, password_params = ?, password_salt = ?, password_hash = ?,
            password_set_at = ?, password_set_by = ?, must_change_password = ?
      WHERE id = ?`,
  ).run(p.algorithm, p.params, p.salt, p.hash, set.at, set.by, set.mustChange ? 1 : 0, userId);
}

export function mustChangePassword(db: Db, userId: number): boolean {
  return prepared(db, 'SELECT must_change_password FROM users WHERE id = ?').pluck().get(userId) === 1;
}

export interface FailureCount {
  failures: number;
  lastFailureAt: string;
}

export function failuresOf(db: Db, login: string): FailureCount | undefined {
  return prepared(
    db,
    'SELECT failures, last_failure_at AS lastFailureAt FROM sign_in_failures WHERE login = ?',
  ).get(login) as FailureCount | undefined;
}

/** One more wrong password for a login; the new count. */
export function countFailure(db: Db, login: string, at: string): number {
  return prepared(
    db,
    `INSERT INTO sign_in_failures (login, failures, last_failure_at) VALUES (?, 1, ?)
     ON CONFLICT (login) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at
     RETURNING failures`,
  )
    .pluck()
    .get(login, at) as number;
}

export function resetFailures(db: Db, login: string): void {
  prepared(db, 'UPDATE sign_in_failures SET failures = 0 WHERE login = ? AND failures > 0').run(login);
}
