// Reads are logged (§18, Law No. 94-V Art. 22): every channel that shows personal data leaves
// exactly one audit row of kind 'read' — who, when, door, and the record seen, or for a list its
// query and how many rows came back — and the channels with nothing personal leave none.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract/index.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { applicationIn, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { ADULT, iinFor } from '../../tests/support/people.ts';
import type { AuditRow } from '../db/audit.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import { storedDocument } from '../shell/stored-document.ts';

let desk: TestDesk;
let staff: Staff;
let applicationId: number;
let complaintId: number;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
  applicationId = await applicationIn(desk, staff, 'under_review');
  complaintId = (await desk.ok('complaints.register', emailComplaint())).id;
});
afterEach(() => desk.close());

const lastId = () => desk.audit({ limit: 1 })[0]?.id ?? 0;

/** The audit rows a call added, oldest first. */
async function rowsOf<C extends ChannelName>(channel: C, input: Input<C>): Promise<AuditRow[]> {
  const since = lastId();
  await desk.ok(channel, input);
  return desk
    .audit({ limit: 50 })
    .filter((r) => r.id > since)
    .reverse();
}

describe('the read log', () => {
  it('logs an IIN looked up, found or not, with the IIN asked and what came back', async () => {
    const applicantId = (await desk.ok('applications.get', { id: applicationId })).applicant.id;
    expect(await rowsOf('people.lookup', { iin: ADULT.iin })).toEqual([
      expect.objectContaining({
        kind: 'read',
        action: 'people.lookup',
        entity: 'applicant',
        entityId: applicantId,
        userId: staff.clerk.id,
        door: 'ipc',
        after: { iin: ADULT.iin, found: true, representativeId: null, applications: 1 },
      }),
    ]);
    const stranger = iinFor('1975-01-02', 3, 4000);
    expect(await rowsOf('people.lookup', { iin: stranger })).toEqual([
      expect.objectContaining({
        entityId: null,
        after: expect.objectContaining({ iin: stranger, found: false }),
      }),
    ]);
  });

  it('logs one row for each record opened, naming the record', async () => {
    const { regNumber } = await desk.ok('applications.get', { id: applicationId });
    const { journalNumber } = await desk.ok('complaints.get', { id: complaintId });
    const cases: [ChannelName, object, Partial<AuditRow>][] = [
      [
        'applications.get',
        { id: applicationId },
        { entity: 'application', entityId: applicationId, after: { regNumber } },
      ],
      [
        'decisions.file',
        { applicationId },
        { entity: 'application', entityId: applicationId, after: { regNumber } },
      ],
      [
        'complaints.get',
        { id: complaintId },
        { entity: 'complaint', entityId: complaintId, after: { journalNumber } },
      ],
    ];
    for (const [channel, input, row] of cases) {
      expect(await rowsOf(channel, input as never), channel).toEqual([
        expect.objectContaining({ kind: 'read', action: channel, ...row }),
      ]);
    }
  });

  it('logs a list or a search with its query and how many rows came back, never the rows', async () => {
    const search = await rowsOf('applications.search', { query: 'Қасым' });
    expect(search).toEqual([
      expect.objectContaining({
        kind: 'read',
        action: 'applications.search',
        entity: 'application',
        entityId: null,
        after: { query: 'Қасым', status: null, offset: 0, rows: 1, total: 1, capped: false },
      }),
    ]);
    expect(JSON.stringify(search)).not.toContain(ADULT.address);
    expect(await rowsOf('complaints.journal', { status: 'open' })).toEqual([
      expect.objectContaining({
        action: 'complaints.journal',
        after: { filter: { status: 'open' }, rows: 1 },
      }),
    ]);
    expect(await rowsOf('decisions.due', {})).toEqual([
      expect.objectContaining({ action: 'decisions.due', after: { list: 'due', rows: 1 } }),
    ]);
    expect(await rowsOf('decisions.postDay', { date: '2026-11-27' })).toEqual([
      expect.objectContaining({
        action: 'decisions.postDay',
        after: { date: '2026-11-27', letters: 0, complaintLetters: 0 },
      }),
    ]);
  });

  it('logs the content of an attachment under its complaint', async () => {
    const a = await desk.ok('complaints.attach', {
      complaintId,
      fileName: 'хат.txt',
      mimeType: 'text/plain',
      contentBase64: Buffer.from('Шағым мәтіні').toString('base64'),
    });
    expect(await rowsOf('complaints.attachmentContent', { id: a.id })).toEqual([
      expect.objectContaining({
        kind: 'read',
        entity: 'complaint',
        entityId: complaintId,
        after: { attachmentId: a.id, fileName: 'хат.txt', sha256: a.sha256 },
      }),
    ]);
  });

  it('leaves no row for the reads with nothing personal on them', async () => {
    const silent: [ChannelName, object][] = [
      ['settings.get', {}],
      ['session.current', {}],
      ['session.users', {}],
      ['calendar.year', { year: 2026 }],
      ['queue.display', {}],
      ['queue.stats', { from: '2026-11-01', to: '2026-11-30' }],
      ['complaints.summary', {}],
      ['complaints.settings', {}],
      ['documents.list', { entity: 'application', entityId: applicationId }],
    ];
    for (const [channel, input] of silent) expect(await rowsOf(channel, input as never), channel).toEqual([]);
  });

  it('leaves no row for a read that found nothing to show: nothing was seen', async () => {
    const since = lastId();
    const r = await desk.call('applications.get', { id: 9999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(lastId()).toBe(since);
  });

  it('logs a refused look at the audit log as refused, and a refused change not at all', async () => {
    const since = lastId();
    const r = await desk.call('audit.list', { userId: staff.head.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const refused = desk.audit().filter((x) => x.id > since);
    expect(refused).toEqual([
      expect.objectContaining({
        kind: 'refused',
        action: 'audit.list',
        entity: 'audit_log',
        userId: staff.clerk.id,
        after: expect.objectContaining({
          role: 'clerk',
          input: expect.objectContaining({ userId: staff.head.id }),
        }),
      }),
    ]);
    const outcome = await desk.call('complaints.recordOutcome', {
      id: complaintId,
      justified: false,
      satisfied: false,
      actionTaken: null,
      answerText: 'Шағымыңыз қаралды.',
      answerChannel: 'email',
      outgoingNumber: null,
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(lastId()).toBe(refused[0]?.id);
  });

  it('says what a print and an export held, as reads', async () => {
    await signInAs(desk, staff.clerk);
    const printed = await rowsOf('complaints.printJournal', { status: 'open', lang: 'ru' });
    expect(printed).toEqual([
      expect.objectContaining({
        kind: 'read',
        action: 'print.complaint_journal',
        after: expect.objectContaining({ filter: { status: 'open' }, rows: 1 }),
      }),
    ]);
    expect(await rowsOf('complaints.exportXlsx', { status: 'open' })).toEqual([
      expect.objectContaining({
        kind: 'read',
        action: 'complaints.exportXlsx',
        after: expect.objectContaining({ rows: 1 }),
      }),
    ]);
  });

  it('logs a kept paper opened again, in the viewer or for the printer, under the record it is about', async () => {
    const talon = await desk.ok('complaints.printTalon', { complaintId });
    const since = lastId();
    const registry = createAppRegistry(() => {});
    expect(await storedDocument(desk.ctx, talon.id, registry)).toMatchObject({ ok: true });
    expect(await storedDocument(desk.ctx, talon.id, registry, 'print')).toMatchObject({ ok: true });
    expect(await storedDocument(desk.ctx, 9999, registry)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const rows = desk.audit().filter((r) => r.id > since);
    expect(rows.map((r) => [r.kind, r.action, r.entity, r.entityId, r.after])).toEqual([
      [
        'read',
        'documents.open',
        'complaint',
        complaintId,
        { documentId: talon.id, kind: 'complaint_talon', purpose: 'print' },
      ],
      [
        'read',
        'documents.open',
        'complaint',
        complaintId,
        { documentId: talon.id, kind: 'complaint_talon', purpose: 'view' },
      ],
    ]);
  });
});
