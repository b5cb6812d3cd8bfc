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
import type { ChannelName, Input, Output, Result } from '../../shared/contract/index.ts';

export interface TestDesk {
  ctx: AppContext;
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
  if (opts.signIn !== false) {
    const clerk = await ok('users.create', {
      login: 'aigerim',
      fullName: 'Айгерім Сапарқызы Нұрланова',
      role: 'clerk',
      language: 'kk',
    });
    await ok('session.signIn', { userId: clerk.id });
  }
  return {
    ctx,
    clock,
    dataDir,
    call,
    ok,
    audit: (filter = {}) => listAudit(ctx.db, { limit: 200, ...filter }).rows,
    close: () => {
      ctx.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
