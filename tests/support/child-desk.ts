// What the tests that kill a desk's process share (electron/desk/sigkill.test.ts,
// read-row-sigkill.test.ts): the child's program as one bundled file, the child's context on the
// data folder, and a call on the parent's desk that fails the test when refused.

import fs from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import { openDatabase } from '../../electron/db/open.ts';
import type { Desk } from '../../electron/desk/open-desk.ts';
import { type AppContext, fixedClock } from '../../electron/kernel/context.ts';

/**
 * One file for the child to load: a child that parses a few hundred TypeScript modules at every
 * start would spend the test's budget starting. Beside the repository's node_modules, so
 * better-sqlite3 (native, not bundled) resolves. Returns the bundle's path.
 */
export async function bundleChild(input: string, name: string): Promise<string> {
  const file = path.resolve(
    import.meta.dirname,
    `../../test-artifacts/crash-worker/${name}-${process.pid}.mjs`,
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await build({
    input,
    platform: 'node',
    external: [/^better-sqlite3/, /^node:/],
    output: { file, format: 'esm' },
    logLevel: 'silent',
  });
  return file;
}

/** The child's context: the data folder's database, acting as the given user. */
export function childContext(dataDir: string, userId: string): AppContext {
  return {
    db: openDatabase(path.join(dataDir, 'qabyldau.sqlite')),
    clock: fixedClock('2026-11-25T05:00:00.000Z'),
    session: { userId: Number(userId) },
    door: 'system',
    dataDir,
  };
}

export async function deskValue<T>(
  desk: Desk,
  channel: string,
  input: unknown,
  session: { userId: number | null },
): Promise<T> {
  const r = await desk.registry.dispatch(channel, input, desk.context('system', session));
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
