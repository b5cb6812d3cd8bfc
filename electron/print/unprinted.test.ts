// §15, §23: a paper promised is a paper printed. The talon comes with the acceptance; whatever
// was promised and never printed is on the start screen's list (documents.unprinted) until it is.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake, fullMarks } from '../../tests/support/people.ts';

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
