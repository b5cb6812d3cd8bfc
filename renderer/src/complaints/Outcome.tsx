// The outcome and the written answer (§23): the head or the deputy records whether the
// complaint was justified, whether it was satisfied and what was done, the answer's text, date
// and channel; the clerk prints the letter and records how it went out. Nothing leaves the
// machine from this program: an e-mail answer is sent from the office's mail client.

import { useState } from 'react';
import { useStore } from 'zustand';
import { ANSWER_CHANNELS } from '../../../shared/domain/complaint.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { describeError, emptyIn, messagesAt } from '../i18n/errors.ts';
import type { DispatchDraft, OutcomeDraft } from '../stores/complaints.ts';
import { DateField } from '../ui/DateField.tsx';
import { describedWithErrors, FieldMessages, TextField } from '../ui/Field.tsx';
import { useComplaintsT } from './texts.ts';

function OutcomeForm({ onDone }: { onDone: () => void }) {
  const { tp, i18n } = useComplaintsT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const o = detail?.outcome;
  const [draft, setDraft] = useState<OutcomeDraft>({
    justified: o?.justified ?? null,
    satisfied: o?.satisfied ?? null,
    actionTaken: o?.actionTaken ?? '',
    answerText: o?.answerText ?? '',
    answerDate: o?.answerDate ?? '',
    answerChannel:
      o?.answerChannel ?? (detail?.complainant.address ? 'post' : detail?.complainant.email ? 'email' : ''),
    outgoingNumber: o?.outgoingNumber ?? '',
  });
  if (!detail) return null;
  const placed = error ? describeError(i18n, error, { isEmpty: emptyIn(draft) }) : [];
  const set = (change: Partial<OutcomeDraft>) => setDraft({ ...draft, ...change });
  const radio = (name: string, checked: boolean, onChange: () => void, label: string, disabled = false) => (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onChange} disabled={disabled} />
      {label}
    </label>
  );

  return (
    <form
      noValidate
      aria-label={tp('outcome.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void store
          .getState()
          .recordOutcome(draft)
          .then((ok) => ok && onDone());
      }}
    >
      <fieldset
        className="category"
        aria-describedby={describedWithErrors('justified', messagesAt(placed, 'justified'))}
      >
        <legend>{tp('outcome.justified')}</legend>
        <div className="radios">
          {radio(
            'justified',
            draft.justified === true,
            () => set({ justified: true }),
            tp('outcome.justifiedYes'),
          )}
          {radio(
            'justified',
            draft.justified === false,
            () => set({ justified: false, satisfied: null }),
            tp('outcome.justifiedNo'),
          )}
        </div>
        <FieldMessages id="justified" errors={messagesAt(placed, 'justified')} />
      </fieldset>
      <fieldset
        className="category"
        disabled={draft.justified !== true}
        aria-describedby={describedWithErrors('satisfied', messagesAt(placed, 'satisfied'))}
      >
        <legend>{tp('outcome.satisfied')}</legend>
        <div className="radios">
          {radio(
            'satisfied',
            draft.satisfied === true,
            () => set({ satisfied: true }),
            tp('outcome.satisfiedYes'),
          )}
          {radio(
            'satisfied',
            draft.satisfied === false,
            () => set({ satisfied: false }),
            tp('outcome.satisfiedNo'),
          )}
        </div>
        {draft.justified === false && <div className="hint">{tp('outcome.satisfiedOnlyJustified')}</div>}
        <FieldMessages id="satisfied" errors={messagesAt(placed, 'satisfied')} />
      </fieldset>
      {draft.justified === true && (
        <div className="field">
          <label htmlFor="outcome-action">{tp('outcome.actionTaken')}</label>
          <textarea
            id="outcome-action"
            rows={3}
            maxLength={2000}
            value={draft.actionTaken}
            aria-invalid={messagesAt(placed, 'actionTaken').length > 0 || undefined}
            aria-describedby={describedWithErrors('outcome-action', messagesAt(placed, 'actionTaken'))}
            onChange={(e) => set({ actionTaken: e.target.value })}
          />
          <FieldMessages id="outcome-action" errors={messagesAt(placed, 'actionTaken')} />
        </div>
      )}
      <div className="field">
        <label htmlFor="outcome-answer">{tp('outcome.answerText')}</label>
        <textarea
          id="outcome-answer"
          rows={6}
          maxLength={8000}
          value={draft.answerText}
          aria-invalid={messagesAt(placed, 'answerText').length > 0 || undefined}
          aria-describedby={describedWithErrors('outcome-answer', messagesAt(placed, 'answerText'))}
          onChange={(e) => set({ answerText: e.target.value })}
        />
        <FieldMessages id="outcome-answer" errors={messagesAt(placed, 'answerText')} />
      </div>
      <fieldset
        className="category"
        aria-describedby={describedWithErrors('answerChannel', messagesAt(placed, 'answerChannel'))}
      >
        <legend>{tp('outcome.answerChannel')}</legend>
        <div className="radios">
          {ANSWER_CHANNELS.map((c) =>
            radio(
              'answerChannel',
              draft.answerChannel === c,
              () => set({ answerChannel: c }),
              tp(`answerChannels.${c}`),
            ),
          )}
        </div>
        <FieldMessages id="answerChannel" errors={messagesAt(placed, 'answerChannel')} />
      </fieldset>
      <div className="person-fields">
        <DateField
          id="outcome-date"
          label={tp('outcome.answerDate')}
          value={draft.answerDate}
          onChange={(v) => set({ answerDate: v })}
          errors={messagesAt(placed, 'answerDate')}
          optional
        />
        <TextField
          id="outcome-number"
          label={tp('outcome.outgoingNumber')}
          value={draft.outgoingNumber}
          onChange={(v) => set({ outgoingNumber: v })}
          errors={messagesAt(placed, 'outgoingNumber')}
          maxLength={40}
          optional
        />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {tp('outcome.save')}
      </button>
    </form>
  );
}

