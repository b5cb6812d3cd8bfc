// The post tab: the letters waiting for the post, what went on a day — notifications (§16) and
// answers to complaints (§23) on one register — and the register, envelopes or labels to print.

import { useEffect } from 'react';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { DateField, isDate } from '../ui/DateField.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { StatusPill } from './StatusPill.tsx';
import { useDecisionsT } from './texts.ts';

export function PostTab() {
  const { tp } = useDecisionsT();
  const desk = useDesk();
  const store = desk.decisions;
  const postDay = useDecisions((s) => s.postDay);
  const postDate = useDecisions((s) => s.postDate);
  const due = useDecisions((s) => s.due);
  const busy = useDecisions((s) => s.busy);
  const addressing = desk.session.getState().office?.letters?.addressing ?? 'window';
  const timeZone = desk.session.getState().office?.office.timeZone;
  useEffect(() => {
    void store.getState().loadPostDay(store.getState().postDate ?? undefined);
  }, [store]);
  const waiting = (due?.rows ?? []).filter((r) => r.status === 'approved' || r.status === 'refused');
  // Notifications (§16) and answers to complaints (§23) go to the post on one register.
  const sent = [
    ...(postDay?.letters ?? []).map((l) => ({ key: `l${l.letterId}`, ...l, subject: l.regNumber })),
    ...(postDay?.complaintLetters ?? []).map((c) => ({
      key: `c${c.dispatchId}`,
      ...c,
      subject: tp('post.complaintSubject', { number: c.journalNumber }),
    })),
  ];
  const kindName = (kind: string) =>
    kind === 'postal_register' || kind === 'envelopes' || kind === 'address_labels'
      ? tp(`kinds.${kind}`)
      : kind;
  return (
    <div className="post">
      <DateField
        id="post-date"
        className="post-date"
        label={tp('post.date')}
        value={postDate ?? ''}
        onChange={(date) => isDate(date) && void store.getState().loadPostDay(date)}
      />
      <section aria-labelledby="post-waiting">
        <h2 id="post-waiting">{tp('post.waiting')}</h2>
        {waiting.length ? (
          <table className="register">
            <tbody>
              {waiting.map((r) => (
                <tr key={r.applicationId}>
                  <td>{r.regNumber}</td>
                  <td>
                    {r.representativeName ?? r.applicantName}
                    {!r.letterPrinted && <div className="hint">{tp('post.letterNotPrinted')}</div>}
                  </td>
                  <td>
                    <StatusPill status={r.status} />
                  </td>
                  <td>
                    <div className="actions-cell">
                      <button
                        type="button"
                        className={r.letterPrinted ? 'quiet' : 'secondary'}
                        disabled={busy}
                        onClick={() => void store.getState().printLetterFor(r.applicationId)}
                      >
                        {tp('post.printLetter')}
                      </button>
                      <button
                        type="button"
                        className="primary"
                        disabled={busy || !r.letterPrinted}
                        onClick={() => void store.getState().markSentOnPostDay(r.applicationId)}
                      >
                        {tp('post.markSent')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="hint">{tp('post.noneWaiting')}</p>
        )}
      </section>
      <section aria-labelledby="post-sent">
        <h2 id="post-sent">
          {tp('post.sent')} {postDate && `(${formatLocalDate(postDate)})`}
        </h2>
        {sent.length ? (
          <>
            <table className="register">
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">{tp('post.outNumber')}</th>
                  <th scope="col">{tp('post.addressee')}</th>
                  <th scope="col">{tp('post.address')}</th>
                  <th scope="col">{tp('columns.regNumber')}</th>
                </tr>
              </thead>
              <tbody>
                {sent.map((l, i) => (
                  <tr key={l.key}>
                    <td>{i + 1}</td>
                    <td>{l.outNumber}</td>
                    <td>{l.addresseeName}</td>
                    <td>{l.addresseeAddress}</td>
                    <td>{l.subject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="row">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void store.getState().printPost('decisions.printPostalRegister')}
              >
                {tp('post.printRegister')}
              </button>
              {addressing === 'envelopes' && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void store.getState().printPost('decisions.printEnvelopes')}
                >
                  {tp('post.printEnvelopes')}
                </button>
              )}
              {addressing === 'labels' && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void store.getState().printPost('decisions.printAddressLabels')}
                >
                  {tp('post.printLabels')}
                </button>
              )}
            </div>
          </>
        ) : (
          <p className="hint">{tp('post.noneSent')}</p>
        )}
        {postDay && postDay.printed.length > 0 && (
          <>
            <h3>{tp('post.printed')}</h3>
            <PrintedList
              docs={postDay.printed}
              kindName={kindName}
              onOpen={(id) => void store.getState().openDocument(id)}
              timeZone={timeZone}
              showLang={false}
            />
          </>
        )}
      </section>
    </div>
  );
}
