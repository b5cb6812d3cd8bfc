// SQLite applies `synchronous` at each commit, per connection (issue 12, read-rows.ts): counted
// here at the operating system. A child process commits 20 transactions either way, under
// strace: with synchronous=FULL each commit is an fsync of the WAL; a read row's transaction
// (inReadRowTransaction) is none, and FULL is back for the next one. Linux with strace only.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const strace = spawnSync('strace', ['-V']).status === 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-fsync-'));
// Beside the repository's node_modules, so better-sqlite3 resolves; Node strips the types.
const script = path.resolve(import.meta.dirname, `../../test-artifacts/fsync-count-${process.pid}.mts`);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(script, { force: true });
});

const SCRIPT = `
import Database from 'better-sqlite3';
import { inReadRowTransaction } from ${JSON.stringify(path.resolve(import.meta.dirname, 'read-rows.ts'))};
const [file, how] = process.argv.slice(2);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE t (x)');
const insert = db.prepare('INSERT INTO t VALUES (?)');
process.stdout.write('start\\n');
for (let i = 0; i < 20; i++) {
  if (how === 'read-row') inReadRowTransaction(db, () => insert.run(i));
  else db.transaction(() => insert.run(i)).immediate();
}
process.stdout.write('end\\n');
process.exit(0);
`;

/** The fsyncs and fdatasyncs the child made between "start" and "end". */
function syncsOf(how: 'read-row' | 'full'): number {
  fs.writeFileSync(script, SCRIPT);
  const trace = path.join(dir, `${how}.trace`);
  const r = spawnSync(
    'strace',
    [
      '-f',
      '-e',
      'trace=fsync,fdatasync,write',
      '-o',
      trace,
      process.execPath,
      script,
      path.join(dir, `${how}.sqlite`),
      how,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stdout).toBe('start\nend\n');
  let counting = false;
  let syncs = 0;
  for (const line of fs.readFileSync(trace, 'utf8').split('\n')) {
    if (line.includes('write(1, "start')) counting = true;
    else if (line.includes('write(1, "end')) counting = false;
    else if (counting && /\b(fsync|fdatasync)\(/.test(line)) syncs++;
  }
  return syncs;
}

describe.skipIf(!strace || process.platform !== 'linux')('the fsyncs of commits, counted', () => {
  it('are one per commit at FULL, none for a read row’s commit', () => {
    expect(syncsOf('full')).toBe(20);
    expect(syncsOf('read-row')).toBe(0);
  });
});
