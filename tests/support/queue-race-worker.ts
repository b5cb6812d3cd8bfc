// One desk in its own thread for the race test (race.test.ts): its own connection to the same
// database file, its own clerk, the same fixed clock. All desks wait at a barrier and then call
// "next" as fast as they can; each returns the tickets it was given.

import { parentPort, workerData } from 'node:worker_threads';
import { baseHolidays } from '../../electron/calendar/office-calendar.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { createAppRegistry } from '../../electron/desk/handlers.ts';
import { type AppContext, fixedClock } from '../../electron/kernel/context.ts';

interface Job {
  file: string;
  dataDir: string;
  userId: number;
  now: string;
  barrier: SharedArrayBuffer;
  desks: number;
}

const job = workerData as Job;
const db = openDatabase(job.file);
const ctx: AppContext = {
  db,
  clock: fixedClock(job.now),
  session: { userId: job.userId },
  door: 'system',
  dataDir: job.dataDir,
};
const registry = createAppRegistry(() => {});
// The holiday data loads when a term or an hour is first counted (kernel/lazy-module.ts): loaded
// before the barrier, as in a desk that has been at work, so that the first thread to finish
// loading does not call the whole line before the others start.
baseHolidays(Number(job.now.slice(0, 4)));
// One read through the table too (the board counts the hours and loads the queue's modules).
await registry.dispatch('queue.board', {}, ctx);

// Everyone ready, then everyone starts at once.
const arrived = new Int32Array(job.barrier);
Atomics.add(arrived, 0, 1);
Atomics.notify(arrived, 0);
while (Atomics.load(arrived, 0) < job.desks) Atomics.wait(arrived, 0, Atomics.load(arrived, 0), 50);

const called: { id: number; already: boolean }[] = [];
const errors: string[] = [];
for (;;) {
  const r = await registry.dispatch('queue.callNext', {}, ctx);
  if (!r.ok) {
    errors.push(r.error.code);
    break;
  }
  const { ticket, alreadyCalled } = r.value as { ticket: { id: number } | null; alreadyCalled: boolean };
  if (!ticket) break;
  called.push({ id: ticket.id, already: alreadyCalled });
  // Two windows of one clerk may both try to serve the same visitor: one of them wins.
  await registry.dispatch('queue.start', { ticketId: ticket.id }, ctx);
  await registry.dispatch('queue.finish', { ticketId: ticket.id }, ctx);
}
db.close();
parentPort?.postMessage({ called, errors });
