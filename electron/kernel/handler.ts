// How a handler is written and registered. A handler is a plain function (input, ctx) → output;
// what every handler would otherwise repeat is done once, where it is registered (Actual
// Budget's `mutator` around its handlers is the model):
//   read(fn)  — looks, in one snapshot, and writes nothing (a read that changed a row fails and
//               is rolled back);
//   write(fn) — one user action, synchronous, run inside one write transaction (taken at BEGIN)
//               with its audit row(s) — a write that changed rows without an audit row fails
//               and rolls back (§18, "every write is audited with who and when");
//   task(fn)  — asynchronous work (rendering a PDF, reading a file) whose writes are made
//               through ctx.write(), each one transaction with its audit row, never across an await.

import type { User } from '../../shared/contract/common.ts';
import type { ChannelName, Output, ParsedInput } from '../../shared/contract/index.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { type AuditEvent, writeAudit } from '../db/audit.ts';
import { loadOfficeSettings } from '../db/settings.ts';
import { totalChanges } from '../db/statements.ts';
import { inTransaction, inWriteTransaction } from '../db/transaction.ts';
import type { AppContext } from './context.ts';
import type { OpenChannel } from './permissions.ts';

export type { AuditEvent } from '../db/audit.ts';

/** What one call runs in. `user` is null only on the channels open before sign-in. */
export interface DeskContext<U extends User | null = User> extends AppContext {
  readonly user: U;
  /** The moment of the call, read once from the clock. */
  readonly now: Date;
  /** The office settings as they stand for this call (read when first asked). */
  readonly office: OfficeSettings;
  /** The office's date at `now`, in its time zone — the one "today" of terms and days (§7.1, §10). */
  readonly today: string;
  /** One audit row, in the transaction of the write it describes. Only inside a write. */
  audit(e: AuditEvent): void;
  /** One transaction with its audit row(s), for a task; inside a write it simply runs. */
  write<T>(work: () => T): T;
}

export type ContextOf<C extends ChannelName> = C extends OpenChannel ? DeskContext<User | null> : DeskContext;

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: ContextOf<C>,
) => Output<C> | Promise<Output<C>>;
export type SyncHandler<C extends ChannelName> = (input: ParsedInput<C>, ctx: ContextOf<C>) => Output<C>;

export type Kind = 'read' | 'write' | 'task';
export interface Registered<C extends ChannelName> {
  readonly kind: Kind;
  readonly run: Handler<C>;
}

export const read = <C extends ChannelName>(run: Handler<C>): Registered<C> => ({ kind: 'read', run });
export const write = <C extends ChannelName>(run: SyncHandler<C>): Registered<C> => ({ kind: 'write', run });
export const task = <C extends ChannelName>(run: Handler<C>): Registered<C> => ({ kind: 'task', run });

export type Handlers = { [C in ChannelName]: Registered<C> };
export type HandlerGroup<K extends ChannelName> = { [C in K]: Registered<C> };

/** The context of one call; `channel` names the offender when a write forgets its audit row. */
export function deskContext(base: AppContext, user: User | null, channel: string): DeskContext<User | null> {
  const now = base.clock.now();
  let office: OfficeSettings | undefined;
  let today: string | undefined;
  let inWrite = false;
  let audited = 0;
  const ctx: DeskContext<User | null> = {
    ...base,
    user,
    now,
    get office() {
      office ??= loadOfficeSettings(base.db);
      return office;
    },
    get today() {
      today ??= localDateOf(now, ctx.office.office.timeZone);
      return today;
    },
    audit(e) {
      if (!inWrite) throw new Error(`${channel}: an audit row outside a write`);
      writeAudit(
        base.db,
        { at: base.clock.now().toISOString(), userId: base.session.userId, door: base.door },
        e,
      );
      audited++;
    },
    write(work) {
      if (inWrite) return work();
      inWrite = true;
      audited = 0;
      try {
        return inWriteTransaction(base.db, () => {
          const before = totalChanges(base.db);
          const out = work();
          if (out instanceof Promise) throw new Error(`${channel}: a write must not await`);
          const changed = totalChanges(base.db) - before - audited;
          if (changed > 0 && audited === 0)
            throw new Error(`${channel}: wrote ${changed} row(s) without an audit row`);
          return out;
        });
      } finally {
        inWrite = false;
      }
    },
  };
  return ctx;
}

/** Runs a registered handler as its kind says. */
export async function runHandler<C extends ChannelName>(
  entry: Registered<C>,
  input: ParsedInput<C>,
  ctx: DeskContext<User | null>,
  channel: string,
): Promise<Output<C>> {
  const c = ctx as ContextOf<C>;
  switch (entry.kind) {
    case 'write':
      return ctx.write(() => entry.run(input, c) as Output<C>);
    case 'task':
      return entry.run(input, c);
    case 'read':
      // One snapshot for all the queries of a read; a read that wrote is rolled back. (Only the
      // part before a first await runs inside it: an asynchronous read is not checked.)
      return inTransaction(ctx.db, () => {
        const before = totalChanges(ctx.db);
        const out = entry.run(input, c);
        if (!(out instanceof Promise) && totalChanges(ctx.db) !== before)
          throw new Error(`${channel}: registered as a read but wrote`);
        return out;
      });
  }
}
