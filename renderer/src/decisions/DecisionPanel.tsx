// One application after the talon: where it stands against the §7.1 term, the decision and its
// letter, the next steps the signed-in user may take (the state machine decides which), and
// the whole history — corrections shown beside the steps they voided, never instead of them.

import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import type { DecisionFile, Step } from '../../../shared/contract/decisions.ts';
import type { Move } from '../../../shared/domain/application-states.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { describeError, messagesAt, messagesAtTop, type Placed } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { officeDateTime } from '../ui/dates.ts';
import { FieldMessages, TextField, TopErrors } from '../ui/Field.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { type DecisionsTp, useDecisionsT } from './texts.ts';
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
  const { t } = useDecisionsT();
  return <span className={`status-pill status-${status}`}>{t(`applications.statuses.${status}`)}</span>;
}

function TermLine({ file }: { file: DecisionFile }) {
  const { tp } = useDecisionsT();
  const term = tp('panel.term', { date: formatLocalDate(file.termEnd) });
  if (file.servedInTerm !== null) {
    return (
      <span>
        {term} ·{' '}
        <span className={`days-left ${file.servedInTerm ? 'term-ok' : 'term-overdue'}`}>
          {file.servedInTerm ? tp('panel.servedInTerm') : tp('panel.notServedInTerm')}
        </span>
      </span>
    );
  }
  if (file.status === 'cancelled') return <span>{term}</span>;
  return (
    <span>
      {term} · <DaysLeft term={file} />
    </span>
  );
}

function stepDetails(step: Step, file: DecisionFile, lang: Lang, tp: DecisionsTp): string[] {
  const out: string[] = [];
  if (step.basisNumber && step.basisDate) {
    out.push(tp('details.basis', { number: step.basisNumber, date: formatLocalDate(step.basisDate) }));
  } else if (step.basisNumber) {
    out.push(tp('details.basisNumber', { number: step.basisNumber }));
  }
  if (step.servicesFrom) out.push(tp('panel.servicesFrom', { date: formatLocalDate(step.servicesFrom) }));
  if (step.socialWorker) {
    out.push(
      tp('panel.worker', {
        name: step.serviceUnit ? `${step.socialWorker} (${step.serviceUnit})` : step.socialWorker,
      }),
    );
  }
  if (step.refusalGround) {
    const g = file.refusalGrounds.find((x) => x.code === step.refusalGround);
    out.push(tp('panel.ground', { item: String(g?.item ?? ''), text: g?.text[lang] ?? step.refusalGround }));
  }
  if (step.explanation) out.push(tp('details.explanation', { text: step.explanation }));
  if (step.reason) out.push(tp('details.reason', { text: step.reason }));
  if (step.sentDate) out.push(tp('details.sent', { date: formatLocalDate(step.sentDate) }));
  if (step.receivedBy) out.push(tp('details.receivedBy', { who: tp(`receivedBy.${step.receivedBy}`) }));
  if (step.queueTicketId) out.push(tp('details.queueTicket', { id: String(step.queueTicketId) }));
  if (step.note) out.push(tp('details.note', { text: step.note }));
  return out;
}

