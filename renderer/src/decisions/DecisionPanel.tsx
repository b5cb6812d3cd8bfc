// One application after the talon: where it stands against the §7.1 term, the decision and its
// letter, the next steps the signed-in user may take (the state machine decides which), and
// the whole history — corrections shown beside the steps they voided, never instead of them.

import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionFile, Step } from '../../../shared/contract/decisions.ts';
import type { Move } from '../../../shared/domain/application-states.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { describeError, messagesAt, messagesAtTop, type Placed } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { officeDateTime } from '../ui/dates.ts';
import { FieldMessages, TextField, TopErrors } from '../ui/Field.tsx';
import './decisions.css';

const FORM_FIELDS = [
  'orderNumber',
  'orderDate',
  'servicesFrom',
  'socialWorker',
  'serviceUnit',
  'ground',
  'explanation',
  'reason',
  'sentDate',
  'receivedBy',
];

export function StatusPill({ status }: { status: DecisionFile['status'] }) {
  const { t } = useTranslation();
  return <span className={`status-pill status-${status}`}>{t(`applications.statuses.${status}`)}</span>;
}

function TermLine({ file }: { file: DecisionFile }) {
  const { t } = useTranslation();
  const term = t('decisions.panel.term', { date: formatLocalDate(file.termEnd) });
  if (file.servedInTerm !== null) {
    return (
      <span>
        {term} ·{' '}
        <span className={`days-left ${file.servedInTerm ? 'term-ok' : 'term-overdue'}`}>
          {file.servedInTerm ? t('decisions.panel.servedInTerm') : t('decisions.panel.notServedInTerm')}
        </span>
      </span>
    );
  }
  if (file.status === 'cancelled') return <span>{term}</span>;
  const left =
    file.termState === 'overdue'
      ? t('applications.left.overdue', { count: -file.daysLeft })
      : file.termState === 'today'
        ? t('applications.left.today')
        : file.termState === 'tomorrow'
          ? t('applications.left.tomorrow')
          : t('applications.left.days', { count: file.daysLeft });
  return (
    <span>
      {term} · <span className={`days-left term-${file.termState}`}>{left}</span>
    </span>
  );
}

function stepDetails(step: Step, file: DecisionFile, lang: Lang, t: TFunction): string[] {
  const out: string[] = [];
  if (step.basisNumber && step.basisDate) {
    out.push(
      t('decisions.details.basis', { number: step.basisNumber, date: formatLocalDate(step.basisDate) }),
    );
  } else if (step.basisNumber) {
    out.push(t('decisions.details.basisNumber', { number: step.basisNumber }));
  }
  if (step.servicesFrom)
    out.push(t('decisions.panel.servicesFrom', { date: formatLocalDate(step.servicesFrom) }));
  if (step.socialWorker) {
    out.push(
      t('decisions.panel.worker', {
        name: step.serviceUnit ? `${step.socialWorker} (${step.serviceUnit})` : step.socialWorker,
      }),
    );
  }
  if (step.refusalGround) {
    const g = file.refusalGrounds.find((x) => x.code === step.refusalGround);
    out.push(
      t('decisions.panel.ground', { item: String(g?.item ?? ''), text: g?.text[lang] ?? step.refusalGround }),
    );
  }
  if (step.explanation) out.push(t('decisions.details.explanation', { text: step.explanation }));
  if (step.reason) out.push(t('decisions.details.reason', { text: step.reason }));
  if (step.sentDate) out.push(t('decisions.details.sent', { date: formatLocalDate(step.sentDate) }));
  if (step.receivedBy)
    out.push(t('decisions.details.receivedBy', { who: t(`decisions.receivedBy.${step.receivedBy}`) }));
  if (step.queueTicketId) out.push(t('decisions.details.queueTicket', { id: String(step.queueTicketId) }));
  if (step.note) out.push(t('decisions.details.note', { text: step.note }));
  return out;
}

