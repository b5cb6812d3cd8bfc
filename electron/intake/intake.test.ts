import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake, CHILD, childIntake, fullMarks, MOTHER } from '../../tests/support/people.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const count = (table: string) =>
  (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('intake.accept (§12, §15)', () => {
  it('accepts a complete adult package with register number, term and audit rows', async () => {
    const r = await desk.ok('intake.accept', adultIntake());
    expect(r.regNumber).toBe('2026-0001');
    expect(r.acceptedDate).toBe('2026-11-25');
    // §7.1: 10 calendar days from Wed 25.11 is Sat 05.12 → next working day Mon 07.12.
    expect(r.termEnd).toBe('2026-12-07');
    const detail = await desk.ok('applications.get', { id: r.applicationId });
    expect(detail.documents.map((d) => d.code)).toEqual(fullMarks('adult').map((d) => d.code));
    expect(detail.applicant.birthDate).toBe('1961-04-12');
    expect(detail.applicant.sex).toBe('female');
    const audit = desk.audit({ entity: 'application', entityId: r.applicationId });
    expect(audit.map((a) => a.action)).toContain('intake.accept');
    expect(audit[0]?.userName).toBe('Айгерім Сапарқызы Нұрланова');
  });

  it('numbers applications per year', async () => {
    await desk.ok('intake.accept', adultIntake());
    const second = await desk.ok('intake.accept', childIntake());
    expect(second.regNumber).toBe('2026-0002');
    desk.clock.set('2027-01-05T05:00:00.000Z');
    const next = await desk.ok('intake.accept', adultIntake());
    expect(next.regNumber).toBe('2027-0001');
  });

  it('registers a disabled child with the legal representative and item 9 instead of item 8', async () => {
    const r = await desk.ok('intake.accept', childIntake());
    const detail = await desk.ok('applications.get', { id: r.applicationId });
    expect(detail.representative?.iin).toBe(MOTHER.iin);
    expect(detail.documents.map((d) => d.code)).toContain('pmpk_conclusion');
    expect(detail.documents.map((d) => d.code)).not.toContain('rehabilitation_programme');
  });

  it('refuses a talon while the birth certificate is missing and writes nothing', async () => {
    const documents = fullMarks('child').map((d) =>
      d.code === 'identity' ? { ...d, copyReceived: false } : d,
    );
    const r = await desk.call('intake.accept', childIntake({ documents }));
    expect(r).toEqual({ ok: false, error: { code: 'package_incomplete', params: { missing: 'identity' } } });
    expect(count('applications')).toBe(0);
    expect(count('applicants')).toBe(0);
  });

  it('requires both the original seen and returned and the copy received', async () => {
    const documents = fullMarks('adult').map((d) =>
      d.code === 'medical_card' ? { ...d, originalSeenReturned: false } : d,
    );
    const r = await desk.call('intake.accept', adultIntake({ documents }));
    expect(r.ok).toBe(false);
  });

  it('rejects a child registered as an adult, and a child without a representative', async () => {
    const asAdult = await desk.call('intake.accept', adultIntake({ applicant: CHILD }));
    expect(asAdult).toMatchObject({ ok: false, error: { code: 'category_age_mismatch' } });
    const alone = await desk.call('intake.accept', childIntake({ representative: null }));
    expect(alone).toMatchObject({ ok: false, error: { code: 'representative_required' } });
    expect(count('applications') + count('audit_log')).toBe(2); // only the clerk's creation and sign-in
  });

  it('rejects a bad IIN with the part that is wrong, and writes nothing', async () => {
    const bad = { ...adultIntake().applicant, iin: `${adultIntake().applicant.iin.slice(0, 11)}0` };
    const wrong = bad.iin === adultIntake().applicant.iin ? { ...bad, iin: `${bad.iin.slice(0, 11)}1` } : bad;
    const r = await desk.call('intake.accept', adultIntake({ applicant: wrong }));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'applicant.iin', message: 'iin_checksum' }] },
    });
    expect(count('applicants')).toBe(0);
  });

  it('requires the signed consent to process personal data (Law No. 94-V)', async () => {
    const r = await desk.call('intake.accept', adultIntake({ consentSigned: false }));
    expect(r).toMatchObject({ ok: false, error: { code: 'consent_required' } });
  });

  it('refuses an adult package marked with the child-only ПМПК conclusion', async () => {
    const documents = [
      ...fullMarks('adult'),
      { code: 'pmpk_conclusion', originalSeenReturned: true, copyReceived: true },
    ];
    const r = await desk.call('intake.accept', adultIntake({ documents }));
    expect(r).toMatchObject({ ok: false, error: { code: 'documents_not_applicable' } });
  });

  it('refuses to work before anyone signs in', async () => {
    desk.ctx.session.userId = null;
    const r = await desk.call('intake.accept', adultIntake());
    expect(r).toEqual({ ok: false, error: { code: 'not_signed_in' } });
  });
});

describe('intake.turnAway (indicator 3.2)', () => {
  it('records an incomplete package as a turned-away attempt with the missing codes', async () => {
    const documents = fullMarks('adult').filter(
      (d) => d.code !== 'residence' && d.code !== 'living_conditions_act',
    );
    const r = await desk.ok('intake.turnAway', adultIntake({ documents }));
    expect(r.missing).toEqual(['residence', 'living_conditions_act']);
    expect(count('applications')).toBe(0);
    const row = desk.ctx.db
      .prepare('SELECT outcome, missing FROM intake_attempts WHERE id = ?')
      .get(r.attemptId);
    expect(row).toEqual({ outcome: 'turned_away', missing: '["residence","living_conditions_act"]' });
  });

  it('will not turn away a complete package', async () => {
    const r = await desk.call('intake.turnAway', adultIntake());
    expect(r).toMatchObject({ ok: false, error: { code: 'package_complete' } });
  });
});

describe('a returning applicant', () => {
  it('is found by IIN, and a changed address is updated with the old one kept in the audit log', async () => {
    await desk.ok('intake.accept', adultIntake());
    const found = await desk.ok('people.lookup', { iin: adultIntake().applicant.iin });
    expect(found.applicant?.lastName).toBe('Қасымова');
    expect(found.applications).toHaveLength(1);
    const moved = { ...adultIntake().applicant, address: 'Пресновка ауылы, Абай көшесі, 1' };
    await desk.ok('intake.accept', adultIntake({ applicant: moved }));
    const audit = desk.audit({ entity: 'applicant' });
    const update = audit.find((a) => a.action === 'update');
    expect(update?.before).toMatchObject({ address: 'Пресновка ауылы, Достық көшесі, 12' });
    expect(update?.after).toMatchObject({ address: 'Пресновка ауылы, Абай көшесі, 1' });
  });
});
