// The audit viewer's channels: only the head and the administrator; filters by person, period
// (the office's days), record (by its register or journal number), kind and action; newest
// first, paged; and the filtered rows as CSV or XLSX, the export itself logged.

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract/index.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { applicationIn, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { AUDIT_PAGE_SQL } from '../db/audit.ts';

let desk: TestDesk;
let staff: Staff;
let applicationId: number;
let regNumber: string;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
  // 25.11 10:00 in the office: the clerk accepts an application and opens it.
  applicationId = await applicationIn(desk, staff, 'accepted');
  regNumber = (await desk.ok('applications.get', { id: applicationId })).regNumber;
  // 26.11 00:30 in the office (25.11 19:30 UTC): the head opens it late at night.
  desk.clock.set('2026-11-25T19:30:00.000Z');
  await signInAs(desk, staff.head);
  await desk.ok('applications.get', { id: applicationId });
  // Outside §10's hours: registered with the reason written down.
  await desk.ok('complaints.register', emailComplaint({ hoursException: { reason: 'Түнде келген хат' } }));
});
afterEach(() => desk.close());

const list = async (input: Input<'audit.list'>) => desk.ok('audit.list', input);

describe('the audit viewer', () => {
  it('is for the head and the administrator only', async () => {
    for (const [user, allowed] of [
      [staff.clerk, false],
      [staff.deputy, false],
      [staff.head, true],
      [staff.admin, true],
    ] as const) {
      await signInAs(desk, user);
      for (const channel of ['audit.list', 'audit.people', 'audit.export'] as const) {
        const input = channel === 'audit.export' ? { format: 'csv' as const } : {};
        const r = await desk.call(channel, input as never);
        expect(r.ok || r.error.code, `${user.login} ${channel}`).toBe(allowed ? true : 'forbidden');
      }
    }
  });

  it('filters by person and by the office’s days, newest first', async () => {
    const byHead = await list({ userId: staff.head.id });
    expect(byHead.rows.length).toBeGreaterThan(0);
    expect(new Set(byHead.rows.map((r) => r.userName))).toEqual(new Set([staff.head.fullName]));
    // 19:30 UTC on the 25th is the 26th in the office: it belongs to the 26th, not the 25th.
    const the26th = await list({ from: '2026-11-26', to: '2026-11-26' });
    expect(the26th.rows.every((r) => r.at >= '2026-11-25T19:00:00.000Z')).toBe(true);
    expect(the26th.rows.map((r) => r.action)).toContain('applications.get');
    // (Each look at the log is a row of its own: left out here.)
    const headOn = async (day: string) =>
      (await list({ from: day, to: day, userId: staff.head.id })).rows
        .map((r) => r.action)
        .filter((a) => a !== 'audit.list');
    expect(await headOn('2026-11-25')).toEqual([]);
    // The head's first sign-in is followed by choosing their own password (passwords, §18).
    expect(await headOn('2026-11-26')).toEqual([
      'complaints.register',
      'applications.get',
      'session.changePassword',
      'session.signIn',
    ]);
    const all = await list({});
    const times = all.rows.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('finds a record by its register number, and reads apart from writes', async () => {
    const record = await list({ entity: 'application', number: regNumber });
    expect(record.rows.map((r) => [r.kind, r.action, r.userName])).toEqual([
      ['read', 'applications.get', staff.head.fullName],
      ['read', 'applications.get', staff.clerk.fullName],
      // §15: the talon kept with the acceptance is a paper with personal data: a read row.
      ['read', 'print.talon', staff.clerk.fullName],
      ['write', 'intake.accept', staff.clerk.fullName],
    ]);
    expect(await list({ entity: 'application', number: regNumber, kind: 'write' })).toMatchObject({
      total: 1,
    });
    expect(await list({ entity: 'application', number: '2026-9999' })).toEqual({
      rows: [],
      total: 0,
      capped: false,
    });
    expect((await list({ action: 'complaints.' })).rows.map((r) => r.action)).toEqual([
      'complaints.register',
    ]);
  });

  it('pages through the rows and says how many there are in all', async () => {
    // Changes only: each look at the log adds a read row on top of it.
    const all = await list({ kind: 'write' });
    const first = await list({ kind: 'write', limit: 2 });
    const second = await list({ kind: 'write', limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id));
  });

  it('refuses a period that ends before it starts, with a message for the field', async () => {
    const r = await desk.call('audit.list', { from: '2026-11-26', to: '2026-11-25' });
    expect(r).toMatchObject({ ok: false, error: { issues: [{ path: 'to', message: 'period_order' }] } });
  });

  it('logs a look at the log with its filter and how many rows it showed', async () => {
    const seen = await list({ userId: staff.clerk.id, limit: 3 });
    const row = desk.audit({ limit: 1 })[0];
    expect(row).toMatchObject({
      kind: 'read',
      action: 'audit.list',
      entity: 'audit_log',
      userId: staff.head.id,
      after: { filter: { userId: staff.clerk.id, offset: 0 }, rows: 3, total: seen.total },
    });
  });

  it('searches the person and the period by their indexes', () => {
    const plan = (where: string, params: object) =>
      (
        desk.ctx.db
          .prepare(`EXPLAIN QUERY PLAN ${AUDIT_PAGE_SQL(where)}`)
          .all({ limit: 10, offset: 0, ...params }) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
    expect(
      plan('WHERE a.user_id = @userId AND a.at >= @from AND a.at < @to', { userId: 1, from: 'a', to: 'b' }),
    ).toMatch(/SEARCH a USING INDEX audit_log_by_user \(user_id=\? AND at>\? AND at<\?\)/);
    expect(plan('WHERE a.at >= @from AND a.at < @to', { from: 'a', to: 'b' })).toMatch(
      /SEARCH a USING INDEX audit_log_by_at \(at>\? AND at<\?\)/,
    );
  });

  it('exports the filtered rows as CSV that Excel opens in Kazakh and Russian, and logs the export', async () => {
    const r = await desk.ok('audit.export', {
      format: 'csv',
      lang: 'ru',
      entity: 'application',
      number: regNumber,
    });
    expect(r).toMatchObject({ rows: 4, fileName: 'zhurnal-deistvii-2026-11-26.csv' });
    const text = Buffer.from(r.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFВремя;Кто;Вход;')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(text).toContain(staff.clerk.fullName);
    expect(desk.audit({ limit: 1 })[0]).toMatchObject({
      kind: 'read',
      action: 'audit.export',
      after: { filter: { entity: 'application', number: regNumber }, format: 'csv', rows: 4 },
    });
  });

  it('exports XLSX with one line per row', async () => {
    const r = await desk.ok('audit.export', { format: 'xlsx', lang: 'kk', userId: staff.clerk.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.contentBase64, 'base64') as never);
    const ws = wb.worksheets[0];
    const header = ws?.getRow(3).values as string[];
    expect(header).toContain('Кім');
    // The heading, a blank line, the header, then the rows.
    expect((ws?.rowCount ?? 0) - 3).toBe(r.rows);
  });
});
