// What the visit ended with: §15 the talon with the register number and the term, big enough
// to read across the desk; or the list of what is missing, so nobody leaves without knowing.

import { useEffect, useRef } from 'react';
import { fullName } from '../../../shared/contract/common.ts';
import { documentName } from '../../../shared/domain/checklist.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useDesk, useIntake } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';
import { Kbd } from '../ui/Field.tsx';
import { useAccelerators } from '../ui/keyboard.ts';
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

function ResultActions({ reprintLabel, reprintKey }: { reprintLabel: string; reprintKey: '7' | '8' }) {
  const { tp } = useIntakeT();
  const store = useDesk().intake;
  const nextRef = useRef<HTMLButtonElement>(null);
  const { notice, problem } = usePrintLine();
  // Enter on the focused button starts the next visitor.
  useEffect(() => nextRef.current?.focus(), []);
  useAccelerators({
    [reprintKey]: () => void store.getState().reprint(),
    '9': () => store.getState().reset(),
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
          aria-keyshortcuts={`Alt+${reprintKey}`}
        >
          {reprintLabel} <Kbd keys={`Alt+${reprintKey}`} />
        </button>
        <button
          ref={nextRef}
          type="button"
          className="primary"
          onClick={() => store.getState().reset()}
          aria-keyshortcuts="Alt+9"
        >
          {tp('next')} <Kbd keys="Alt+9" />
        </button>
      </div>
    </>
  );
}

export function AcceptedPanel() {
  const { tp } = useIntakeT();
  const accepted = useIntake((s) => s.accepted);
  const applicant = useIntake((s) => s.applicant);
  if (!accepted) return null;
  return (
    <section className="result result-accepted" aria-labelledby="result-title">
      <h2 id="result-title">{tp('acceptedTitle')}</h2>
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
      <ResultActions reprintLabel={tp('reprintTalon')} reprintKey="7" />
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
      <h2 id="result-title">{tp('turnedAwayTitle')}</h2>
      <p>{tp('turnedAwayExplain')}</p>
      <h3 id="missing-title">{tp('missingList')}</h3>
      <ul className="missing-list" aria-labelledby="missing-title">
        {away.missing.map((code) => {
          const d = def.documents.find((x) => x.code === code);
          return <li key={code}>{d ? `№ ${d.item} ${documentName(d, category, lang)}` : code}</li>;
        })}
      </ul>
      <ResultActions reprintLabel={tp('reprintMissing')} reprintKey="8" />
    </section>
  );
}
