// The one-time codes that let a browser into the browser mode (issue 9). The desk's key (the
// cookie's value) never leaves the server's memory: a link carries a code instead, which the
// server exchanges once for the cookie and then forgets. A link is seen by others — the
// opener's command line (/proc/<pid>/cmdline is readable by every local account), the
// terminal's scrollback, the browser's history — so a code is worth nothing after its first
// use or after ENTRY_CODE_TTL_MS, and a code spent by someone else shows: the clerk's own link
// then says "used" and the server logs it.

import crypto from 'node:crypto';
import type { Clock } from '../kernel/context.ts';

/** Long enough to copy a printed link into a browser; short enough to be useless later. */
export const ENTRY_CODE_TTL_MS = 2 * 60_000;
/** Codes waiting for their browser at one time; an older one gives way to a newer one. */
export const MAX_PENDING_CODES = 16;

export type Redeemed = { ok: true } | { ok: false; reason: 'unknown' | 'expired' };

export interface EntryCodes {
  /** A new code: 256 random bits, base64url. */
  issue(): string;
  /** Whether the code is live; it is spent by this call whatever the answer. */
  redeem(code: string): Redeemed;
  /** How many codes still wait (for tests: nothing is kept after use). */
  pending(): number;
}

// Kept by the hash of the code, so the lookup's timing says nothing about a guessed code's
// prefix, and the memory holds no usable code.
const digest = (code: string) => crypto.createHash('sha256').update(code).digest('base64url');

export function entryCodes(clock: Clock, ttlMs = ENTRY_CODE_TTL_MS): EntryCodes {
  const waiting = new Map<string, { expires: number }>();
  const sweep = (now: number) => {
    for (const [key, entry] of waiting) if (entry.expires <= now) waiting.delete(key);
  };
  return {
    issue() {
      const now = clock.now().getTime();
      sweep(now);
      // A Map iterates in insertion order: the first key is the oldest code.
      while (waiting.size >= MAX_PENDING_CODES) waiting.delete(waiting.keys().next().value as string);
      const code = crypto.randomBytes(32).toString('base64url');
      waiting.set(digest(code), { expires: now + ttlMs });
      return code;
    },
    redeem(code) {
      const key = digest(code);
      const entry = waiting.get(key);
      waiting.delete(key);
      if (!entry) return { ok: false, reason: 'unknown' };
      if (entry.expires <= clock.now().getTime()) return { ok: false, reason: 'expired' };
      return { ok: true };
    },
    pending: () => waiting.size,
  };
}
