// The one handler table. Every door (Electron IPC, the browser mode, the command line) calls
// `dispatch`, which validates the input against the contract, checks the permission, runs the
// handler and returns a Result — never a thrown error, never a stack trace.

import type { z } from 'zod';
import {
  type AppError,
  type ChannelName,
  channels,
  DomainError,
  isChannelName,
  type Output,
  type ParsedInput,
  type Result,
} from '../../shared/contract/index.ts';
import { getUser } from '../db/users.ts';
import type { AppContext } from './context.ts';
import { requirementOf, rolesOf } from './permissions.ts';

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: AppContext,
) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<K extends ChannelName> = { [C in K]: Handler<C> };

export function issuesOf(error: z.ZodError): AppError['issues'] {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

export interface Registry {
  dispatch(channel: string, rawInput: unknown, ctx: AppContext): Promise<Result<unknown>>;
}

export function createRegistry(handlers: Handlers, log: (e: unknown) => void = console.error): Registry {
  return {
    async dispatch(channel, rawInput, ctx) {
      if (!isChannelName(channel))
        return { ok: false, error: { code: 'unknown_channel', params: { channel } } };
      const spec = channels[channel];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', issues: issuesOf(parsed.error) } };
      }
      // A user deactivated while signed in at another desk is signed out there at the next call.
      const user = ctx.session.userId === null ? undefined : getUser(ctx.db, ctx.session.userId);
      if (ctx.session.userId !== null && !user) ctx.session.userId = null;
      if (requirementOf(channel) === 'signed_in' && !user) {
        return { ok: false, error: { code: 'not_signed_in' } };
      }
      const roles = rolesOf(channel, user !== undefined);
      if (roles) {
        const role = user?.role;
        if (!role || !roles.includes(role)) {
          return { ok: false, error: { code: 'forbidden', params: { channel, roles: roles.join(',') } } };
        }
      }
      try {
        const handler = handlers[channel] as Handler<ChannelName>;
        const value = await handler(parsed.data as never, ctx);
        // The output schema strips what the contract does not name: no stray column leaks.
        return { ok: true, value: (spec.output as z.ZodType).parse(value) };
      } catch (e) {
        if (e instanceof DomainError) {
          return {
            ok: false,
            error: {
              code: e.code,
              ...(e.params ? { params: e.params } : {}),
              ...(e.issues ? { issues: e.issues } : {}),
            },
          };
        }
        log(e);
        return {
          ok: false,
          error: { code: 'internal', params: { detail: e instanceof Error ? e.message : String(e) } },
        };
      }
    },
  };
}
