// The print channels as the desk uses them: what is kept, how a reprint is marked, what a bad
// id does.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/contract/result.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake, fullMarks } from '../../tests/support/people.ts';
import { pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from './archive.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const count = (table: string) =>
  (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** §15: the talon kept with the acceptance. */
async function acceptWithTalon() {
  const accepted = await desk.ok('intake.accept', adultIntake());
  if (!accepted.talon) throw new Error('intake.accept kept no talon');
  return { applicationId: accepted.applicationId, talon: accepted.talon };
}

describe('printing and keeping documents', () => {
  it('keeps the talon in the data folder under documents/<year>/<id>-talon.pdf with its sha256', async () => {
    const { applicationId, talon: doc } = await acceptWithTalon();
    expect(doc.fileName).toBe(`documents/2026/${doc.id}-talon.pdf`);
    const file = documentFile(desk.ctx, doc.id);
    expect(file).toBe(path.join(desk.dataDir, 'documents', '2026', `${doc.id}-talon.pdf`));
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const row = desk.ctx.db
      .prepare('SELECT sha256, printed_by AS by FROM printed_documents WHERE id = ?')
      .get(doc.id);
    expect(row).toEqual({
      sha256: createHash('sha256').update(pdf).digest('hex'),
      by: desk.ctx.session.userId,
    });
    const audit = desk.audit({ entity: 'application', entityId: applicationId });
    expect(audit.find((a) => a.action === 'print.talon')?.after).toMatchObject({
      documentId: doc.id,
      copy: false,
    });
  });

  it('marks a second talon for the same application in the same language as a copy, on paper and in the register', async () => {
    // The talon made at acceptance is the first Kazakh paper.
    const { applicationId, talon: first } = await acceptWithTalon();
    expect(first.lang).toBe('kk');
    // The first Russian paper is not a copy of the Kazakh one: a copy is the same paper again.
    const ru = await desk.ok('intake.printTalon', { applicationId, lang: 'ru' });
    const second = await desk.ok('intake.printTalon', { applicationId, lang: 'ru' });
    expect([first.copy, ru.copy, second.copy]).toEqual([false, false, true]);
    expect(pdfText(fs.readFileSync(documentFile(desk.ctx, first.id)))).not.toContain('КОПИЯ');
    expect(pdfText(fs.readFileSync(documentFile(desk.ctx, ru.id)))).not.toContain('КОПИЯ');
    expect(pdfText(fs.readFileSync(documentFile(desk.ctx, second.id)))).toContain('КӨШІРМЕ / КОПИЯ');
    // Another application's first talon is not a copy.
    expect((await acceptWithTalon()).talon.copy).toBe(false);
  });

  it('makes exactly one original when two talons of an application are printed at the same moment', async () => {
    // Accepted while the documents folder could not be written: no talon kept yet.
    const blocker = path.join(desk.dataDir, 'documents');
    fs.writeFileSync(blocker, 'not a folder');
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    fs.rmSync(blocker);
    const both = await Promise.all([
      desk.ok('intake.printTalon', { applicationId }),
      desk.ok('intake.printTalon', { applicationId }),
    ]);
    expect(both.map((d) => d.copy).sort()).toEqual([false, true]);
    const copy = both.find((d) => d.copy) as (typeof both)[number];
    expect(pdfText(fs.readFileSync(documentFile(desk.ctx, copy.id)))).toContain('КӨШІРМЕ / КОПИЯ');
  });

  it('lists the printed documents of an application and of a turned-away visit (documents.list)', async () => {
    const { applicationId, talon } = await acceptWithTalon();
    const receipt = await desk.ok('intake.printTalon', { applicationId, layout: 'receipt80' });
    expect(await desk.ok('documents.list', { entity: 'application', entityId: applicationId })).toEqual([
      talon,
      receipt,
    ]);
    const documents = fullMarks('adult').filter((d) => d.code !== 'medical_card');
    const { attemptId } = await desk.ok('intake.turnAway', adultIntake({ documents }));
    const list = await desk.ok('intake.printMissingList', { attemptId });
    expect(await desk.ok('documents.list', { entity: 'intake_attempt', entityId: attemptId })).toEqual([
      list,
    ]);
  });

  it('answers not_found for an unknown application, visit or document, and writes nothing', async () => {
    const before = [count('printed_documents'), count('audit_log')];
    expect(await desk.call('intake.printTalon', { applicationId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { what: 'application' } },
    });
    expect(await desk.call('intake.printMissingList', { attemptId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { what: 'intake_attempt' } },
    });
    expect(() => documentFile(desk.ctx, 999)).toThrow(DomainError);
    expect([count('printed_documents'), count('audit_log')]).toEqual(before);
    expect(fs.existsSync(path.join(desk.dataDir, 'documents'))).toBe(false);
  });

  it('answers not_found when a kept file has gone from the data folder', async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    const doc = await desk.ok('intake.printTalon', { applicationId });
    fs.rmSync(documentFile(desk.ctx, doc.id));
    expect(() => documentFile(desk.ctx, doc.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('prints no talon for a cancelled application', async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    await desk.ok('applications.cancel', { id: applicationId, reason: 'Қате енгізілді' });
    const before = count('printed_documents');
    expect(await desk.call('intake.printTalon', { applicationId })).toMatchObject({
      ok: false,
      error: { code: 'already_cancelled' },
    });
    expect(count('printed_documents')).toBe(before);
  });

  it('refuses to print before anyone signs in', async () => {
    desk.ctx.session.userId = null;
    expect(await desk.call('intake.printTalon', { applicationId: 1 })).toEqual({
      ok: false,
      error: { code: 'not_signed_in' },
    });
  });
});
