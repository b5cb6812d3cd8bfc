// How a password is kept and checked (§18): scrypt from Node's crypto — memory-hard, so a
// stolen database file cannot be guessed through quickly on a graphics card — with a random
// salt per password, the parameters stored beside the hash (they can grow; a password hashed
// with weaker ones is re-hashed at its next good sign-in) and a constant-time comparison.

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { StoredPassword } from '../db/passwords.ts';

export const ALGORITHM = 'scrypt';

interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** 32 MiB and about 0.1 s per check on an office PC: slow for a guesser, unnoticed at the desk. */
export const OFFICE_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };
let CURRENT_PARAMS = OFFICE_PARAMS;

/**
 * Hundreds of test desks each create and sign in a user: at the office's cost that is minutes of
 * hashing on a shared CI machine. Tests hash cheaply; the parameters stored with each hash keep
 * the check honest either way, and passwords.test.ts checks the office's cost is the default.
 */
export function hashCheaplyForTests(): void {
  CURRENT_PARAMS = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };
}

export function currentParams(): ScryptParams {
  return CURRENT_PARAMS;
}

function derive(password: string, salt: Buffer, q: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      q.keyLength,
      // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that, so give room.
      { N: q.N, r: q.r, p: q.p, maxmem: 256 * q.N * q.r },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  );
}

export async function hashPassword(password: string): Promise<StoredPassword> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, CURRENT_PARAMS);
  return { algorithm: ALGORITHM, params: JSON.stringify(CURRENT_PARAMS), salt, hash };
}

/** A stored hash nobody's password matches: checked for unknown logins, so they take as long. */
let nobody: Promise<StoredPassword> | undefined;

/** Whether the password is the stored one; `null` (no such user, no password) is checked too. */
export async function passwordMatches(password: string, stored: StoredPassword | null): Promise<boolean> {
  nobody ??= hashPassword(randomBytes(24).toString('base64'));
  const against = stored ?? (await nobody);
  if (against.algorithm !== ALGORITHM) return false;
  const q = JSON.parse(against.params) as ScryptParams;
  const key = await derive(password, against.salt, q);
  return key.length === against.hash.length && timingSafeEqual(key, against.hash) && stored !== null;
}

export function isHashedWithCurrentParams(stored: StoredPassword): boolean {
  return stored.algorithm === ALGORITHM && stored.params === JSON.stringify(CURRENT_PARAMS);
}

/**
 * Seconds the next attempt for a login has to wait after `failures` wrong passwords in a row:
 * the first five are free (a typo, the keyboard in the other layout), then 30 s, 1, 2, 4, 8 and
 * 15 minutes at most — a guesser gets a few dozen tries a day, the clerk is never locked out.
 */
export function signInDelaySeconds(failures: number): number {
  const FREE = 5;
  if (failures < FREE) return 0;
  return Math.min(30 * 2 ** (failures - FREE), 15 * 60);
}
