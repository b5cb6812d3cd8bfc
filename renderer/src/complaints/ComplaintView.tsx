// One complaint in full: what came, when and from whom, the term and the days left, the tear-off
// talon, the attachments, the outcome (head and deputy), the answer letter and its dispatch, a
// court note, and cancelling a mistaken entry.

import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { Notice } from '../ui/Announcer.tsx';
import { DateField } from '../ui/DateField.tsx';
import { officeDate, officeDateTime } from '../ui/dates.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { HoursExceptionLine } from '../ui/HoursException.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { Attachments } from './Attachments.tsx';
import { ReviewDaysLeft, StateMark } from './Journal.tsx';
import { Answer } from './Outcome.tsx';
import { useComplaintsT } from './texts.ts';

const DETAIL_SHOWN = ['courtDate', 'courtNote', 'reason'];

function CourtAndCancel() {
  const { tp, i18n } = useComplaintsT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const error = useStore(store, (s) => s.error);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  const [court, setCourt] = useState({ date: '', note: '' });
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  if (!detail) return null;
  const placed = error ? describeError(i18n, error) : [];
  const active = detail.state !== 'cancelled';

  return (
    <>
      <section className="panel" aria-labelledby="court-title">
        <h2 id="court-title">{tp('court.title')}</h2>
        {detail.court ? (
          <p>{tp('court.noted', { date: formatLocalDate(detail.court.date), note: detail.court.note })}</p>
        ) : (
          active && (
            <form
              className="inline-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void store.getState().noteCourt(court.date, court.note);
              }}
            >
              <DateField
                id="court-date"
                label={tf('courtDate')}
                value={court.date}
                onChange={(v) => setCourt({ ...court, date: v })}
                errors={messagesAt(placed, 'courtDate')}
              />
              <TextField
                id="court-note"
                label={tf('courtNote')}
                value={court.note}
                onChange={(v) => setCourt({ ...court, note: v })}
                errors={messagesAt(placed, 'courtNote')}
                maxLength={500}
              />
              <button type="submit" className="secondary">
                {tp('court.save')}
              </button>
            </form>
          )
        )}
      </section>
      {detail.cancelledAt ? (
        <p className="warning">
          {tp('cancel.cancelled', {
            date: officeDate(detail.cancelledAt, timeZone),
            reason: detail.cancelReason ?? '',
          })}
        </p>
      ) : (
        !detail.outcome && (
          <section className="panel" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{tp('cancel.title')}</h2>
            <p className="hint">{tp('cancel.explain')}</p>
            {cancelling ? (
              <form
                className="inline-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void store.getState().cancel(reason);
                }}
              >
                <TextField
                  id="cancel-reason"
                  label={tf('reason')}
                  value={reason}
                  onChange={setReason}
                  errors={messagesAt(placed, 'reason')}
                  maxLength={500}
                />
                <button type="submit" className="warn">
                  {tp('cancel.confirm')}
                </button>
                <button type="button" className="quiet" onClick={() => setCancelling(false)}>
                  {tc('cancel')}
                </button>
              </form>
            ) : (
              <button type="button" className="quiet" onClick={() => setCancelling(true)}>
                {tp('cancel.open')}
              </button>
            )}
          </section>
        )
      )}
    </>
  );
}

function Printed() {
  const { tp } = useComplaintsT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  if (!detail) return null;
  return (
    <section className="panel" aria-labelledby="complaint-printed-title">
      <h2 id="complaint-printed-title">{tp('detail.printed')}</h2>
      {detail.printed.length ? (
        <PrintedList
          docs={detail.printed}
          kindName={(kind) =>
            kind === 'complaint_talon' || kind === 'complaint_answer' ? tp(`detail.kinds.${kind}`) : kind
          }
          onOpen={(id) => void store.getState().openDocument(id)}
          timeZone={timeZone}
        />
      ) : (
        <p className="hint">{tp('detail.noPrinted')}</p>
      )}
    </section>
  );
}

