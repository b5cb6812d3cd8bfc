// §15, §23: a talon never printed is a broken promise. On the start screen, every paper owed —
// the talon of an accepted application, the tear-off talon of a registered complaint, the list
// of what is missing for a turned-away visit — with a button that prints it; once printed it
// leaves the list (the main side's print log says so: documents.unprinted).

import { useEffect } from 'react';
import { useDesk, useIntake, useSession } from '../desk.tsx';
import type { OwedPaper } from '../stores/intake.ts';
import { officeDate } from '../ui/dates.ts';
import { useIntakeT } from './texts.ts';
import './unprinted.css';

interface Owed {
  key: string;
  text: string;
  paper: OwedPaper;
}

export function UnprintedPapers() {
  const { tp } = useIntakeT();
  const store = useDesk().intake;
  const unprinted = useIntake((s) => s.unprinted);
  const timeZone = useSession((s) => s.office?.office.timeZone);

  // Asked each time the start screen opens.
  useEffect(() => {
    void store.getState().loadUnprinted();
  }, [store]);

  if (!unprinted) return null;
  const date = (at: string) => officeDate(at, timeZone);
  const owed: Owed[] = [
    ...unprinted.talons.map((t) => ({
      key: `talon-${t.applicationId}`,
      text: tp('unprinted.talon', { regNumber: t.regNumber, name: t.applicantName, date: date(t.at) }),
      paper: { what: 'talon' as const, applicationId: t.applicationId },
    })),
    ...unprinted.complaintTalons.map((c) => ({
      key: `complaint-${c.complaintId}`,
      text: tp('unprinted.complaintTalon', {
        journalNumber: c.journalNumber,
        name: c.complainantName,
        date: date(c.at),
      }),
      paper: { what: 'complaintTalon' as const, complaintId: c.complaintId },
    })),
    ...unprinted.missingLists.map((m) => ({
      key: `missing-${m.attemptId}`,
      text: tp('unprinted.missing', { name: m.applicantName, date: date(m.at) }),
      paper: { what: 'missing' as const, attemptId: m.attemptId },
    })),
  ];
  if (!owed.length) return null;
  return (
    // A few are listed open; a long list stays folded under its count, so the form stays in view.
    <details className="unprinted" open={owed.length <= 3} data-testid="unprinted">
      <summary>{tp('unprinted.title', { count: owed.length })}</summary>
      <ul>
        {owed.map((o) => (
          <li key={o.key}>
            <span>{o.text}</span>
            <button
              type="button"
              className="secondary"
              onClick={() => void store.getState().printOwed(o.paper)}
            >
              {tp('unprinted.print')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
