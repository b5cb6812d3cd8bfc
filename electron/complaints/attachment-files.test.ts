// A crash during an attachment never blocks the file for good (issue 9): what a kill leaves
// between the file and its row is set right at the next start, and nothing is deleted. The real
// kills are in tests/crash/sigkill.test.ts; here each leftover state is made by hand.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { sweepAttachments } from './attachment-files.ts';

let desk: TestDesk;
let complaintId: number;
beforeEach(async () => {
  desk = await openTestDesk();
  complaintId = (await desk.ok('complaints.register', emailComplaint())).id;
});
afterEach(() => desk.close());

const PDF = Buffer.from('%PDF-1.4\n% a scanned letter\n');
const attach = () =>
  desk.call('complaints.attach', {
    complaintId,
    fileName: 'letter.pdf',
    mimeType: 'application/pdf',
    contentBase64: PDF.toString('base64'),
  });
const folder = () => path.join(desk.dataDir, 'attachments', String(complaintId));
const storedPath = (id: number) =>
  (
    desk.ctx.db.prepare('SELECT stored_path AS p FROM complaint_attachments WHERE id = ?').get(id) as {
      p: string;
    }
  ).p;
const storedCount = () => desk.ctx.db.prepare('SELECT count(*) AS n FROM complaint_attachments').get();
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('an attachment interrupted by a crash', () => {
  it('does not block a retry of the same file when a killed attempt left a file under the next id', async () => {
    // What the old code left after a kill before COMMIT: the file named after an id the rollback
    // gave back.
    const nextId = Number(
      (
        desk.ctx.db.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM complaint_attachments').get() as {
          n: number;
        }
      ).n,
    );
    fs.mkdirSync(folder(), { recursive: true });
    fs.writeFileSync(path.join(folder(), `${nextId}-letter.pdf`), PDF);
    fs.writeFileSync(path.join(folder(), `${nextId}-letter.pdf.part`), PDF);
    const r = await attach();
    expect(r.ok ? r.value.id : r.error).toBe(nextId);
    expect(fs.readFileSync(path.join(desk.dataDir, storedPath(nextId))).equals(PDF)).toBe(true);
  });

  it('puts a committed file in place at start when the crash came between COMMIT and the rename', async () => {
    const r = await attach();
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const kept = path.join(desk.dataDir, storedPath(r.value.id));
    fs.renameSync(kept, `${kept}.part`);
    expect((await desk.call('complaints.attachmentContent', { id: r.value.id })).ok).toBe(false);
    const swept = sweepAttachments(desk.ctx.db, desk.dataDir);
    expect(swept).toEqual({ placed: [storedPath(r.value.id)], quarantined: [] });
    expect((await desk.call('complaints.attachmentContent', { id: r.value.id })).ok).toBe(true);
  });

  it('moves files no row knows to the quarantine folder, logs them, and deletes nothing', async () => {
    const r = await attach();
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    fs.writeFileSync(path.join(folder(), '99-orphan.pdf'), PDF);
    fs.writeFileSync(path.join(folder(), '98-abcd0123-interrupted.pdf.part'), PDF);
    const swept = sweepAttachments(desk.ctx.db, desk.dataDir, { now: later(11) });
    expect(swept.placed).toEqual([]);
    expect(swept.quarantined.sort()).toEqual(
      [`98-abcd0123-interrupted.pdf.part`, '99-orphan.pdf'].map((f) =>
        path.join('attachments', String(complaintId), f),
      ),
    );
    expect(fs.readdirSync(folder())).toEqual([path.basename(storedPath(r.value.id))]);
    const quarantine = path.join(desk.dataDir, 'quarantine');
    const log = fs.readFileSync(path.join(quarantine, 'quarantine.log'), 'utf8');
    expect(log).toMatch(/99-orphan\.pdf\tno record names this file\t/);
    expect(log).toMatch(/interrupted\.pdf\.part\tan attach interrupted before its record was saved\t/);
    const moved = fs
      .readdirSync(quarantine, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name !== 'quarantine.log');
    expect(moved.map((d) => fs.readFileSync(path.join(d.parentPath, d.name)).equals(PDF))).toEqual([
      true,
      true,
    ]);
    expect((await desk.call('complaints.attachmentContent', { id: r.value.id })).ok).toBe(true);
  });

  it('leaves a young part file alone: it may be another door writing right now', () => {
    fs.mkdirSync(folder(), { recursive: true });
    fs.writeFileSync(path.join(folder(), '7-0000beef-letter.pdf.part'), PDF);
    expect(sweepAttachments(desk.ctx.db, desk.dataDir)).toEqual({ placed: [], quarantined: [] });
    expect(fs.existsSync(path.join(folder(), '7-0000beef-letter.pdf.part'))).toBe(true);
  });

  it("answers a file-system failure without the data folder's path, and keeps no row of it", async () => {
    // Where the complaint's folder should be, a file: mkdir fails with a message naming the path.
    fs.mkdirSync(path.dirname(folder()), { recursive: true });
    fs.writeFileSync(folder(), 'not a folder');
    const audit = () => desk.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const before = { rows: storedCount(), audit: audit() };
    const r = await attach();
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'internal', params: { ref: expect.any(String) } });
    expect(JSON.stringify(r)).not.toContain(desk.dataDir);
    expect({ rows: storedCount(), audit: audit() }).toEqual(before);
  });

  it('leaves no part file behind when the attach is refused', async () => {
    // Cancelling is the head's (issue 9's roles); the clerk then tries to attach.
    await desk.hire({ login: 'bolat', fullName: 'Болат Жақсылықов', role: 'head', language: 'kk' });
    await desk.signInAs('bolat');
    await desk.ok('complaints.cancel', { id: complaintId, reason: 'Қате тіркелген' });
    await desk.signInAs('aigerim');
    expect((await attach()).ok).toBe(false);
    expect(fs.existsSync(folder()) ? fs.readdirSync(folder()) : []).toEqual([]);
  });
});