function Dispatch() {
  const { tp, i18n } = useComplaintsT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const channel = detail?.outcome?.answerChannel;
  const [draft, setDraft] = useState<DispatchDraft>({
    sentDate: '',
    address: (channel === 'email' ? detail?.complainant.email : detail?.complainant.address) ?? '',
    outgoingNumber: detail?.outcome?.outgoingNumber ?? '',
  });
  if (!detail?.outcome || !channel) return null;
  if (detail.dispatch) {
    const d = detail.dispatch;
    return (
      <p className="notice" data-testid="complaint-dispatch">
        {tp('dispatch.sent', {
          date: formatLocalDate(d.sentDate),
          channel: tp(`answerChannels.${d.channel}`),
          address: d.address,
        })}
        {d.outgoingNumber && `, ${tp('dispatch.outgoing', { number: d.outgoingNumber })}`}
      </p>
    );
  }
  const placed = error ? describeError(i18n, error) : [];
  return (
    <form
      noValidate
      aria-label={tp('dispatch.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().recordDispatch(draft);
      }}
    >
      <h3>{channel === 'post' ? tp('dispatch.post') : tp('dispatch.email')}</h3>
      {channel === 'post' ? (
        <p className="hint">{tp('dispatch.postHint')}</p>
      ) : (
        <p className="email-note">{tp('dispatch.emailHint', { email: detail.complainant.email ?? '' })}</p>
      )}
      <div className="person-fields">
        <DateField
          id="dispatch-date"
          label={tp('dispatch.date')}
          value={draft.sentDate}
          onChange={(v) => setDraft({ ...draft, sentDate: v })}
          errors={messagesAt(placed, 'dispatchDate')}
          optional
        />
        <TextField
          id="dispatch-address"
          label={tp('dispatch.address')}
          value={draft.address}
          onChange={(v) => setDraft({ ...draft, address: v })}
          errors={messagesAt(placed, 'dispatchAddress')}
          maxLength={300}
          wide
        />
        {channel === 'post' && (
          <TextField
            id="dispatch-number"
            label={tp('outcome.outgoingNumber')}
            value={draft.outgoingNumber}
            onChange={(v) => setDraft({ ...draft, outgoingNumber: v })}
            errors={messagesAt(placed, 'outgoingNumber')}
            maxLength={40}
          />
        )}
      </div>
      <button type="submit" className="secondary" disabled={busy}>
        {tp('dispatch.save')}
      </button>
    </form>
  );
}

export function Answer({ documentLang }: { documentLang: Lang }) {
  const { tp } = useComplaintsT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const busy = useStore(store, (s) => s.busy);
  const role = useSession((s) => s.user?.role);
  const [editing, setEditing] = useState(false);
  if (!detail) return null;
  const decides = role === 'head' || role === 'deputy';
  const o = detail.outcome;
  const open = detail.state !== 'cancelled' && !detail.dispatch;
  const result = o
    ? !o.justified
      ? tp('outcome.results.unjustified')
      : o.satisfied
        ? tp('outcome.results.justifiedSatisfied')
        : tp('outcome.results.justifiedNotSatisfied')
    : null;

  return (
    <section className="panel" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{tp('outcome.title')}</h2>
      {o && !editing && (
        <div data-testid="complaint-outcome">
          <p className="outcome-result">{result}</p>
          {o.justified && o.actionTaken && (
            <p>
              <strong>{tp('outcome.actionTaken')}:</strong> {o.actionTaken}
            </p>
          )}
          <div className="answer-text">{o.answerText}</div>
          <p className="hint">
            {formatLocalDate(o.answerDate)} · {tp(`answerChannels.${o.answerChannel}`)}
            {o.outgoingNumber && ` · ${tp('dispatch.outgoing', { number: o.outgoingNumber })}`} ·{' '}
            {tp('outcome.recordedBy', { name: o.recordedBy })}
            {detail.answeredLate && ` · ${tp('late')}`}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void store.getState().printAnswer(documentLang)}
            >
              {tp('outcome.printAnswer')}
            </button>
            {decides && open && (
              <button type="button" className="quiet" onClick={() => setEditing(true)}>
                {tp('outcome.edit')}
              </button>
            )}
          </div>
          <h2>{tp('dispatch.title')}</h2>
          <Dispatch />
        </div>
      )}
      {(!o || editing) &&
        open &&
        (decides ? (
          <OutcomeForm onDone={() => setEditing(false)} />
        ) : (
          <p className="warning">{tp('outcome.onlyHeads')}</p>
        ))}
    </section>
  );
}
