import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/index.ts';
import { isoWeekday } from '../../shared/domain/calendar.ts';
import { localDateOf, localTimeOf } from '../../shared/domain/office-time.ts';
import { openDesk } from '../app/open-desk.ts';

const DESK = path.resolve(import.meta.dirname, 'desk.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function desk(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [DESK, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dataDir: string;
const inDesk = (...args: string[]) => desk(...args, '--data-dir', dataDir);
const firstUser = JSON.stringify({ login: 'it', fullName: 'Ержан Бекұлы', role: 'admin', language: 'ru' });

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-cli-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// Each case starts Node processes: generous timeouts for a loaded two-core machine.
describe('npm run desk', { timeout: 60_000 }, () => {
  it('lists every channel of the contract with its input as JSON Schema', async () => {
    const r = await desk('channels');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { channel: string; input: { type?: string; properties?: object } }[];
    expect(list.map((c) => c.channel)).toEqual(channelNames);
    const accept = list.find((c) => c.channel === 'intake.accept');
    expect(accept?.input.type).toBe('object');
    expect(Object.keys(accept?.input.properties ?? {})).toContain('applicant');
  });

  it('calls a channel and prints its value as JSON, with door cli in the audit log', async () => {
    const created = await inDesk('call', 'users.create', firstUser);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ login: 'it', role: 'admin' });
    const audit = await inDesk('call', 'audit.list', '{}');
    const rows = JSON.parse(audit.stdout) as { door: string; action: string }[];
    expect(rows.map((a) => a.action)).toContain('users.create');
    expect(new Set(rows.map((a) => a.door))).toEqual(new Set(['cli']));
  });

  it('acts as the user named by --as', async () => {
    await inDesk('call', 'users.create', firstUser);
    const clerk = JSON.stringify({
      login: 'aigerim',
      fullName: 'Айгерім Нұрланова',
      role: 'clerk',
      language: 'kk',
    });
    await inDesk('call', 'users.create', clerk);
    const me = await inDesk('call', 'session.current', '{}', '--as', 'aigerim');
    expect(JSON.parse(me.stdout)).toMatchObject({ login: 'aigerim' });
    const nobody = await inDesk('call', 'session.current', '{}', '--as', 'ghost');
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/ghost/);
  });

  it('prints a rejected input as error JSON on stdout and exits 1, writing nothing', async () => {
    const r = await inDesk('call', 'users.create', JSON.stringify({ login: 'Bad Login' }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 'invalid_input' });
    const users = await inDesk('call', 'session.users', '{}');
    expect(JSON.parse(users.stdout)).toEqual([]);
  });

  it('says what is wrong with an unknown command or bad JSON, exit 2, no stack trace', async () => {
    for (const r of [await inDesk('frobnicate'), await inDesk('call', 'users.create', '{login:')]) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).not.toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('backs up the live database into a file that opens and holds the data', async () => {
    await inDesk('call', 'users.create', firstUser);
    const out = path.join(dataDir, 'backups', 'copy.sqlite');
    const r = await inDesk('backup', '--out', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: out, integrity: 'ok' });
    const copy = new Database(out, { readonly: true });
    try {
      expect(copy.prepare('SELECT login FROM users').all()).toEqual([{ login: 'it' }]);
    } finally {
      copy.close();
    }
  });
});

describe('npm run desk -- demo-data', { timeout: 120_000 }, () => {
  it('fills a fresh database with a month of work on working days, and refuses a second run', async () => {
    const r = await inDesk('demo-data');
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { accepted: number; turnedAway: number; workingDays: number };
    expect(summary.workingDays).toBe(21); // November 2026 has no public holiday in Kazakhstan.
    expect(summary.accepted + summary.turnedAway).toBeGreaterThanOrEqual(40);
    expect(summary.accepted + summary.turnedAway).toBeLessThanOrEqual(60);
    expect(summary.turnedAway).toBeGreaterThan(0);

    const d = openDesk(dataDir);
    try {
      const ctx = d.context('system');
      const admin = (await d.registry.dispatch('session.users', {}, ctx)) as {
        ok: true;
        value: { id: number; role: string }[];
      };
      await d.registry.dispatch(
        'session.signIn',
        { userId: admin.value.find((u) => u.role === 'admin')?.id },
        ctx,
      );
      const found = await d.registry.dispatch('applications.search', { limit: 500 }, ctx);
      if (!found.ok) throw new Error(JSON.stringify(found.error));
      const rows = (found.value as { rows: { id: number; acceptedAt: string; termEnd: string }[] }).rows;
      expect(rows).toHaveLength(summary.accepted);
      const children = await Promise.all(
        rows.map((a) => d.registry.dispatch('applications.get', { id: a.id }, ctx)),
      );
      expect(children.some((c) => c.ok && (c.value as { category: string }).category === 'child')).toBe(true);
      for (const a of rows) {
        const day = localDateOf(new Date(a.acceptedAt), 'Asia/Almaty');
        const time = localTimeOf(new Date(a.acceptedAt), 'Asia/Almaty');
        expect(day.slice(0, 7)).toBe('2026-11');
        expect(isoWeekday(day), day).toBeLessThanOrEqual(5);
        // §10: reception hours, lunch excluded.
        expect(time >= '09:00' && time < '18:00' && !(time >= '13:00' && time < '14:00'), time).toBe(true);
        const term = await d.registry.dispatch('calendar.termEnd', { accepted: day }, ctx);
        expect(term).toMatchObject({ ok: true, value: { termEnd: a.termEnd } });
      }
    } finally {
      d.close();
    }

    const again = await inDesk('demo-data');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/fresh database/);
    const count = new Database(path.join(dataDir, 'qabyldau.sqlite'), { readonly: true });
    try {
      expect(count.prepare('SELECT count(*) AS n FROM applications').get()).toEqual({ n: summary.accepted });
    } finally {
      count.close();
    }
  });
});