function History({ file, timeZone }: { file: DecisionFile; timeZone: string | undefined }) {
  const { tp, i18n } = useDecisionsT();
  const lang = currentLang(i18n);
  const byId = new Map(file.steps.map((s) => [s.id, s]));
  return (
    <table className="compact history">
      <caption className="visually-hidden">{tp('panel.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{tp('panel.when')}</th>
          <th scope="col">{tp('panel.step')}</th>
          <th scope="col">{tp('panel.who')}</th>
          <th scope="col">{tp('panel.details')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{officeDateTime(file.acceptedAt, timeZone)}</td>
          <th scope="row">{tp('panel.acceptedStep')}</th>
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
                {tp(`steps.${s.move}`)}
                {corrected && (
                  <div className="hint">
                    {tp(`steps.${corrected.move}`)} — {tp('panel.corrects')}
                  </div>
                )}
              </th>
              <td>
                {s.byName}
                <div className="hint">{tp(`roles.${s.byRole}`)}</div>
              </td>
              <td>
                {stepDetails(s, file, lang, tp).map((d) => (
                  <div key={d}>{d}</div>
                ))}
                {voided && (
                  <div className="voided-note">
                    {tp('panel.voided', {
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
            <th scope="row">{tp('steps.cancel')}</th>
            <td>{file.cancelledBy}</td>
            <td>{tp('details.reason', { text: file.cancelReason ?? '' })}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function DecisionSummary({ file }: { file: DecisionFile }) {
  const { tp, i18n } = useDecisionsT();
  const d = file.decision;
  if (!d) return null;
  const lang = currentLang(i18n);
  return (
    <div className={`decision-summary decision-${d.move}`}>
      <strong>{d.move === 'approve' ? tp('panel.approved') : tp('panel.refused')}</strong>
      <div>
        {tp('panel.order', {
          number: d.basisNumber ?? '',
          date: formatLocalDate(d.basisDate ?? d.localDate),
        })}{' '}
        · {d.byName}
      </div>
      {stepDetails({ ...d, basisNumber: null, note: null }, file, lang, tp).map((x) => (
        <div key={x}>{x}</div>
      ))}
    </div>
  );
}

function LetterBox({ file }: { file: DecisionFile }) {
  const { t, tp, i18n } = useDecisionsT();
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
      <h4 id="letter-title">{tp('panel.letter')}</h4>
      {letter ? (
        <p>
          {tp('panel.letterInfo', {
            number: letter.outNumber,
            date: formatLocalDate(letter.letterDate),
            name: letter.addresseeName,
            address: letter.addresseeAddress,
          })}
        </p>
      ) : (
        <p className="hint">{tp('panel.noLetter')}</p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="letter-lang">{tp('panel.letterLanguage')}</label>
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
          {printed.length ? tp('panel.reprintLetter') : tp('panel.printLetter')}
        </button>
      </div>
      {printed.length > 0 && (
        <PrintedList
          docs={printed}
          kindName={() => t('applications.kinds.notification')}
          onOpen={(id) => void store.getState().openDocument(id)}
          timeZone={timeZone}
        />
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
  const { t, tp, i18n } = useDecisionsT();
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
      label={tp('panel.note')}
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
          label={tp('panel.returnReason')}
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
                {tp(`receivedBy.${who}`)}
              </label>
            ))}
          </fieldset>
          {note}
          <p className="hint field-wide">{tp('panel.onlyInPerson')}</p>
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
      aria-label={tp(`actions.${move}`)}
    >
      <div className="person-fields">{fields}</div>
      {needsLetter && <p className="warning">{tp('panel.printFirst')}</p>}
      <div className="row">
        <button type="submit" className={danger ? 'warn' : 'primary'} disabled={busy || needsLetter}>
          {tp(`actions.${move}`)}
        </button>
      </div>
    </form>
  );
}

function CorrectionForm({ file, placed }: { file: DecisionFile; placed: Placed[] }) {
  const { tp } = useDecisionsT();
  const store = useDesk().decisions;
  const busy = useDecisions((s) => s.busy);
  const [reason, setReason] = useState('');
  const target = file.correctable;
  if (!target) return null;
  return (
    <details className="correction-box">
      <summary>{tp('panel.correctLast', { step: tp(`steps.${target.move}`) })}</summary>
      <p className="hint">{tp('panel.correctHint')}</p>
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
          label={tp('panel.correctionReason')}
          value={reason}
          onChange={setReason}
          errors={messagesAt(placed, 'reason')}
        />
        <button type="submit" className="warn" disabled={busy}>
          {tp('actions.correct')}
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
  const { tp, i18n } = useDecisionsT();
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
        ? tp('panel.waitingDesk')
        : file.status === 'under_review'
          ? tp('panel.waitingDecider')
          : tp('panel.noMoves')
      : null;
  const done = () => {
    setChoice(null);
    onChanged?.();
  };

  return (
    <section className="panel decision-panel" aria-labelledby="decision-title">
      <div className="section-head">
        <h3 id="decision-title">{tp('panel.title')}</h3>
        <StatusPill status={file.status} />
      </div>
      <p className="decision-term">
        <TermLine file={file} />
        {file.returnsForCorrection > 0 && (
          <span className="hint"> · {tp('panel.returns', { count: file.returnsForCorrection })}</span>
        )}
      </p>
      <TopErrors messages={top} />
      {notice && (
        <p className="notice" role="status">
          {notice === 'saved'
            ? tp('panel.saved')
            : notice === 'printed'
              ? tp('notice.printed')
              : tp('notice.shown')}
        </p>
      )}
      <DecisionSummary file={file} />
      <LetterBox file={file} />
      {waiting && <p className="hint">{waiting}</p>}
      {decisionMoves.length > 0 && (
        <fieldset className="decision-choice">
          <legend>{tp('panel.chooseDecision')}</legend>
          {decisionMoves.map((m) => (
            <label key={m} className={`choice choice-${m}`}>
              <input
                type="radio"
                name="decision-choice"
                checked={picked === m}
                onChange={() => setChoice(m)}
              />
              {tp(`steps.${m}`)}
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
      <h4>{tp('panel.history')}</h4>
      <History file={file} timeZone={timeZone} />
    </section>
  );
}
