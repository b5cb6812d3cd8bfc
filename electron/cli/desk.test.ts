import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/index.ts';
import type { QueueStats, Ticket } from '../../shared/contract/queue.ts';
import { isoWeekday } from '../../shared/domain/calendar.ts';
import { localDateOf, localTimeOf } from '../../shared/domain/office-time.ts';
import { plantIndexDamage } from '../../tests/support/desk-files.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';
import type { AppContext } from '../kernel/context.ts';
import type { DemoSummary } from './demo-data.ts';

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
const firstUser = JSON.stringify({
  login: 'it',
  fullName: 'Ержан Бекұлы',
  role: 'admin',
  language: 'ru',
  password: 'syrly-kilt-2026',
});

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

  it('calls a channel and prints its value as JSON, with door cli and the account of the machine in the audit log', async () => {
    const created = await inDesk('call', 'users.create', firstUser);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ login: 'it', role: 'admin' });
    const audit = await inDesk('call', 'audit.list', '{}');
    const { rows } = JSON.parse(audit.stdout) as { rows: { door: string; action: string; osUser: string }[] };
    expect(rows.map((a) => a.action)).toContain('users.create');
    expect(new Set(rows.map((a) => a.door))).toEqual(new Set(['cli']));
    // --as names whom a script acts as; the log also keeps who typed it on this machine.
    expect(new Set(rows.map((a) => a.osUser))).toEqual(new Set([os.userInfo().username]));
  });

  it('acts as the user named by --as', async () => {
    await inDesk('call', 'users.create', firstUser);
    const clerk = JSON.stringify({
      login: 'aigerim',
      fullName: 'Айгерім Нұрланова',
      role: 'clerk',
      language: 'kk',
      password: 'syrly-kilt-2026',
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

  it('writes the report of a period or a range to --out as JSON or CSV and prints its sha256; a bad period writes nothing', async () => {
    expect((await inDesk('call', 'users.create', firstUser)).code).toBe(0);
    const out = path.join(dataDir, 'report-2026-11.json');
    const r = await inDesk('report', '--period', '2026-11', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { sha256: string; fileName: string };
    const bytes = fs.readFileSync(out);
    expect(printed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const report = JSON.parse(bytes.toString('utf8')) as {
      period: { from: string };
      rows: { code: string }[];
    };
    expect(report.period.from).toBe('2026-11-01');
    expect(report.rows).toHaveLength(12);
    const csv = path.join(dataDir, 'r.csv');
    expect(
      (
        await inDesk(
          'report',
          '--from',
          '2026-12-01',
          '--to',
          '2027-02-28',
          '--format',
          'csv',
          '--lang',
          'ru',
          '--out',
          csv,
        )
      ).code,
    ).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[1]).toMatch(/^1\.1,Доля случаев/);
    const bad = await inDesk('report', '--period', '2026-13', '--out', path.join(dataDir, 'x.json'));
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ code: 'invalid_input' });
    expect(fs.existsSync(path.join(dataDir, 'x.json'))).toBe(false);
  });

  it("rolls up offices' JSON exports into one file with --merge, and refuses a file of another period with its name", async () => {
    expect((await inDesk('call', 'users.create', firstUser)).code).toBe(0);
    const file = (name: string) => path.join(dataDir, name);
    for (const [name, period] of [
      ['a.json', '2026-11'],
      ['b.json', '2026-11'],
      ['oct.json', '2026-10'],
    ] as const)
      expect((await inDesk('report', '--period', period, '--out', file(name))).code).toBe(0);
    const r = await inDesk('report', '--merge', file('a.json'), file('b.json'), '--out', file('region.xlsx'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ fileName: 'roll-up-2026-11.xlsx', offices: 2 });
    expect(fs.readFileSync(file('region.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const refused = await inDesk(
      'report',
      '--merge',
      file('a.json'),
      file('oct.json'),
      '--out',
      file('x.json'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The roll-up refused ${file('oct.json')}: it is for another period`);
    expect(fs.existsSync(file('x.json'))).toBe(false);
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

  it('checks the database in full now (`check`), records the day, and exits 1 on damage', async () => {
    await inDesk('call', 'users.create', firstUser);
    const ok = await inDesk('check');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ integrity: 'ok', checkedDay: true });
    expect(ok.stderr).toContain(`Checking ${path.join(dataDir, 'qabyldau.sqlite')} in full`);
    const record = JSON.parse(fs.readFileSync(path.join(dataDir, 'integrity-checked.json'), 'utf8'));
    expect(record.day).toBe(localDateOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));

    plantIndexDamage(path.join(dataDir, 'qabyldau.sqlite'), 'sqlite_autoindex_users_1', 'it', 'iu');
    const damaged = await inDesk('check');
    expect(damaged.code).toBe(1);
    expect(JSON.parse(damaged.stdout).integrity).toContain('sqlite_autoindex_users_1');
    // A small file: the next command's open checks it again and refuses (check.test.ts: a large one warns).
    const later = await inDesk('call', 'session.users', '{}');
    expect(later.code).toBe(1);
    expect(later.stderr).toContain('sqlite_autoindex_users_1');
    expect(later.stderr).toContain('restore --from');
  });

  it('restores a backup over a database whose file is damaged, keeping the damaged one aside', async () => {
    await inDesk('call', 'users.create', firstUser);
    const out = path.join(dataDir, '..', `${path.basename(dataDir)}-copy.sqlite`);
    expect((await inDesk('backup', '--out', out)).code).toBe(0);
    await inDesk(
      'call',
      'users.create',
      JSON.stringify({ login: 'later', fullName: 'Кейін', role: 'clerk', language: 'kk' }),
    );
    const live = path.join(dataDir, 'qabyldau.sqlite');
    fs.writeFileSync(live, 'overwritten by mistake '.repeat(300));
    const r = await inDesk('restore', '--from', out);
    // The current file does not open: said with its name and the way out, then restored.
    expect(r.stderr).toContain(live);
    expect(r.stderr).toContain('restore --from');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { replacedTo: string; beforeRestore: string | null };
    expect(report.beforeRestore).toBeNull();
    expect(fs.readFileSync(path.join(report.replacedTo, 'qabyldau.sqlite'), 'utf8')).toMatch(/^overwritten/);
    const users = JSON.parse((await inDesk('call', 'session.users', '{}')).stdout) as { login: string }[];
    expect(users.map((u) => u.login)).toEqual(['it']);
    fs.rmSync(out, { force: true });
    fs.rmSync(`${out}.files`, { recursive: true, force: true });
  });

  it('answers a data folder that is a file with which folder and what to do, not a mkdir error', async () => {
    const file = path.join(dataDir, 'passwd');
    fs.writeFileSync(file, 'root:x:0:0::/root:/bin/sh\n');
    const r = await desk('call', 'session.users', '{}', '--data-dir', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('--data-dir DIR');
    expect(r.stderr).not.toMatch(/EEXIST|mkdir|at /);
  });
});

describe('npm run desk -- demo-data', { timeout: 120_000 }, () => {
  it('fills a fresh database with a month of work on working days, and refuses a second run', async () => {
    const r = await inDesk('demo-data');
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as DemoSummary;
    expect(summary.workingDays).toBe(21); // November 2026 has no public holiday in Kazakhstan.
    expect(summary.accepted + summary.turnedAway).toBeGreaterThanOrEqual(40);
    expect(summary.accepted + summary.turnedAway).toBeLessThanOrEqual(60);
    expect(summary.turnedAway).toBeGreaterThan(0);

    const d = openDesk(dataDir);
    try {
      const ctx = d.context('system');
      const admin = (await d.registry.dispatch('session.users', {}, ctx)) as {
        ok: true;
        value: { id: number; login: string; role: string }[];
      };
      await d.registry.dispatch(
        'session.signIn',
        { login: admin.value.find((u) => u.role === 'admin')?.login },
        ctx,
      );
      const found = await d.registry.dispatch('applications.search', { limit: 500 }, ctx);
      if (!found.ok) throw new Error(JSON.stringify(found.error));
      const rows = (
        found.value as { rows: { id: number; regNumber: string; acceptedAt: string; termEnd: string }[] }
      ).rows;
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
      await expectTheMonthCameThroughTheQueue(d, ctx, summary, rows);
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

const TZ = 'Asia/Almaty';

async function value<T>(d: Desk, ctx: AppContext, channel: string, input: unknown): Promise<T> {
  const r = await d.registry.dispatch(channel as never, input as never, ctx);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** §7.2, §7.3, §10: every visit of the demo month came to the desk through the walk-in queue. */
async function expectTheMonthCameThroughTheQueue(
  d: Desk,
  ctx: AppContext,
  summary: DemoSummary,
  applications: { id: number; regNumber: string; acceptedAt: string }[],
): Promise<void> {
  // Tickets on every working day of the month (Mon–Fri: no holiday in November 2026).
  const weekdays: string[] = [];
  for (let day = 1; day <= 30; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    if (isoWeekday(date) <= 5) weekdays.push(date);
  }
  expect(weekdays).toHaveLength(summary.workingDays);
  for (const date of weekdays) {
    const day = await value<QueueStats>(d, ctx, 'queue.stats', { from: date, to: date });
    expect(day.total.issued, date).toBeGreaterThan(0);
  }

  // Every accepted application was accepted at the desk while its "hand in" ticket was served.
  for (const a of applications) {
    const visits = await value<Ticket[]>(d, ctx, 'queue.forApplication', { applicationId: a.id });
    const handIn = visits.filter((t) => t.purpose === 'hand_in');
    expect(handIn, a.regNumber).toHaveLength(1);
    const t = handIn[0] as Ticket;
    expect(t).toMatchObject({ status: 'served', localDate: localDateOf(new Date(a.acceptedAt), TZ) });
    expect(t.regNumber?.split(', ')).toContain(a.regNumber);
    expect(t.issuedAt < (t.startedAt as string) && (t.startedAt as string) <= a.acceptedAt).toBe(true);
    expect(a.acceptedAt <= (t.endedAt as string)).toBe(true);
  }

  // The month's statistics: short waits as a rule, a few breaches of §7.2/§7.3 to show, nothing open.
  const month = await value<QueueStats>(d, ctx, 'queue.stats', { from: '2026-11-01', to: '2026-11-30' });
  const handOvers = d.db
    .prepare(
      "SELECT count(*) AS n, count(queue_ticket_id) AS queued FROM application_steps WHERE move = 'hand_over'",
    )
    .get() as { n: number; queued: number };
  expect(handOvers.n).toBeGreaterThan(0);
  expect(handOvers.queued).toBe(handOvers.n);
  expect(month.byPurpose.hand_in.served).toBe(summary.accepted + summary.turnedAway);
  expect(month.byPurpose.collect.served).toBe(handOvers.n);
  expect(month.total.noShows).toBeGreaterThan(0);
  expect(month.total.issued).toBe(summary.accepted + summary.turnedAway + handOvers.n + month.total.noShows);
  expect(month.total).toMatchObject({ open: 0, closedUnserved: 0, cancelled: 0 });
  expect(month.total.medianWaitMinutes).toBeLessThan(20);
  expect(month.total.breaches).toBeGreaterThan(0);
  // Indicator 1.2: someone waited more than 40 minutes, so the share is below one.
  expect(month.total.withinIndicatorShare).toBeLessThan(1);
  expect(summary.queue).toMatchObject({
    tickets: month.total.issued,
    noShows: month.total.noShows,
    breaches: month.total.breaches,
  });

  // Nobody was called (or called again) at lunch or outside reception hours; every day was closed.
  const calls = d.db.prepare("SELECT at FROM queue_events WHERE kind IN ('called', 'recalled')").all() as {
    at: string;
  }[];
  expect(calls.length).toBeGreaterThanOrEqual(month.total.issued);
  for (const { at } of calls) {
    const time = localTimeOf(new Date(at), TZ);
    expect(time >= '09:00' && time < '18:00' && !(time >= '13:00' && time < '14:00'), time).toBe(true);
  }
  // The clerk's "close the day" after 18:00 (electron/queue/day.ts: the queue records it as its
  // automatic closing at closing time, since the day was due to close).
  const closed = d.db
    .prepare('SELECT local_date AS date, closed_at AS at FROM queue_days ORDER BY 1')
    .all() as {
    date: string;
    at: string;
  }[];
  expect(closed.map((c) => c.date)).toEqual(weekdays);
  for (const c of closed) {
    expect(localDateOf(new Date(c.at), TZ)).toBe(c.date);
    expect(localTimeOf(new Date(c.at), TZ) >= '18:00').toBe(true);
  }
}
