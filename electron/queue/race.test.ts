// "Call next" at the same moment from two windows, two desks or a double click must never call
// one ticket twice or pass one over (the issue's correctness rule). Proved three ways: two
// dispatches at once on one connection, two connections in one process, and desks in separate
// threads — real concurrency on one database file, where only SQLite's locking keeps order.

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { openDatabase } from '../db/open.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import type { AppContext } from '../kernel/context.ts';

const NOW = officeInstant('2026-11-25', '10:00', 'Asia/Almaty').toISOString();

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk({ now: NOW });
});
afterEach(() => desk.close());

const file = () => path.join(desk.dataDir, 'qabyldau.sqlite');

async function clerk(login: string): Promise<number> {
  const u = await desk.hire({ login, fullName: `Маман ${login}`, role: 'clerk', language: 'kk' });
  return u.id;
}

async function issueMany(n: number): Promise<number[]> {
  const ids = [];
  for (let i = 0; i < n; i++)
    ids.push((await desk.ok('queue.issue', { purpose: i % 3 ? 'hand_in' : 'collect' })).id);
  return ids;
}

/** Ticket ids in the order they were first called, from the events (one row per call). */
function callOrder(): number[] {
  return (
    desk.ctx.db
      .prepare("SELECT ticket_id AS id FROM queue_events WHERE kind = 'called' ORDER BY id")
      .all() as {
      id: number;
    }[]
  ).map((r) => r.id);
}

function secondDesk(userId: number): { ctx: AppContext; close(): void } {
  const db = openDatabase(file());
  return {
    ctx: { db, clock: desk.clock, session: { userId }, door: 'ipc', dataDir: desk.dataDir },
    close: () => db.close(),
  };
}

describe('"call next" raced', () => {
  it('on a double click calls one visitor, and the second click answers with the same one', async () => {
    const [first] = await issueMany(3);
    const [a, b] = await Promise.all([desk.ok('queue.callNext', {}), desk.ok('queue.callNext', {})]);
    expect([a.ticket?.id, b.ticket?.id]).toEqual([first, first]);
    expect([a.alreadyCalled, b.alreadyCalled].sort()).toEqual([false, true]);
    expect(callOrder()).toEqual([first]);
  });

  it('from two desks on two connections to the same file calls the first two tickets, one each', async () => {
    const ids = await issueMany(3);
    const other = secondDesk(await clerk('d.seitkali'));
    try {
      const registry = createAppRegistry(() => {});
      const [a, b] = await Promise.all([
        registry.dispatch('queue.callNext', {}, desk.ctx),
        registry.dispatch('queue.callNext', {}, other.ctx),
      ]);
      const got = [a, b].map((r) =>
        r.ok ? (r.value as { ticket: { id: number } }).ticket.id : r.error.code,
      );
      expect(got.sort()).toEqual(ids.slice(0, 2));
      expect(callOrder()).toEqual(ids.slice(0, 2));
    } finally {
      other.close();
    }
  });

  it('from two windows of one clerk on two connections calls one visitor only', async () => {
    const [first] = await issueMany(2);
    const other = secondDesk(desk.ctx.session.userId as number);
    try {
      const registry = createAppRegistry(() => {});
      const results = await Promise.all([
        registry.dispatch('queue.callNext', {}, desk.ctx),
        registry.dispatch('queue.callNext', {}, other.ctx),
      ]);
      expect(results.map((r) => r.ok && (r.value as { ticket: { id: number } }).ticket.id)).toEqual([
        first,
        first,
      ]);
      expect(callOrder()).toEqual([first]);
    } finally {
      other.close();
    }
  });

  it('from desks in separate threads calls every ticket exactly once, in order of arrival', async () => {
    const ids = await issueMany(60);
    // Three clerks, one of them at two windows: four desks hammering one file at once.
    const users = [desk.ctx.session.userId as number, await clerk('d.seitkali'), await clerk('m.ospan')];
    const seats = [users[0], users[1], users[2], users[0]] as number[];
    const barrier = new SharedArrayBuffer(4);
    const results = await Promise.all(
      seats.map(
        (userId) =>
          new Promise<{ called: { id: number; already: boolean }[]; errors: string[] }>((resolve, reject) => {
            const w = new Worker(new URL('../../tests/support/queue-race-worker.ts', import.meta.url), {
              workerData: {
                file: file(),
                dataDir: desk.dataDir,
                userId,
                now: NOW,
                barrier,
                desks: seats.length,
              },
            });
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    // Every ticket called once, none passed over: the calls follow the order of issue exactly.
    expect(callOrder()).toEqual(ids);
    const rows = desk.ctx.db.prepare('SELECT status, call_count AS calls FROM queue_tickets').all();
    expect(rows).toHaveLength(60);
    expect(rows.every((r) => (r as { calls: number }).calls === 1)).toBe(true);
    // Each desk saw its own calls in rising order (a desk never goes back in the line).
    for (const r of results) {
      const fresh = r.called.filter((c) => !c.already).map((c) => c.id);
      expect(fresh).toEqual([...fresh].sort((x, y) => x - y));
    }
    // The work was really shared: more than one desk called tickets.
    expect(results.filter((r) => r.called.some((c) => !c.already)).length).toBeGreaterThan(1);
    // Each thread loads the whole handler table before the barrier: seconds on a busy machine.
  }, 60_000);
});
