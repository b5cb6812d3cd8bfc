// Issue 12, "Start fast", for the command line run from its sources (what a developer runs, and
// what `npm run desk` falls back to when there is no current build); the built one that ships is
// held to the same cases in tests/e2e/desk-built.test.ts.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVY, loadedBy, ROOT, whatACommandLoads } from '../../tests/support/what-a-command-loads.ts';

whatACommandLoads([path.join(ROOT, 'electron/cli/desk.ts')], {}, 'computed');

describe("the main process's handler table", { timeout: 60_000 }, () => {
  it('loads no heavy library when it is built', async () => {
    const r = await loadedBy([
      '--input-type=module',
      '-e',
      `const { handlers } = await import(${JSON.stringify(path.join(ROOT, 'electron/desk/handlers.ts'))});
       if (Object.keys(handlers).length < 50) process.exit(3);`,
    ]);
    expect(r.code).toBe(0);
    for (const name of HEAVY) expect(r.packages).not.toContain(name);
  });
});
