// §7.1 counts the term on the office's calendar: the holiday library by default, and on top
// of it the government's yearly transfers of days off, which no library knows (FACTS.md).

import { useState } from 'react';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk, useSession, useSettings } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import type { CorrectionDraft } from '../stores/settings.ts';
import { DateField } from '../ui/DateField.tsx';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { useSettingsT } from './texts.ts';

function RemoveCorrection({ date }: { date: string }) {
  const { tp, i18n } = useSettingsT();
  const { tp: tc } = useCommonT();
  const store = useDesk().settings;
  const error = useSettings((s) => s.calendarError);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const placed = asking && error ? describeError(i18n, error, { isEmpty: emptyIn({ reason }) }) : [];
  if (!asking) {
    return (
      <button
        type="button"
        className="quiet"
        aria-label={`${tp('remove')}: ${formatLocalDate(date)}`}
        onClick={() => setAsking(true)}
      >
        {tp('remove')}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <TextField
        id={`remove-${date}`}
        label={tp('removeWhy', { date: formatLocalDate(date) })}
        value={reason}
        onChange={setReason}
        errors={messagesAt(placed, 'reason')}
        maxLength={200}
        autoFocus
      />
      <button
        type="button"
        className="warn"
        onClick={async () => {
          if (await store.getState().removeCorrection(date, reason)) setAsking(false);
        }}
      >
        {tp('confirmRemove')}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        {tc('cancel')}
      </button>
    </div>
  );
}

export function OfficeCalendar() {
  const { tp, i18n } = useSettingsT();
  const { tp: tf } = useFieldsT();
  const store = useDesk().settings;
  const year = useSettings((s) => s.year);
  const calendar = useSettings((s) => s.calendar);
  const error = useSettings((s) => s.calendarError);
  const notice = useSettings((s) => s.notice);
  // Corrections move every §7.1 term: the administrator's or the head's (shared/contract/roles.ts).
  const mayCorrect = useSession((s) => roleMayCall(s.user?.role, 'calendar.setCorrection'));
  const [draft, setDraft] = useState<CorrectionDraft>({ date: '', kind: 'day_off', note: '' });
  const placed = error ? describeError(i18n, error, { isEmpty: emptyIn(draft) }) : [];

  return (
    <section className="panel calendar" aria-labelledby="calendar-title">
      <h3 id="calendar-title">{tp('calendar')}</h3>
      <p className="hint">{tp('calendarExplain')}</p>
      {year !== null && (
        <fieldset className="row year-switch">
          <legend className="visually-hidden">{tf('year')}</legend>
          <button type="button" className="quiet" onClick={() => void store.getState().loadYear(year - 1)}>
            ← {year - 1}
          </button>
          <strong className="year" aria-live="polite">
            {year}
          </strong>
          <button type="button" className="quiet" onClick={() => void store.getState().loadYear(year + 1)}>
            {year + 1} →
          </button>
        </fieldset>
      )}
      <TopErrors messages={messagesAtTop(placed, ['date', 'kind', 'note', 'reason'])} />
      {calendar && (
        <div className="calendar-columns">
          <div>
            <h4>{tp('daysOff')}</h4>
            <ul className="day-list">
              {calendar.daysOff.map((d) => (
                <li key={d.date}>
                  <span className="date">{formatLocalDate(d.date)}</span> {d.name}{' '}
                  <span className="hint">({tp(`sources.${d.source}`)})</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h4>{tp('workingWeekendDays')}</h4>
            {calendar.workingWeekendDays.length ? (
              <ul className="day-list">
                {calendar.workingWeekendDays.map((d) => (
                  <li key={d.date}>
                    <span className="date">{formatLocalDate(d.date)}</span> {d.note}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">{tp('noDays')}</p>
            )}
            <h4>{tp('corrections')}</h4>
            {calendar.corrections.length ? (
              <ul className="day-list">
                {calendar.corrections.map((c) => (
                  <li key={c.date}>
                    <span className="date">{formatLocalDate(c.date)}</span> {tp(`kinds.${c.kind}`)} — {c.note}
                    {mayCorrect && <RemoveCorrection date={c.date} />}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">{tp('noCorrections')}</p>
            )}
          </div>
        </div>
      )}
      {mayCorrect && (
        <form
          className="correction-form"
          aria-labelledby="add-correction-title"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await store.getState().addCorrection(draft))
              setDraft({ date: '', kind: 'day_off', note: '' });
          }}
        >
          <h4 id="add-correction-title">{tp('addCorrection')}</h4>
          <div className="person-fields">
            <DateField
              id="correction-date"
              label={tf('date')}
              value={draft.date}
              onChange={(date) => setDraft({ ...draft, date })}
              errors={messagesAt(placed, 'date')}
            />
            <div className="field">
              <label htmlFor="correction-kind">{tf('kind')}</label>
              <select
                id="correction-kind"
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.target.value as CorrectionDraft['kind'] })}
              >
                <option value="day_off">{tp('kinds.day_off')}</option>
                <option value="working_day">{tp('kinds.working_day')}</option>
              </select>
            </div>
            <TextField
              id="correction-note"
              label={tf('note')}
              value={draft.note}
              onChange={(note) => setDraft({ ...draft, note })}
              errors={messagesAt(placed, 'note')}
              maxLength={200}
              wide
            />
          </div>
          <div className="row">
            <button type="submit" className="secondary">
              {tp('addCorrection')}
            </button>
            {(notice === 'correction_added' || notice === 'correction_removed') && (
              <span className="notice" role="status">
                {notice === 'correction_added' ? tp('correctionAdded') : tp('correctionRemoved')}
              </span>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
