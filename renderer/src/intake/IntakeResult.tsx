// What the visit ended with: §15 the talon with the register number and the term, big enough
// to read across the desk; or the list of what is missing, so nobody leaves without knowing.

import { useEffect, useRef } from 'react';
import { fullName } from '../../../shared/domain/applicant.ts';
import { documentName } from '../../../shared/domain/checklist.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useDesk, useIntake, useQueue } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';
import { useQueueT } from '../queue/texts.ts';
import { useAnnouncement } from '../ui/Announcer.tsx';
import { Kbd } from '../ui/Field.tsx';
import { keysOf, useShortcuts } from '../ui/shortcuts.ts';
import { printErrorText } from './messages.ts';
import { useIntakeT } from './texts.ts';

function usePrintLine(): { notice: string | null; problem: string | null } {
  const { tp, i18n } = useIntakeT();
  const printed = useIntake((s) => s.printed);
  const printError = useIntake((s) => s.printError);
  if (printError) return { notice: null, problem: printErrorText(i18n, printError) };
  if (!printed || printed.what === 'consent') return { notice: null, problem: null };
  return {
    notice: printed.how === 'sent' ? tp(`printedSent.${printed.what}`) : tp('printedShown'),
    problem: null,
  };
}

function ResultActions({
  reprintLabel,
  reprintKey,
}: {
  reprintLabel: string;
  reprintKey: 'intake.accept' | 'intake.turnAway';
}) {
  const { tp } = useIntakeT();
  const { tp: tq } = useQueueT();
  const desk = useDesk();
  const store = desk.intake;
  const nextRef = useRef<HTMLButtonElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  const { notice, problem } = usePrintLine();
  // Issue 11: while the visitor's ticket is still being served, the desk finishes it first —
  // Enter on the focused button ends the service; only then does Enter start the next visitor.
  const served = useQueue((s) => (s.board?.mine?.status === 'serving' ? s.board.mine : null));
  const busy = useQueue((s) => s.busy);
  useEffect(() => (served ? finishRef : nextRef).current?.focus(), [served]);
  useShortcuts({
    [reprintKey]: () => void store.getState().reprint(),
    'intake.clear': () => store.getState().reset(),
  });
  return (
    <>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="secondary"
          onClick={() => void store.getState().reprint()}
          aria-keyshortcuts={keysOf(reprintKey)}
        >
          {reprintLabel} <Kbd keys={keysOf(reprintKey)} />
        </button>
        {served && (
          <button
            ref={finishRef}
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void desk.queue.getState().finish()}
            aria-keyshortcuts={keysOf('queue.finish')}
          >
            {tq('bar.finishTicket', { number: served.number })} <Kbd keys={keysOf('queue.finish')} />
          </button>
        )}
        <button
          ref={nextRef}
          type="button"
          className={served ? 'secondary' : 'primary'}
          onClick={() => store.getState().reset()}
          aria-keyshortcuts={keysOf('intake.clear')}
        >
          {tp('next')} <Kbd keys={keysOf('intake.clear')} />
        </button>
      </div>
    </>
  );
}

export function AcceptedPanel() {
  const { tp } = useIntakeT();
  const accepted = useIntake((s) => s.accepted);
  const applicant = useIntake((s) => s.applicant);
  // Issue 13: the focus goes to the next step; the result itself is said aloud.
  useAnnouncement(
    accepted
      ? `${tp('acceptedTitle')}: ${tp('regNumber')} ${accepted.regNumber}, ${tp('termUntil')} ${formatLocalDate(accepted.termEnd)}`
      : null,
  );
  if (!accepted) return null;
  return (
    <section className="result result-accepted" aria-labelledby="result-title">
      <h1 id="result-title">{tp('acceptedTitle')}</h1>
      <p className="result-person">{fullName(applicant)}</p>
      <dl className="result-facts">
        <div>
          <dt>{tp('regNumber')}</dt>
          <dd className="big-number" data-testid="reg-number">
            {accepted.regNumber}
          </dd>
        </div>
        <div>
          <dt>{tp('termUntil')}</dt>
          <dd className="big-number" data-testid="term-end">
            {formatLocalDate(accepted.termEnd)}
          </dd>
        </div>
        <div>
          <dt>{tp('acceptedOn')}</dt>
          <dd>{formatLocalDate(accepted.acceptedDate)}</dd>
        </div>
      </dl>
      <ResultActions reprintLabel={tp('reprintTalon')} reprintKey="intake.accept" />
    </section>
  );
}

export function TurnedAwayPanel() {
  const { tp, i18n } = useIntakeT();
  const away = useIntake((s) => s.turnedAway);
  const category = useIntake((s) => s.category);
  const today = useIntake((s) => s.today) ?? '9999-12-31';
  if (!away) return null;
  const def = definitionFor(today);
  const lang = currentLang(i18n);
  return (
    <section className="result result-away" aria-labelledby="result-title">
      <h1 id="result-title">{tp('turnedAwayTitle')}</h1>
      <p>{tp('turnedAwayExplain')}</p>
      <h2 id="missing-title">{tp('missingList')}</h2>
      <ul className="missing-list" aria-labelledby="missing-title">
        {away.missing.map((code) => {
          const d = def.documents.find((x) => x.code === code);
          return <li key={code}>{d ? `№ ${d.item} ${documentName(d, category, lang)}` : code}</li>;
        })}
      </ul>
      <ResultActions reprintLabel={tp('reprintMissing')} reprintKey="intake.turnAway" />
    </section>
  );
}