export function ComplaintView() {
  const { tp, i18n } = useComplaintsT();
  const desk = useDesk();
  const store = desk.complaints;
  const detail = useStore(store, (s) => s.detail);
  const notice = useStore(store, (s) => s.notice);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const office = useSession((s) => s.office);
  const timeZone = office?.office.timeZone;
  const backRef = useRef<HTMLButtonElement>(null);
  const [talonLang, setTalonLang] = useState<Lang | null>(null);

  useEffect(() => backRef.current?.focus(), []);
  if (!detail) return null;
  const lang = currentLang(i18n);
  const placed = error ? describeError(i18n, error) : [];
  const c = detail.complainant;
  const documentLang = talonLang ?? detail.language;

  return (
    <section className="complaints" aria-labelledby="complaint-title">
      <div className="screen-head">
        <button
          ref={backRef}
          type="button"
          className="quiet"
          onClick={() => void store.getState().showJournal()}
        >
          ← {tp('back')}
        </button>
        <h1 id="complaint-title">{tp('detail.title', { number: detail.journalNumber })}</h1>
        <StateMark state={detail.state} />
      </div>
      <TopErrors
        messages={messagesAtTop(placed, [
          ...DETAIL_SHOWN,
          'justified',
          'satisfied',
          'actionTaken',
          'answerText',
          'answerDate',
          'answerChannel',
          'outgoingNumber',
          'dispatchDate',
          'dispatchAddress',
          'attachments',
        ])}
      />
      <Notice as="p" text={notice ? tp(`notices.${notice}`) : null} />
      <div className="complaint-columns">
        <div>
          <div className="panel">
            <dl className="facts">
              <div>
                <dt>{tp('detail.received')}</dt>
                <dd data-testid="complaint-received">{officeDateTime(detail.receivedAt, timeZone)}</dd>
              </div>
              <div>
                <dt>{tp('detail.channel')}</dt>
                <dd>{tp(`channels.${detail.channel}`)}</dd>
              </div>
              <div>
                <dt>{tp('detail.addressee')}</dt>
                <dd>{office?.contacts[detail.addressee].title[lang] ?? detail.addressee}</dd>
              </div>
              <div>
                <dt>{tp('detail.term')}</dt>
                <dd data-testid="complaint-term">
                  {formatLocalDate(detail.termEnd)} · <ReviewDaysLeft row={detail} />
                </dd>
              </div>
              <div>
                <dt>{tp('detail.registeredBy')}</dt>
                <dd>
                  {detail.registeredBy}, {officeDateTime(detail.registeredAt, timeZone)}
                </dd>
              </div>
            </dl>
            <HoursExceptionLine reason={detail.hoursException} />
            <h3>{tp('detail.complainant')}</h3>
            <div className="person">
              <div className="person-name">{c.name}</div>
              {c.iin && <div className="hint">{c.iin}</div>}
              {c.address && <div>{c.address}</div>}
              {c.email && <div>{c.email}</div>}
              {c.phone && <div>{c.phone}</div>}
            </div>
            {(detail.application || detail.employee) && (
              <>
                <h3>{tp('detail.concerns')}</h3>
                {detail.application && (
                  <div>
                    {tp('detail.application', {
                      number: detail.application.regNumber,
                      name: detail.application.applicantName,
                    })}
                  </div>
                )}
                {detail.employee && (
                  <div>
                    {tp('detail.employee')}: {detail.employee}
                  </div>
                )}
              </>
            )}
            <h3>{tp('detail.summary')}</h3>
            <p className="complaint-summary">{detail.summary}</p>
            {detail.state !== 'cancelled' && (
              <div className="row">
                <select
                  aria-label={tp('documentLanguage')}
                  value={documentLang}
                  onChange={(e) => setTalonLang(e.target.value as Lang)}
                >
                  <LanguageOptions />
                </select>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void store.getState().printTalon(documentLang)}
                >
                  {tp('detail.printTalon')}
                </button>
              </div>
            )}
          </div>
          <Attachments />
          <Printed />
        </div>
        <div>
          <Answer documentLang={documentLang} />
          <CourtAndCancel />
        </div>
      </div>
    </section>
  );
}
