// Issuing a ticket (§10: order of arrival, no booking, no priority): two buttons, one per
// purpose. The ticket goes to the receipt printer, or — with no receipt printer set — stays
// on the screen in large type for the visitor to read off.

import { useTranslation } from 'react-i18next';
import type { Purpose } from '../../../shared/domain/queue.ts';
import { PURPOSE_LETTER, PURPOSES } from '../../../shared/domain/queue.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { officeTime } from '../ui/dates.ts';
import { Kbd } from '../ui/Field.tsx';
import { useAccelerators } from '../ui/keyboard.ts';

const KEYS: Record<Purpose, '7' | '8'> = { hand_in: '7', collect: '8' };

function IssuedTicketCard({ timeZone }: { timeZone: string | undefined }) {
  const { t } = useTranslation();
  const store = useDesk().queue;
  const issued = useQueue((s) => s.issued);
  const how = useQueue((s) => s.issuedHow);
  if (!issued) return null;
  const e = issued.estimate;
  return (
    <div
      className={`issued-ticket${how === 'on_screen' ? ' on-screen' : ''}`}
      role="status"
      aria-live="polite"
    >
      <div className="hint">{t('queue.issued.title')}</div>
      <div className="issued-number" data-testid="issued-number">
        {issued.number}
      </div>
      <div className="issued-purpose">{t(`queue.purposes.${issued.purpose}`)}</div>
      <ul className="issued-facts">
        <li>{t('queue.issued.at', { time: officeTime(issued.issuedAt, timeZone) })}</li>
        <li>{t('queue.issued.ahead', { count: issued.ahead })}</li>
        <li>
          <strong>
            {t('queue.issued.estimate', { minutes: e.minutes, time: officeTime(e.expectedAt, timeZone) })}
          </strong>{' '}
          <span className="hint">({t(`queue.issued.basis_${e.basis}`)})</span>
        </li>
      </ul>
      {e.afterClosing && <p className="warning">{t('queue.issued.afterClosing')}</p>}
      {how && (
        <p className={how === 'on_screen' ? 'warning' : 'notice'}>
          {t(`queue.issued.${how === 'on_screen' ? 'onScreen' : how}`)}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void store.getState().printIssued()}>
          {t('queue.issued.print')}
        </button>
        <button type="button" className="quiet" onClick={() => store.getState().dismissIssued()}>
          {t('queue.issued.dismiss')}
        </button>
      </div>
    </div>
  );
}

export function IssuePanel({ timeZone }: { timeZone: string | undefined }) {
  const { t } = useTranslation();
  const store = useDesk().queue;
  const busy = useQueue((s) => s.busy);
  const board = useQueue((s) => s.board);
  const open = board !== null && (board.phase === 'open' || board.phase === 'lunch') && !board.dayClosed;
  useAccelerators({
    '7': () => open && !busy && void store.getState().issue('hand_in'),
    '8': () => open && !busy && void store.getState().issue('collect'),
  });
  return (
    <section className="panel issue" aria-labelledby="issue-title">
      <h3 id="issue-title">{t('queue.issue.title')}</h3>
      <div className="issue-buttons">
        {PURPOSES.map((p) => (
          <button
            key={p}
            type="button"
            className="big issue-button"
            disabled={!open || busy}
            onClick={() => void store.getState().issue(p)}
            aria-keyshortcuts={`Alt+${KEYS[p]}`}
          >
            <span className="issue-letter">{PURPOSE_LETTER[p]}</span> {t(`queue.purposes.${p}`)}{' '}
            <Kbd keys={`Alt+${KEYS[p]}`} />
          </button>
        ))}
      </div>
      <p className="hint">{t('queue.issue.hint')}</p>
      <IssuedTicketCard timeZone={timeZone} />
    </section>
  );
}