function History({ file, timeZone }: { file: DecisionFile; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const byId = new Map(file.steps.map((s) => [s.id, s]));
  return (
    <table className="compact history">
      <caption className="visually-hidden">{t('decisions.panel.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('decisions.panel.when')}</th>
          <th scope="col">{t('decisions.panel.step')}</th>
          <th scope="col">{t('decisions.panel.who')}</th>
          <th scope="col">{t('decisions.panel.details')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{officeDateTime(file.acceptedAt, timeZone)}</td>
          <th scope="row">{t('decisions.panel.acceptedStep')}</th>
          <td>{file.acceptedBy}</td>
          <td />
        </tr>
        {file.steps.map((s) => {
          const voided = s.voidedBy !== null ? byId.get(s.voidedBy) : undefined;
          const corrected = s.correctsStepId !== null ? byId.get(s.correctsStepId) : undefined;
          return (
            <tr key={s.id} className={voided ? 'voided' : s.move === 'correction' ? 'correction' : undefined}>
              <td>{officeDateTime(s.at, timeZone)}</td>
              <th scope="row">
                {t(`decisions.steps.${s.move}`)}
                {corrected && (
                  <div className="hint">
                    {t(`decisions.steps.${corrected.move}`)} — {t('decisions.panel.corrects')}
                  </div>
                )}
              </th>
              <td>
                {s.byName}
                <div className="hint">{t(`decisions.roles.${s.byRole}`)}</div>
              </td>
              <td>
                {stepDetails(s, file, lang, t).map((d) => (
                  <div key={d}>{d}</div>
                ))}
                {voided && (
                  <div className="voided-note">
                    {t('decisions.panel.voided', {
                      date: officeDateTime(voided.at, timeZone),
                      reason: voided.reason ?? '',
                    })}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
        {file.cancelledAt && (
          <tr className="voided">
            <td>{officeDateTime(file.cancelledAt, timeZone)}</td>
            <th scope="row">{t('decisions.steps.cancel')}</th>
            <td>{file.cancelledBy}</td>
            <td>{t('decisions.details.reason', { text: file.cancelReason ?? '' })}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function DecisionSummary({ file }: { file: DecisionFile }) {
  const { t, i18n } = useTranslation();
  const d = file.decision;
  if (!d) return null;
  const lang = currentLang(i18n);
  return (
    <div className={`decision-summary decision-${d.move}`}>
      <strong>{d.move === 'approve' ? t('decisions.panel.approved') : t('decisions.panel.refused')}</strong>
      <div>
        {t('decisions.panel.order', {
          number: d.basisNumber ?? '',
          date: formatLocalDate(d.basisDate ?? d.localDate),
        })}{' '}
        · {d.byName}
      </div>
      {stepDetails({ ...d, basisNumber: null, note: null }, file, lang, t).map((x) => (
        <div key={x}>{x}</div>
      ))}
    </div>
  );
}

function LetterBox({ file }: { file: DecisionFile }) {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const store = desk.decisions;
  const busy = useDecisions((s) => s.busy);
  const office = desk.session.getState().office;
  const [lang, setLang] = useState<Lang>(office?.documentLanguage ?? currentLang(i18n));
  const timeZone = office?.office.timeZone;
  if (!file.decision) return null;
  const letter = file.letter;
  const printed = letter?.printed ?? [];
  return (
    <section className="letter-box" aria-labelledby="letter-title">
      <h4 id="letter-title">{t('decisions.panel.letter')}</h4>
      {letter ? (
        <p>
          {t('decisions.panel.letterInfo', {
            number: letter.outNumber,
            date: formatLocalDate(letter.letterDate),
            name: letter.addresseeName,
            address: letter.addresseeAddress,
          })}
        </p>
      ) : (
        <p className="hint">{t('decisions.panel.noLetter')}</p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="letter-lang">{t('decisions.panel.letterLanguage')}</label>
          <select id="letter-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <option value="kk">{t('languages.kkFull')}</option>
            <option value="ru">{t('languages.ruFull')}</option>
          </select>
        </div>
        <button
          type="button"
          className={printed.length ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={() => void store.getState().printLetter(lang)}
        >
          {printed.length ? t('decisions.panel.reprintLetter') : t('decisions.panel.printLetter')}
        </button>
      </div>
      {printed.length > 0 && (
        <ul className="printed-list">
          {printed.map((d) => (
            <li key={d.id}>
              <span>
                {t('applications.kinds.notification')}
                {d.copy && ` (${t('applications.copyMark')})`} · {officeDateTime(d.printedAt, timeZone)} ·{' '}
                {d.lang.toUpperCase()}
              </span>
              <button
                type="button"
                className="quiet"
                onClick={() => void store.getState().openDocument(d.id)}
              >
                {t('common.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TextArea({
  id,
  label,
  value,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: readonly string[];
}) {
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      />
      <FieldMessages id={id} errors={errors} />
    </div>
  );
}

/** One form per move; submitting records the step, and a recorded step clears the form. */
function MoveForm({
  move,
  file,
  today,
  placed,
  onDone,
}: {
  move: Move;
  file: DecisionFile;
  today: string;
  placed: Placed[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const store = useDesk().decisions;
  const busy = useDecisions((s) => s.busy);
  const lang = currentLang(i18n);
  const [v, setV] = useState<Record<string, string>>({
    orderDate: today,
    servicesFrom: today,
    sentDate: today,
    receivedBy: file.category === 'child' ? 'representative' : 'applicant',
    ground: '',
  });
  const set = (key: string) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const at = { applicationId: file.applicationId };
  const id = (name: string) => `${move}-${name}`;
  const text = (name: string, opts: { optional?: boolean; type?: string } = {}) => (
    <TextField
      id={id(name)}
      label={t(`fields.${name}` as 'fields.orderNumber')}
      value={v[name] ?? ''}
      onChange={set(name)}
      optional={opts.optional}
      type={opts.type}
      errors={messagesAt(placed, name)}
    />
  );
  const note = (
    <TextField
      id={id('note')}
      label={t('decisions.panel.note')}
      value={v.note ?? ''}
      onChange={set('note')}
      optional
    />
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = v.note?.trim() ? { note: v.note } : {};
    let done = false;
    switch (move) {
      case 'start_review':
        done = await store.getState().move('decisions.startReview', { ...at, ...n });
        break;
      case 'resubmit':
        done = await store.getState().move('decisions.resubmit', { ...at, ...n });
        break;
      case 'return_for_correction':
        done = await store
          .getState()
          .move('decisions.returnForCorrection', { ...at, reason: v.reason ?? '' });
        break;
      case 'approve':
        done = await store.getState().move('decisions.approve', {
          ...at,
          orderNumber: v.orderNumber ?? '',
          orderDate: v.orderDate ?? '',
          servicesFrom: v.servicesFrom ?? '',
          socialWorker: v.socialWorker ?? '',
          serviceUnit: v.serviceUnit ?? '',
          ...n,
        });
        break;
      case 'refuse':
        done = await store.getState().move('decisions.refuse', {
          ...at,
          orderNumber: v.orderNumber ?? '',
          orderDate: v.orderDate ?? '',
          ground: v.ground ?? '',
          explanation: v.explanation ?? '',
        });
        break;
      case 'send_by_post':
        done = await store
          .getState()
          .move('decisions.markSent', { ...at, sentDate: v.sentDate ?? today, ...n });
        break;
      case 'hand_over':
        done = await store.getState().move('decisions.handOver', {
          ...at,
          receivedBy: v.receivedBy === 'representative' ? 'representative' : 'applicant',
          ...n,
        });
        break;
      case 'close':
        done = await store.getState().move('decisions.close', { ...at, ...n });
        break;
      case 'cancel':
        break;
    }
    if (done) onDone();
  };

  let fields: ReactNode = null;
  const needsLetter = (move === 'send_by_post' || move === 'hand_over') && !file.letter?.printed.length;
  switch (move) {
    case 'start_review':
    case 'resubmit':
    case 'close':
      fields = note;
      break;
    case 'return_for_correction':
      fields = (
        <TextArea
          id={id('reason')}
          label={t('decisions.panel.returnReason')}
          value={v.reason ?? ''}
          onChange={set('reason')}
          errors={messagesAt(placed, 'reason')}
        />
      );
      break;
    case 'approve':
      fields = (
        <>
          {text('orderNumber')}
          {text('orderDate', { type: 'date' })}
          {text('servicesFrom', { type: 'date' })}
          {text('socialWorker')}
          {text('serviceUnit', { optional: true })}
        </>
      );
      break;
    case 'refuse':
      fields = (
        <>
          {text('orderNumber')}
          {text('orderDate', { type: 'date' })}
          <fieldset className="field field-wide grounds" aria-describedby={`${id('ground')}-error`}>
            <legend>{t('fields.ground')}</legend>
            {file.refusalGrounds.map((g) => (
              <label key={g.code} className="radio">
                <input
                  type="radio"
                  name={id('ground')}
                  value={g.code}
                  checked={v.ground === g.code}
                  onChange={() => set('ground')(g.code)}
                />
                {g.item}) {g.text[lang]}
              </label>
            ))}
            <FieldMessages id={id('ground')} errors={messagesAt(placed, 'ground')} />
          </fieldset>
          <TextArea
            id={id('explanation')}
            label={t('fields.explanation')}
            value={v.explanation ?? ''}
            onChange={set('explanation')}
            errors={messagesAt(placed, 'explanation')}
          />
        </>
      );
      break;
    case 'send_by_post':
      fields = (
        <>
          {text('sentDate', { type: 'date' })}
          {note}
        </>
      );
      break;
    case 'hand_over':
      fields = (
        <>
          <fieldset className="field">
            <legend>{t('fields.receivedBy')}</legend>
            {(file.category === 'child'
              ? (['representative', 'applicant'] as const)
              : (['applicant'] as const)
            ).map((who) => (
              <label key={who} className="radio">
                <input
                  type="radio"
                  name={id('receivedBy')}
                  value={who}
                  checked={v.receivedBy === who}
                  onChange={() => set('receivedBy')(who)}
                />
                {t(`decisions.receivedBy.${who}`)}
              </label>
            ))}
          </fieldset>
          {note}
          <p className="hint field-wide">{t('decisions.panel.onlyInPerson')}</p>
        </>
      );
      break;
    case 'cancel':
      return null;
  }
  const danger = move === 'refuse' || move === 'return_for_correction';
  return (
    <form
      className={`move-form move-${move}`}
      onSubmit={(e) => void submit(e)}
      aria-label={t(`decisions.actions.${move}`)}
    >
      <div className="person-fields">{fields}</div>
      {needsLetter && <p className="warning">{t('decisions.panel.printFirst')}</p>}
      <div className="row">
        <button type="submit" className={danger ? 'warn' : 'primary'} disabled={busy || needsLetter}>
          {t(`decisions.actions.${move}`)}
        </button>
      </div>
    </form>
  );
}

function CorrectionForm({ file, placed }: { file: DecisionFile; placed: Placed[] }) {
  const { t } = useTranslation();
  const store = useDesk().decisions;
  const busy = useDecisions((s) => s.busy);
  const [reason, setReason] = useState('');
  const target = file.correctable;
  if (!target) return null;
  return (
    <details className="correction-box">
      <summary>{t('decisions.panel.correctLast', { step: t(`decisions.steps.${target.move}`) })}</summary>
      <p className="hint">{t('decisions.panel.correctHint')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await store
            .getState()
            .move('decisions.correct', { applicationId: file.applicationId, stepId: target.stepId, reason });
          if (ok) setReason('');
        }}
      >
        <TextArea
          id="correction-reason"
          label={t('decisions.panel.correctionReason')}
          value={reason}
          onChange={setReason}
          errors={messagesAt(placed, 'reason')}
        />
        <button type="submit" className="warn" disabled={busy}>
          {t('decisions.actions.correct')}
        </button>
      </form>
    </details>
  );
}

export function DecisionPanel({
  applicationId,
  onChanged,
}: {
  applicationId: number;
  onChanged?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const store = desk.decisions;
  const file = useDecisions((s) => s.file);
  const error = useDecisions((s) => s.error);
  const notice = useDecisions((s) => s.notice);
  const today = useDecisions((s) => s.due?.today);
  const [choice, setChoice] = useState<Move | null>(null);
  const timeZone = desk.session.getState().office?.office.timeZone;
  const role = desk.session.getState().user?.role;

  useEffect(() => {
    if (store.getState().file?.applicationId !== applicationId) void store.getState().openFile(applicationId);
    if (!store.getState().due) void store.getState().loadDue();
  }, [store, applicationId]);

  if (!file || file.applicationId !== applicationId) {
    return error ? <TopErrors messages={describeError(i18n, error).map((p) => p.text)} /> : null;
  }
  const placed = error ? describeError(i18n, error) : [];
  const top = messagesAtTop(placed, FORM_FIELDS);
  const decisionMoves = file.moves.filter((m) => m === 'approve' || m === 'refuse');
  const otherMoves = file.moves.filter((m) => m !== 'approve' && m !== 'refuse');
  const picked = choice && file.moves.includes(choice) ? choice : null;
  const waiting =
    file.moves.length === 0 && file.status !== 'closed' && file.status !== 'cancelled'
      ? role === 'head' || role === 'deputy'
        ? t('decisions.panel.waitingDesk')
        : file.status === 'under_review'
          ? t('decisions.panel.waitingDecider')
          : t('decisions.panel.noMoves')
      : null;
  const done = () => {
    setChoice(null);
    onChanged?.();
  };

  return (
    <section className="panel decision-panel" aria-labelledby="decision-title">
      <div className="section-head">
        <h3 id="decision-title">{t('decisions.panel.title')}</h3>
        <StatusPill status={file.status} />
      </div>
      <p className="decision-term">
        <TermLine file={file} />
        {file.returnsForCorrection > 0 && (
          <span className="hint">
            {' '}
            · {t('decisions.panel.returns', { count: file.returnsForCorrection })}
          </span>
        )}
      </p>
      <TopErrors messages={top} />
      {notice && (
        <p className="notice" role="status">
          {notice === 'saved'
            ? t('decisions.panel.saved')
            : notice === 'printed'
              ? t('decisions.notice.printed')
              : t('decisions.notice.shown')}
        </p>
      )}
      <DecisionSummary file={file} />
      <LetterBox file={file} />
      {waiting && <p className="hint">{waiting}</p>}
      {decisionMoves.length > 0 && (
        <fieldset className="decision-choice">
          <legend>{t('decisions.panel.chooseDecision')}</legend>
          {decisionMoves.map((m) => (
            <label key={m} className={`choice choice-${m}`}>
              <input
                type="radio"
                name="decision-choice"
                checked={picked === m}
                onChange={() => setChoice(m)}
              />
              {t(`decisions.steps.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      {picked && (
        <MoveForm
          key={`${picked}-${today}`}
          move={picked}
          file={file}
          today={today ?? ''}
          placed={placed}
          onDone={done}
        />
      )}
      {otherMoves.map((m) => (
        <MoveForm
          key={`${m}-${file.steps.length}-${today}`}
          move={m}
          file={file}
          today={today ?? ''}
          placed={placed}
          onDone={done}
        />
      ))}
      <CorrectionForm key={`c-${file.steps.length}`} file={file} placed={placed} />
      <h4>{t('decisions.panel.history')}</h4>
      <History file={file} timeZone={timeZone} />
    </section>
  );
}
