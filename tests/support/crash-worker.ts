// A desk in a child process that registers applicants (intake.accept) and attaches files
// (complaints.attach) as fast as it can until it is killed (electron/desk/sigkill.test.ts). Each
// call's answer is printed on stdout the moment it comes back — a line on stdout is the
// acknowledgement the clerk would have seen on screen, so what was printed must survive the kill.
// stdout is a pipe, which Node writes synchronously on Linux: a printed line is never lost.
// Only the two channels' handlers are loaded (the same code and the same registry as the desk's
// table), so a child starts in a fraction of the time and 200 kills fit in the test's budget.

import { createHash, randomBytes } from 'node:crypto';
import { baseHolidays } from '../../electron/calendar/office-calendar.ts';
import { attachmentHandlers } from '../../electron/complaints/attachments.ts';
import { intakeHandlers } from '../../electron/intake/handlers.ts';
import type { Handlers } from '../../electron/kernel/handler.ts';
import { createRegistry } from '../../electron/kernel/registry.ts';
import { sampleTalon } from '../../electron/print/bench.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { childContext } from './child-desk.ts';
import { adultIntake } from './people.ts';

const [dataDir, userId, complaintId] = process.argv.slice(2) as [string, string, string];
const ctx = childContext(dataDir, userId);
const desk = {
  registry: createRegistry({ ...intakeHandlers, ...attachmentHandlers } as Handlers, (e) =>
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`),
  ),
};

function someIin(): string {
  for (;;) {
    const r = randomBytes(6);
    const year = 1950 + ((r[0] as number) % 50);
    const month = 1 + ((r[1] as number) % 12);
    const day = 1 + ((r[2] as number) % 28);
    const serial = String(r.readUInt16BE(3) % 10_000).padStart(4, '0');
    const first11 = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}3${serial}`;
    const iin = completeIin(first11);
    if (iin) return iin;
  }
}

// The holiday data loads when a term is first counted (electron/kernel/lazy-module.ts): loaded
// before "ready", as in a desk that has been at work, so the kills fall on writes, not on loading.
baseHolidays(2026);
// §15: an acceptance renders its talon, and the first render parses the fonts, prepares their
// subsets and loads pdfkit and the QR code (fonts.ts). One talon before 'ready', as a desk that
// has been open a while has done: the kills fall on registrations, not on a cold start.
await sampleTalon();
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  if (i % 2 === 0) {
    const intake = adultIntake();
    const r = await desk.registry.dispatch(
      'intake.accept',
      { ...intake, applicant: { ...intake.applicant, iin: someIin() } },
      ctx,
    );
    if (r.ok) {
      const v = r.value as { applicationId: number; regNumber: string };
      process.stdout.write(`app ${v.applicationId} ${v.regNumber}\n`);
    } else process.stdout.write(`error ${JSON.stringify(r.error)}\n`);
  } else {
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      randomBytes(1 + (randomBytes(2).readUInt16BE() % 65_536)),
    ]);
    const r = await desk.registry.dispatch(
      'complaints.attach',
      {
        complaintId: Number(complaintId),
        fileName: `scan-${i}.pdf`,
        mimeType: 'application/pdf',
        contentBase64: bytes.toString('base64'),
      },
      ctx,
    );
    if (r.ok) {
      const v = r.value as { id: number };
      process.stdout.write(`file ${v.id} ${createHash('sha256').update(bytes).digest('hex')}\n`);
    } else process.stdout.write(`error ${JSON.stringify(r.error)}\n`);
  }
}
