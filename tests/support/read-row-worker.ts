// A desk in a child process that searches the applications once and is then killed with SIGKILL
// (electron/desk/read-row-sigkill.test.ts). The search's read row commits without an fsync of
// its own (electron/db/read-rows.ts); the line printed after the search says whether it was still
// unsynced, so the kill falls before the second in which it would have been synced.

import { applicationsHandlers } from '../../electron/applications/handlers.ts';
import { readRowsUnsynced } from '../../electron/db/read-rows.ts';
import type { Handlers } from '../../electron/kernel/handler.ts';
import { createRegistry } from '../../electron/kernel/registry.ts';
import { childContext } from './child-desk.ts';

const [dataDir, userId, query] = process.argv.slice(2) as [string, string, string];
const ctx = childContext(dataDir, userId);
const registry = createRegistry(applicationsHandlers as Handlers, (e) =>
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`),
);
const r = await registry.dispatch('applications.search', { query }, ctx);
process.stdout.write(
  r.ok
    ? `searched ${readRowsUnsynced(ctx.db) ? 'unsynced' : 'synced'}\n`
    : `error ${JSON.stringify(r.error)}\n`,
);
// Waits to be killed (the flush timer is unref'd and would not keep it alive).
setInterval(() => {}, 60_000);
