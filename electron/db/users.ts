import type { User } from '../../shared/contract/common.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

const SELECT = `SELECT id, login, full_name AS fullName, role, language FROM users`;

export function listActiveUsers(db: Db): User[] {
  return prepared(db, `${SELECT} WHERE active = 1 ORDER BY full_name`).all() as User[];
}

export function countUsers(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function getUser(db: Db, id: number): User | undefined {
  return prepared(db, `${SELECT} WHERE id = ? AND active = 1`).get(id) as User | undefined;
}

export function insertUser(db: Db, u: Omit<User, 'id'>, at: string): number {
  return Number(
    prepared(
      db,
      'INSERT INTO users (login, full_name, role, language, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(u.login, u.fullName, u.role, u.language, at).lastInsertRowid,
  );
}

export function loginExists(db: Db, login: string): boolean {
  return prepared(db, 'SELECT 1 FROM users WHERE login = ?').get(login) !== undefined;
}

export function countActiveAdmins(db: Db): number {
  return (
    prepared(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }
  ).n;
}

export function deactivateUser(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    'UPDATE users SET active = 0, deactivated_at = ?, deactivated_by = ?, deactivate_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}

export function setUserLanguage(db: Db, id: number, language: string): void {
  prepared(db, 'UPDATE users SET language = ? WHERE id = ?').run(language, id);
}
