// One application in full: the people, the §12 marks as accepted, the printed documents.

import { useEffect, useRef } from 'react';
import type { Person as PersonRecord } from '../../../shared/contract/common.ts';
import { fullName } from '../../../shared/domain/applicant.ts';
import { documentName } from '../../../shared/domain/checklist.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { definitionByVersion } from '../../../shared/standard/service-definition.ts';
import { DecisionPanel } from '../decisions/DecisionPanel.tsx';
import { useApplications, useDesk } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { useIntakeT } from '../intake/texts.ts';
import { QueueVisits } from '../queue/QueueVisits.tsx';
import { Notice } from '../ui/Announcer.tsx';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { officeDate } from '../ui/dates.ts';
import { TopErrors } from '../ui/Field.tsx';
import { HoursExceptionLine } from '../ui/HoursException.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { useApplicationsT } from './texts.ts';

function Person({ p, extra }: { p: PersonRecord; extra?: string }) {
  const { tp } = useApplicationsT();
  const { tp: tc } = useCommonT();
  return (
    <div className="person">
      <div className="person-name">{fullName(p)}</div>
      <div className="hint">
        {p.iin} · {tp('born', { date: formatLocalDate(p.birthDate) })} · {tc(`sex.${p.sex}`)}
      </div>
      <div>{p.address}</div>
      {p.phone && <div>{p.phone}</div>}
      {extra && <div>{extra}</div>}
    </div>
  );
}

export function ApplicationDetailView() {
  const { tp, i18n } = useApplicationsT();
  const { tp: tc } = useCommonT();
  const { tp: ti } = useIntakeT();
  const { tp: tf } = useFieldsT();
  const desk = useDesk();
  const store = desk.applications;
  const detail = useApplications((s) => s.detail);
  const printed = useApplications((s) => s.printed);
  const notice = useApplications((s) => s.notice);
  const error = useApplications((s) => s.error);
  const backRef = useRef<HTMLButtonElement>(null);
  const lang = currentLang(i18n);
  const timeZone = desk.session.getState().office?.office.timeZone;

  useEffect(() => backRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') store.getState().close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  if (!detail) return null;
  const def = definitionByVersion(detail.standardVersion);
  const nameOf = (code: string) => {
    const d = def?.documents.find((x) => x.code === code);
    return d ? documentName(d, detail.category, lang) : code;
  };
  const rep = detail.representative;

  return (
    <section className="application-detail" aria-labelledby="detail-title">
      <div className="screen-head">
        <button ref={backRef} type="button" className="quiet" onClick={() => store.getState().close()}>
          ← {tp('back')}
        </button>
        <h1 id="detail-title">{tp('detailTitle', { regNumber: detail.regNumber })}</h1>
      </div>
      <TopErrors messages={error ? describeError(i18n, error).map((p) => p.text) : []} />
      <dl className="facts">
        <div>
          <dt>{tp('category')}</dt>
          <dd>{tc(`category.${detail.category}`)}</dd>
        </div>
        <div>
          <dt>{tp('accepted')}</dt>
          <dd>{officeDate(detail.acceptedAt, timeZone)}</dd>
        </div>
        <div>
          <dt>{tp('term')}</dt>
          <dd>
            {formatLocalDate(detail.termEnd)} · <DaysLeft term={detail} status={detail.status} />
          </dd>
        </div>
        <div>
          <dt>{tp('status')}</dt>
          <dd>{tp(`statuses.${detail.status as 'accepted'}`)}</dd>
        </div>
        <div>
          <dt>{tp('acceptedBy')}</dt>
          <dd>{detail.acceptedBy}</dd>
        </div>
        <div>
          <dt>{tp('standardVersion')}</dt>
          <dd>{detail.standardVersion}</dd>
        </div>
      </dl>
      {detail.cancelledAt && (
        <p className="warning">
          {tp('cancelledBecause', {
            date: officeDate(detail.cancelledAt, timeZone),
            reason: detail.cancelReason ?? '',
          })}
        </p>
      )}
      <HoursExceptionLine reason={detail.hoursException} />
      {/* §5, §16, §17: the path after the talon, and the steps the signed-in user may take. */}
      <DecisionPanel applicationId={detail.id} onChanged={() => void store.getState().open(detail.id)} />
      <div className="detail-columns">
        <section className="panel" aria-labelledby="people-title">
          <h2 id="people-title">{tp('people')}</h2>
          <h3>{ti('applicant')}</h3>
          <Person p={detail.applicant} />
          {/* Issue 13: the applicant's wish, kept for every later talon and letter. */}
          <div className="check">
            <input
              id="applicant-large-print"
              type="checkbox"
              checked={detail.applicant.largePrint}
              onChange={(e) => void store.getState().setLargePrint(e.target.checked)}
            />
            <label htmlFor="applicant-large-print">{tp('largePrint')}</label>
          </div>
          {rep && (
            <>
              <h3>{tf('representative._')}</h3>
              <Person p={rep} extra={`${tc(`relation.${rep.relation}`)} · ${rep.authorityDocument}`} />
            </>
          )}
          {/* §7.2, §7.3: the queue visits behind the application, their waits and service times. */}
          <QueueVisits applicationId={detail.id} />
        </section>
        <section className="panel" aria-labelledby="docs-title">
          <h2 id="docs-title">{tp('documents')}</h2>
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">{ti('item')}</th>
                <th scope="col">{ti('document')}</th>
                <th scope="col">{ti('original')}</th>
                <th scope="col">{ti('copy')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.documents.map((d) => (
                <tr key={d.code}>
                  <td>{d.item}</td>
                  <th scope="row">{nameOf(d.code)}</th>
                  <td>{d.originalSeenReturned ? '✓' : '—'}</td>
                  <td>{d.copyReceived ? '✓' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section className="panel" aria-labelledby="printed-title">
        <div className="section-head">
          <h2 id="printed-title">{tp('printed')}</h2>
          {detail.status !== 'cancelled' && (
            <div className="row">
              <button
                type="button"
                className="secondary"
                onClick={() => void store.getState().reprintTalon()}
              >
                {tp('reprintTalon')}
              </button>
              {/* The clerk's choice for this one paper: the other size than the applicant's wish. */}
              <button
                type="button"
                className="quiet"
                onClick={() => void store.getState().reprintTalon(!detail.applicant.largePrint)}
              >
                {detail.applicant.largePrint ? tp('reprintStandard') : tp('reprintLarge')}
              </button>
            </div>
          )}
        </div>
        <Notice
          as="p"
          text={notice ? (notice === 'talon_sent' ? ti('printedSent.talon') : ti('printedShown')) : null}
        />
        {printed.length ? (
          <PrintedList
            docs={printed}
            kindName={(kind) => (kind in KIND_KEYS ? tp(KIND_KEYS[kind as keyof typeof KIND_KEYS]) : kind)}
            onOpen={(id) => void store.getState().openDocument(id)}
            timeZone={timeZone}
          />
        ) : (
          <p className="hint">{tp('noPrinted')}</p>
        )}
      </section>
    </section>
  );
}

const KIND_KEYS = {
  talon: 'kinds.talon',
  missing_list: 'kinds.missing_list',
  consent_form: 'kinds.consent_form',
  notification: 'kinds.notification',
} as const;
