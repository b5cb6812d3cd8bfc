import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adultIntake } from '../../tests/support/people.ts';
import { backupDesk } from './backup.ts';
import { type Desk, openDesk } from './open-desk.ts';

let dir: string;
let desk: Desk;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-backup-'));
  desk = openDesk(path.join(dir, 'data'));
});
afterEach(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backing up the desk', () => {
  it('copies the database and the printed PDFs it points to, byte for byte', async () => {
    const ctx = desk.context('cli');
    const call = async (channel: string, input: unknown) => {
      const r = await desk.registry.dispatch(channel, input, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as Record<string, unknown>;
    };
    await call('users.create', {
      login: 'it',
      fullName: 'IT',
      role: 'admin',
      language: 'ru',
      password: 'syrly-kilt-2026',
    });
    await call('session.signIn', { login: 'it', password: 'syrly-kilt-2026' });
    // §15: the acceptance keeps its talon's PDF.
    const anyHour = { hoursException: { reason: 'Backup test on the real clock' } };
    const { talon } = (await call('intake.accept', adultIntake(anyHour))) as { talon: { id: number } };

    const out = path.join(dir, 'backups', 'qabyldau.sqlite');
    const r = await backupDesk(desk, out);
    expect(r).toMatchObject({ file: out, files: 1, filesDir: `${out}.files` });

    const copy = new Database(out, { readonly: true });
    const row = copy.prepare('SELECT file_name AS f FROM printed_documents WHERE id = ?').get(talon.id) as {
      f: string;
    };
    copy.close();
    const original = fs.readFileSync(path.join(desk.dataDir, row.f));
    expect(fs.readFileSync(path.join(r.filesDir, row.f)).equals(original)).toBe(true);
  });

  it('works on a desk that has printed nothing yet', async () => {
    const r = await backupDesk(desk, path.join(dir, 'empty.sqlite'));
    expect(r.files).toBe(0);
  });
});
