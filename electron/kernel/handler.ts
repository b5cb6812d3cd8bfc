// How a handler is written and registered. A handler is a plain function (input, ctx) → output;
// what every handler would otherwise repeat is done once, where it is registered (Actual
// Budget's `mutator` around its handlers is the model):
//   read(fn)  — looks, in one snapshot, and writes nothing (a read that changed a row fails and
//               is rolled back); read(fn, seen) — a read that shows personal data: after it, the
//               kernel writes one audit row of kind 'read' with what was seen (Law No. 94-V
//               Art. 22: a log of user actions, not only of changes);
//   write(fn) — one user action, synchronous, run inside one write transaction (taken at BEGIN)
//               with its audit row(s) — a write that changed rows without an audit row fails
//               and rolls back (§18, "every write is audited with who and when");
//   task(fn)  — asynchronous work (rendering a PDF, reading a file) whose writes are made
//               through ctx.write(), each one transaction with its audit row, never across an await.

import type { User } from '../../shared/contract/common.ts';
import type { ChannelName, Output, ParsedInput } from '../../shared/contract/index.ts';
import { DomainError } from '../../shared/contract/result.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { type AuditEvent, type AuditStamp, writeAudit } from '../db/audit.ts';
import { inReadRowTransaction } from '../db/read-rows.ts';
import { loadOfficeSettings } from '../db/settings.ts';
import { totalChanges } from '../db/statements.ts';
import { inTransaction, inWriteTransaction } from '../db/transaction.ts';
import type { AppContext } from './context.ts';
import { type OpenChannel, rolesOf } from './permissions.ts';

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
/**
 * What a read shows, for its audit row: the kind of record, and from the call's input and output
 * the record's id and what of it was seen — for a list or a search its query and how many rows
 * came back, never the rows themselves (the log must not become a second copy of the data).
 */
export interface Seen<C extends ChannelName> {
  readonly entity: string;
  readonly what: (
    input: ParsedInput<C>,
    output: Output<C>,
    /** `entity` when it depends on the record (a kept paper is about an application, a letter…). */
  ) => { entity?: string; entityId?: number | null; after: Record<string, unknown> };
}

export interface Registered<C extends ChannelName> {
  readonly kind: Kind;
  readonly run: Handler<C>;
  /** Only on a read (or a task) that shows personal data; one without it logs nothing. */
  readonly seen?: Seen<C>;
}

export const read = <C extends ChannelName>(run: Handler<C>, seen?: Seen<C>): Registered<C> =>
  seen ? { kind: 'read', run, seen } : { kind: 'read', run };
export const write = <C extends ChannelName>(run: SyncHandler<C>): Registered<C> => ({ kind: 'write', run });
/** A task that shows personal data when it is done (an export) takes `seen` as a read does. */
export const task = <C extends ChannelName>(run: Handler<C>, seen?: Seen<C>): Registered<C> =>
  seen ? { kind: 'task', run, seen } : { kind: 'task', run };

export type Handlers = { [C in ChannelName]: Registered<C> };
export type HandlerGroup<K extends ChannelName> = { [C in K]: Registered<C> };

/** Who, when, through which door — and on the command line, as which account of the machine. */
function stampOf(base: AppContext): AuditStamp {
  return {
    at: base.clock.now().toISOString(),
    userId: base.session.userId,
    door: base.door,
    osUser: base.osUser ?? null,
  };
}

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
      writeAudit(base.db, stampOf(base), e);
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

/** What still writes into a damaged file: signing in and out, and the backups (the restore). */
const WHILE_DAMAGED = ['session.', 'backup.'];

/**
 * The day's background check found damage (issue 12): nothing more is written into the file —
 * reads still answer, and the administrator signs in and restores a backup.
 */
function refuseOnDamage(ctx: DeskContext<User | null>, channel: string): void {
  if (ctx.databaseDamage?.() && !WHILE_DAMAGED.some((p) => channel.startsWith(p)))
    throw new DomainError('database_check_failed');
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
      refuseOnDamage(ctx, channel);
      return ctx.write(() => entry.run(input, c) as Output<C>);
    case 'task': {
      refuseOnDamage(ctx, channel);
      const out = await entry.run(input, c);
      if (entry.seen) logSeen(ctx, channel, entry.seen, input, out);
      return out;
    }
    case 'read': {
      // One snapshot for all the queries of a read; a read that wrote is rolled back. (Only the
      // part before a first await runs inside it: an asynchronous read is not checked.)
      const out = await inTransaction(ctx.db, () => {
        const before = totalChanges(ctx.db);
        const out = entry.run(input, c);
        if (!(out instanceof Promise) && totalChanges(ctx.db) !== before)
          throw new Error(`${channel}: registered as a read but wrote`);
        return out;
      });
      if (entry.seen) logSeen(ctx, channel, entry.seen, input, out);
      return out;
    }
  }
}

/**
 * The read's audit row, as its own small write after the snapshot, not inside it: a read
 * snapshot that then takes the write lock fails with SQLITE_BUSY when another desk wrote
 * meanwhile. A read that failed (not found, a damaged file) showed nothing and leaves no row.
 * It commits without an fsync of its own and is on the disk within a second (db/read-rows.ts):
 * a search is not a change, and waiting for the disk was most of what it cost.
 */
function logSeen<C extends ChannelName>(
  ctx: DeskContext<User | null>,
  channel: string,
  seen: Seen<C>,
  input: ParsedInput<C>,
  out: Output<C>,
): void {
  const { entity = seen.entity, entityId = null, after } = seen.what(input, out);
  inReadRowTransaction(ctx.db, () =>
    writeAudit(ctx.db, stampOf(ctx), { kind: 'read', action: channel, entity, entityId, after }),
  );
}

/**
 * A restricted read or export (the audit log itself) tried by a role it is not for: the attempt is a row of
 * kind 'refused' with what was asked — an access review looks for exactly these (Law No. 94-V
 * Art. 22, the protection rules' incidents). Nothing was shown, so nothing else is written; a
 * write refused the same way changed nothing and stays out of the log.
 */
export function noteRefusedRead<C extends ChannelName>(
  entry: Registered<C>,
  base: AppContext,
  user: User | null,
  channel: C,
  /** The input when it was valid; null when it was not (nothing unchecked goes into the log). */
  input: ParsedInput<C> | null,
): void {
  if (!entry.seen || !user) return;
  const ctx = deskContext(base, user, channel);
  ctx.write(() =>
    ctx.audit({
      kind: 'refused',
      action: channel,
      entity: entry.seen?.entity ?? '',
      entityId: null,
      after: { input, role: user.role, allowed: rolesOf(channel)?.join(',') ?? '' },
    }),
  );
}
