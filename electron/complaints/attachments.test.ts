// Scanned letters kept with a complaint: stored in the data folder with their sha256, read back
// byte for byte, never deleted, refused when they are not what the allow-list admits.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';

let desk: TestDesk;
let complaintId: number;
beforeEach(async () => {
  desk = await openTestDesk();
  complaintId = (await desk.ok('complaints.register', emailComplaint())).id;
});
afterEach(() => desk.close());

/** A small but real PNG: the signature, then every byte value, so nothing is lost in transit. */
function scan(): Buffer {
  const body = Buffer.alloc(300_000);
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + 7) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), body]);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Where the row says the file is kept. */
const keptFile = (id: number) =>
  path.join(
    desk.dataDir,
    (
      desk.ctx.db.prepare('SELECT stored_path AS p FROM complaint_attachments WHERE id = ?').get(id) as {
        p: string;
      }
    ).p,
  );

describe('attachments of a complaint', () => {
  it('stores the file under attachments/<complaint id>/ with its sha256, and reads it back byte for byte', async () => {
    const bytes = scan();
    const a = await desk.ok('complaints.attach', {
      complaintId,
      fileName: 'Шағым хаты, 1-бет.png',
      mimeType: 'image/png',
      contentBase64: bytes.toString('base64'),
    });
    expect(a).toMatchObject({
      fileName: 'Шағым хаты, 1-бет.png',
      mimeType: 'image/png',
      size: bytes.length,
      sha256: sha(bytes),
      withdrawnAt: null,
    });
    const onDisk = keptFile(a.id);
    expect(path.relative(desk.dataDir, onDisk).split(path.sep)).toEqual([
      'attachments',
      String(complaintId),
      expect.stringMatching(new RegExp(`^${a.id}-[0-9a-f]{8}-Шағым хаты, 1-бет\\.png$`)),
    ]);
    expect(fs.readFileSync(onDisk).equals(bytes)).toBe(true);
    const back = await desk.ok('complaints.attachmentContent', { id: a.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(bytes)).toBe(true);
    expect((await desk.ok('complaints.get', { id: complaintId })).attachments.map((x) => x.id)).toEqual([
      a.id,
    ]);
    const audit = desk.audit({ entity: 'complaint', entityId: complaintId, kind: 'write' });
    expect(audit[0]).toMatchObject({ action: 'complaints.attach', after: { sha256: sha(bytes) } });
  });

  it('takes the stored type from the allow-list, not from what the browser said', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const a = await desk.ok('complaints.attach', {
      complaintId,
      fileName: 'scan.PDF',
      mimeType: '',
      contentBase64: pdf.toString('base64'),
    });
    expect(a).toMatchObject({ fileName: 'scan.pdf', mimeType: 'application/pdf' });
  });

  it('refuses a type not on the list, a renamed file and an empty one, and keeps nothing of them', async () => {
    const attach = (fileName: string, mimeType: string, bytes: Buffer) =>
      desk.call('complaints.attach', {
        complaintId,
        fileName,
        mimeType,
        contentBase64: bytes.toString('base64'),
      });
    expect(await attach('virus.exe', 'application/x-msdownload', Buffer.from('MZ...'))).toEqual({
      ok: false,
      error: { code: 'attachment_rejected', params: { problem: 'type', extension: 'exe' } },
    });
    expect(await attach('photo.jpg', 'image/jpeg', Buffer.from('%PDF-1.4'))).toEqual({
      ok: false,
      error: { code: 'attachment_rejected', params: { problem: 'content', extension: 'jpg' } },
    });
    expect(await attach('empty.txt', 'text/plain', Buffer.alloc(0))).toMatchObject({
      ok: false,
      error: { code: 'attachment_rejected', params: { problem: 'empty' } },
    });
    expect(fs.existsSync(path.join(desk.dataDir, 'attachments'))).toBe(false);
    expect((await desk.ok('complaints.get', { id: complaintId })).attachments).toEqual([]);
  });

  it('refuses a file over 20 MB before decoding it', async () => {
    const r = await desk.call('complaints.attach', {
      complaintId,
      fileName: 'big.pdf',
      mimeType: 'application/pdf',
      contentBase64: 'A'.repeat(28_000_000),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'contentBase64', message: 'attachment_too_large' }] },
    });
  });

  it('withdraws a file attached by mistake but keeps it, and still reads it', async () => {
    const bytes = Buffer.from('Шағымның мәтіні / текст жалобы\n', 'utf8');
    const a = await desk.ok('complaints.attach', {
      complaintId,
      fileName: 'text.txt',
      mimeType: 'text/plain',
      contentBase64: bytes.toString('base64'),
    });
    const w = await desk.ok('complaints.withdrawAttachment', { id: a.id, reason: 'Басқа шағымның файлы' });
    expect(w).toMatchObject({
      withdrawReason: 'Басқа шағымның файлы',
      withdrawnBy: 'Айгерім Сапарқызы Нұрланова',
    });
    expect(w.withdrawnAt).not.toBeNull();
    const back = await desk.ok('complaints.attachmentContent', { id: a.id });
    expect(Buffer.from(back.contentBase64, 'base64').toString('utf8')).toBe(
      'Шағымның мәтіні / текст жалобы\n',
    );
    expect(await desk.call('complaints.withdrawAttachment', { id: a.id, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'already_withdrawn' },
    });
  });

  it('says the file is damaged when its bytes no longer match the recorded sha256', async () => {
    const a = await desk.ok('complaints.attach', {
      complaintId,
      fileName: 'scan.png',
      mimeType: 'image/png',
      contentBase64: scan().toString('base64'),
    });
    const file = keptFile(a.id);
    fs.chmodSync(file, 0o600);
    fs.appendFileSync(file, 'x');
    expect(await desk.call('complaints.attachmentContent', { id: a.id })).toEqual({
      ok: false,
      error: { code: 'attachment_damaged', params: { id: String(a.id), problem: 'changed' } },
    });
  });
});
