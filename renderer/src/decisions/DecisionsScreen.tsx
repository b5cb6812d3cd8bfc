// The decisions place: the due list by days left to the §7.1 term, the in-person handover
// (§16: only when the consumer comes) with the talon's QR code read by the scanner, and the
// day's post with its register, envelopes or labels.

import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { DueRow } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { describeError } from '../i18n/errors.ts';
import type { DecisionsTab } from '../stores/decisions.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { TopErrors } from '../ui/Field.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { DecisionPanel, StatusPill } from './DecisionPanel.tsx';
import { useDecisionsT } from './texts.ts';
import './decisions.css';

const TABS: readonly DecisionsTab[] = ['due', 'handover', 'post'];
const GROUPS = ['overdue', 'today', 'tomorrow', 'this_week', 'later'] as const;

function DaysLeftCell({ row }: { row: DueRow }) {
  const { tp } = useDecisionsT();
  return (
    <>
      <DaysLeft term={row} />
      {row.termState !== 'overdue' && (
        <div className="hint">{tp('workingDays', { count: row.workingDaysLeft })}</div>
      )}
    </>
  );
}

/** The open application's panel, with the way back to where it was opened from. */
function OpenFile({ applicationId }: { applicationId: number }) {
  const { tp } = useDecisionsT();
  const desk = useDesk();
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  const full = () => {
    void desk.applications.getState().open(applicationId);
    desk.session.getState().go('applications');
  };
  return (
    <div className="open-file">
      <div className="row">
        <button
          ref={backRef}
          type="button"
          className="quiet"
          onClick={() => desk.decisions.getState().closeFile()}
        >
          ← {tp('backToList')}
        </button>
        <button type="button" className="quiet" onClick={full}>
          {tp('openApplication')}
        </button>
      </div>
      <DecisionPanel applicationId={applicationId} />
    </div>
  );
}

function DueView() {
  const { t, tp } = useDecisionsT();
  const store = useDesk().decisions;
  const due = useDecisions((s) => s.due);
  const file = useDecisions((s) => s.file);
  useEffect(() => {
    void store.getState().loadDue();
  }, [store]);
  if (file) return <OpenFile applicationId={file.applicationId} />;
  if (!due) return <p role="status">{t('common.loading')}</p>;
  if (!due.rows.length) return <p className="notice">{tp('nothingDue')}</p>;
  return (
    <div className="due-groups">
      {GROUPS.map((g) => {
        const rows = due.rows.filter((r) => r.termState === g);
        if (!rows.length) return null;
        return (
          <section key={g} className={`due-group due-${g}`} aria-labelledby={`due-${g}`}>
            <h3 id={`due-${g}`}>
              {tp(`groups.${g}`)} <span className="count">{rows.length}</span>
            </h3>
            <table className="register">
              <thead>
                <tr>
                  <th scope="col">{tp('columns.regNumber')}</th>
                  <th scope="col">{tp('columns.applicant')}</th>
                  <th scope="col">{tp('columns.status')}</th>
                  <th scope="col">{tp('columns.term')}</th>
                  <th scope="col">{tp('columns.left')}</th>
                  <th scope="col">{tp('columns.next')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.applicationId} onClick={() => void store.getState().openFile(r.applicationId)}>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={(e) => {
                          e.stopPropagation();
                          void store.getState().openFile(r.applicationId);
                        }}
                      >
                        {r.regNumber}
                      </button>
                    </td>
                    <td>
                      <div>{r.applicantName}</div>
                      {r.representativeName && (
                        <div className="hint">
                          {t('applications.representative', { name: r.representativeName })}
                        </div>
                      )}
                    </td>
                    <td>
                      <StatusPill status={r.status} />
                    </td>
                    <td>{formatLocalDate(r.termEnd)}</td>
                    <td>
                      <DaysLeftCell row={r} />
                    </td>
                    <td>
                      {r.letterPrinted ? tp('next.letterPrinted') : tp(`next.${r.status as 'accepted'}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

function HandoverView() {
  const { t, tp } = useDecisionsT();
  const store = useDesk().decisions;
  const query = useDecisions((s) => s.query);
  const results = useDecisions((s) => s.results);
  const searched = useDecisions((s) => s.searched);
  const file = useDecisions((s) => s.file);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!file) inputRef.current?.focus();
  }, [file]);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // The scanner ends the number with Enter, as a person would.
    if (e.key === 'Enter') {
      e.preventDefault();
      void store.getState().search();
    }
  };
  return (
    <div className="handover">
      <div className="field search-field">
        <label htmlFor="handover-search">{tp('handover.search')}</label>
        <input
          id="handover-search"
          ref={inputRef}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="handover-hint"
          onChange={(e) => store.getState().setQuery(e.target.value)}
          onKeyDown={onKey}
        />
        <div id="handover-hint" className="hint">
          {tp('handover.hint')}
        </div>
      </div>
      {file ? (
        <OpenFile applicationId={file.applicationId} />
      ) : (
        searched !== null && (
          <>
            <p className="hint" role="status">
              {results.length ? tp('handover.found', { count: results.length }) : tp('handover.nothing')}
            </p>
            {results.length > 0 && (
              <ul className="found-list">
                {results.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void store.getState().openFile(r.id)}
                    >
                      {r.regNumber}
                    </button>{' '}
                    {r.applicantName}
                    {r.representativeName &&
                      ` · ${t('applications.representative', { name: r.representativeName })}`}{' '}
                    <StatusPill status={r.status as DueRow['status']} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}

function PostView() {
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
      <div className="field post-date">
        <label htmlFor="post-date">{tp('post.date')}</label>
        <input
          id="post-date"
          type="date"
          value={postDate ?? ''}
          max={due?.today}
          onChange={(e) => e.target.value && void store.getState().loadPostDay(e.target.value)}
        />
      </div>
      <section aria-labelledby="post-waiting">
        <h3 id="post-waiting">{tp('post.waiting')}</h3>
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
        <h3 id="post-sent">
          {tp('post.sent')} {postDate && `(${formatLocalDate(postDate)})`}
        </h3>
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
            <h4>{tp('post.printed')}</h4>
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

export function DecisionsScreen() {
  const { tp, i18n } = useDecisionsT();
  const store = useDesk().decisions;
  const tab = useDecisions((s) => s.tab);
  const error = useDecisions((s) => s.error);
  const notice = useDecisions((s) => s.notice);
  const file = useDecisions((s) => s.file);
  // A panel left open in an application's detail is not what this place opens on; a visitor
  // sent from the queue to collect the result (§7.3) is.
  useEffect(() => {
    if (store.getState().handoverTicketId === null) store.getState().closeFile();
  }, [store]);
  return (
    <section className="decisions" aria-labelledby="decisions-title">
      <div className="screen-head">
        <h2 id="decisions-title">{tp('title')}</h2>
      </div>
      <div className="tabs" role="tablist" aria-label={tp('title')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`panel-${x}`}
            className="tab"
            onClick={() => store.getState().setTab(x)}
          >
            {tp(`tabs.${x}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {/* The panel shows its own errors and notices next to its forms. */}
        {!file && error && <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />}
        {!file && notice && (
          <p className="notice" role="status">
            {notice === 'printed'
              ? tp('notice.printed')
              : notice === 'shown'
                ? tp('notice.shown')
                : tp('panel.saved')}
          </p>
        )}
        {tab === 'due' && <DueView />}
        {tab === 'handover' && <HandoverView />}
        {tab === 'post' && <PostView />}
      </div>
    </section>
  );
}
