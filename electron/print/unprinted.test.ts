// §15, §23: a paper promised is a paper printed. The talon comes with the acceptance; whatever
// was promised and never printed is on the start screen's list (documents.unprinted) until it is.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, adultIntake, fullMarks, iinFor } from '../../tests/support/people.ts';
import { migrate } from '../db/open.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const owed = () => desk.ok('documents.unprinted', {});

describe('the talon is part of acceptance (§15)', () => {
  it('keeps the talon PDF with the acceptance, so nothing is owed and printing is the next step', async () => {
    const a = await desk.ok('intake.accept', adultIntake());
    expect(a.talon).toMatchObject({ kind: 'talon', copy: false, layout: 'a6' });
    expect(fs.existsSync(path.join(desk.dataDir, a.talon?.fileName ?? '-'))).toBe(true);
    expect(await owed()).toEqual({ talons: [], complaintTalons: [], missingLists: [] });
  });

  it('shows an accepted application whose talon could not be made until its talon is printed', async () => {
    // The documents folder cannot be written (a file stands in its place): the paper fails, the
    // application stands.
    fs.writeFileSync(path.join(desk.dataDir, 'documents'), 'not a folder');
    const a = await desk.ok('intake.accept', adultIntake());
    expect(a.talon).toBeNull();
    expect((await owed()).talons).toEqual([
      {
        applicationId: a.applicationId,
        regNumber: a.regNumber,
        applicantName: 'Қасымова Гүлнәр Әбілқызы',
        at: a.acceptedAt,
      },
    ]);
    fs.rmSync(path.join(desk.dataDir, 'documents'));
    await desk.ok('intake.printTalon', { applicationId: a.applicationId });
    expect((await owed()).talons).toEqual([]);
  });

  it('does not ask for the talon of a cancelled entry', async () => {
    fs.writeFileSync(path.join(desk.dataDir, 'documents'), 'not a folder');
    const a = await desk.ok('intake.accept', adultIntake());
    await desk.ok('applications.cancel', { id: a.applicationId, reason: 'Қате тіркелді' });
    expect((await owed()).talons).toEqual([]);
  });
});

describe('the complaint talon (§23) and the missing list (§12)', () => {
  it('shows a registered complaint until its tear-off talon is printed', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    expect((await owed()).complaintTalons).toEqual([
      {
        complaintId: c.id,
        journalNumber: c.journalNumber,
        complainantName: c.complainantName,
        at: c.registeredAt,
      },
    ]);
    await desk.ok('complaints.printTalon', { complaintId: c.id });
    expect((await owed()).complaintTalons).toEqual([]);
  });

  it('shows a turned-away visit until its list of what is missing is printed', async () => {
    const documents = fullMarks('adult').filter((d) => d.code !== 'residence');
    const away = await desk.ok('intake.turnAway', adultIntake({ documents }));
    const list = (await owed()).missingLists;
    expect(list).toEqual([
      { attemptId: away.attemptId, applicantName: 'Қасымова Гүлнәр Әбілқызы', at: expect.any(String) },
    ]);
    await desk.ok('intake.printMissingList', { attemptId: away.attemptId });
    expect((await owed()).missingLists).toEqual([]);
  });
});

describe('an office updated to migration 0015 (the papers owed found by index)', () => {
  /** The file as the version before 0015 left it: no marks, no indexes of the papers owed. */
  function asBefore0015(): void {
    desk.ctx.db.exec(`
      DROP TRIGGER printed_documents_talon_printed;
      DROP TRIGGER printed_documents_missing_list_printed;
      DROP INDEX applications_talon_owed;
      DROP INDEX intake_attempts_missing_list_owed;
      DROP INDEX applications_by_accepted_date;
      DROP INDEX applications_by_term_end;
      DROP INDEX applications_by_attempt;
      DROP INDEX application_steps_by_decision_date;
      DROP INDEX application_steps_by_hand_over_date;
      ALTER TABLE applications DROP COLUMN talon_printed;
      ALTER TABLE intake_attempts DROP COLUMN missing_list_printed;
      PRAGMA user_version = 14;
    `);
  }

  it('owes, after the update, exactly the papers never printed before it', async () => {
    const printed = await desk.ok('intake.accept', adultIntake());
    const documents = fullMarks('adult').filter((d) => d.code !== 'residence');
    const listed = await desk.ok('intake.turnAway', adultIntake({ documents }));
    await desk.ok('intake.printMissingList', { attemptId: listed.attemptId });
    // The documents folder cannot be written (a file stands in its place) while these two come.
    const folder = path.join(desk.dataDir, 'documents');
    fs.renameSync(folder, `${folder}.away`);
    fs.writeFileSync(folder, 'not a folder');
    const unprinted = await desk.ok(
      'intake.accept',
      adultIntake({ applicant: { ...ADULT, iin: iinFor('1958-06-30', 4, 4321) } }),
    );
    const unlisted = await desk.ok('intake.turnAway', adultIntake({ documents }));
    fs.rmSync(folder);
    fs.renameSync(`${folder}.away`, folder);
    asBefore0015();
    migrate(desk.ctx.db);
    const after = await owed();
    expect(after.talons.map((t) => t.applicationId)).toEqual([unprinted.applicationId]);
    expect(after.missingLists.map((m) => m.attemptId)).toEqual([unlisted.attemptId]);
    expect(printed.talon).not.toBeNull();
    // And from then on the print itself settles it.
    await desk.ok('intake.printTalon', { applicationId: unprinted.applicationId });
    await desk.ok('intake.printMissingList', { attemptId: unlisted.attemptId });
    expect(await owed()).toEqual({ talons: [], complaintTalons: [], missingLists: [] });
  });
});
