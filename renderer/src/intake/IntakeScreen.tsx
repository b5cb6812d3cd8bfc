import { useEffect } from 'react';
import { useDesk, useIntake } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { TopErrors } from '../ui/Field.tsx';
import { lazyPart } from '../ui/lazy-place.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { AcceptedPanel, TurnedAwayPanel } from './IntakeResult.tsx';
import { UnprintedPapers } from './UnprintedPapers.tsx';

// Alerts of other places on the start screen, with those places' code and texts (issue 12).
const OverdueBanner = lazyPart(() => import('../decisions/OverdueBanner.tsx').then((m) => m.OverdueBanner));
const BackupWarning = lazyPart(() => import('../settings/BackupWarning.tsx').then((m) => m.BackupWarning));

export function IntakeScreen() {
  const { tp: tc, i18n } = useCommonT();
  const store = useDesk().intake;
  const phase = useIntake((s) => s.phase);
  const today = useIntake((s) => s.today);
  const error = useIntake((s) => s.error);

  // The office's today and the §7 term are asked afresh each time the desk opens.
  useEffect(() => {
    void store.getState().prepare();
  }, [store]);

  if (phase === 'accepted') return <AcceptedPanel />;
  if (phase === 'turned_away') return <TurnedAwayPanel />;
  if (!today) {
    return error ? (
      <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />
    ) : (
      <p role="status">{tc('loading')}</p>
    );
  }
  return (
    <>
      {/* §7.1: overdue applications are the first thing the clerk sees at the desk. */}
      <OverdueBanner />
      {/* Issue 9: backups older than a day, or their folder missing — said to everyone. */}
      <BackupWarning />
      {/* §15, §23: a talon, a complaint talon or a missing list promised and never printed. */}
      <UnprintedPapers />
      <IntakeForm />
    </>
  );
}
