// The one handler table's door-side face. Every door (Electron IPC, the browser mode, the
// command line) calls `dispatch`, which validates the input against the contract, finds who is
// signed in, checks the permission, runs the handler as it was registered (handler.ts) and
// returns a Result — never a thrown error, never a stack trace.

import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  type AppError,
  channels,
  DomainError,
  isChannelName,
  type Result,
  toAppError,
} from '../../shared/contract/index.ts';
import { mustChangePassword } from '../db/passwords.ts';
import { getUser } from '../db/users.ts';
import type { AppContext } from './context.ts';
import { deskContext, type Handlers, noteRefusedRead, runHandler } from './handler.ts';
import { namesTheCaller, requirementOf, rolesOf, sessionStop } from './permissions.ts';

export function issuesOf(error: z.ZodError): AppError['issues'] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

export interface Registry {
  dispatch(channel: string, rawInput: unknown, ctx: AppContext): Promise<Result<unknown>>;
}

/**
 * An unexpected failure as it leaves the main side: `internal` with a short reference and no
 * message (a SQLite or file-system message names tables and the data folder); the message and
 * the stack go to the main side's log under the same reference.
 */
export function internalFailure(e: unknown, log: (e: unknown) => void): AppError {
  const ref = randomBytes(4).toString('hex');
  const cause = e instanceof Error ? e : new Error(String(e));
  const logged = new Error(`internal error ${ref}: ${cause.message}`, { cause });
  logged.stack = `internal error ${ref}: ${cause.stack ?? cause.message}`;
  log(logged);
  return toAppError(e, ref);
}

export function createRegistry(handlers: Handlers, log: (e: unknown) => void = console.error): Registry {
  return {
    async dispatch(channel, rawInput, base) {
      if (!isChannelName(channel))
        return { ok: false, error: { code: 'unknown_channel', params: { channel } } };
      const spec = channels[channel];
      // Who is asking comes before what they ask: a caller who may not call a channel learns
      // nothing about its fields.
      // A user deactivated while signed in at another desk is signed out there at the next call.
      const user = base.session.userId === null ? undefined : getUser(base.db, base.session.userId);
      if (base.session.userId !== null && !user) {
        base.session.userId = null;
        base.session.locked = false;
      }
      if (requirementOf(channel) === 'signed_in' && !user) {
        return { ok: false, error: { code: 'not_signed_in' } };
      }
      if (user) {
        const stop = sessionStop(channel, {
          locked: base.session.locked === true,
          mustChangePassword: mustChangePassword(base.db, user.id),
        });
        if (stop) return { ok: false, error: { code: stop } };
      }
      // Parsed here for the refusal's audit row only (a valid input, or nothing); a caller who may
      // not call the channel is answered `forbidden` before any word about the fields.
      const parsed = spec.input.safeParse(rawInput ?? {});
      const roles = rolesOf(channel, user !== undefined);
      if (roles) {
        const role = user?.role;
        if (!role || !roles.includes(role)) {
          try {
            noteRefusedRead(
              handlers[channel] as never,
              base,
              user ?? null,
              channel,
              parsed.success ? parsed.data : null,
            );
          } catch (e) {
            log(e);
          }
          return { ok: false, error: { code: 'forbidden', params: { channel, roles: roles.join(',') } } };
        }
      }
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', issues: issuesOf(parsed.error) } };
      }
      if (user && namesTheCaller(base.db, channel, parsed.data, user)) {
        return { ok: false, error: { code: 'complaint_names_you' } };
      }
      try {
        const ctx = deskContext(base, user ?? null, channel);
        const value = await runHandler(handlers[channel] as never, parsed.data as never, ctx, channel);
        // The output schema strips what the contract does not name: no stray column leaks.
        return { ok: true, value: (spec.output as z.ZodType).parse(value) };
      } catch (e) {
        return { ok: false, error: e instanceof DomainError ? toAppError(e) : internalFailure(e, log) };
      }
    },
  };
}
