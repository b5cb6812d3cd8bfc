// §7.1 counts the term on the office's calendar: the holiday library's holidays, the days off
// the law moves when a holiday falls on a weekend (electron/calendar/office-calendar.ts), and on
// top the government's yearly transfers of days off, which no library knows (FACTS.md) — each
// row with its source, so entering next year's decree is a short job.

import { useState } from 'react';
import type { Output } from '../../../shared/contract/index.ts';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import { isoWeekday } from '../../../shared/domain/calendar.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession, useSettings } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import type { CorrectionDraft } from '../stores/settings.ts';
import { Notice } from '../ui/Announcer.tsx';
import { DateField } from '../ui/DateField.tsx';
import { officeDateTime } from '../ui/dates.ts';
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

interface DayRow {
  key: string;
  date: string;
  kind: string;
  what: string;
  source: string;
  /** False where a later layer (the rule, a correction) decides the day otherwise. */
  inEffect: boolean;
  correction: boolean;
}

/**
 * One year, row by row in date order, each with where it comes from: the holiday library, the
 * days off the rule moves, and the office's corrections with who entered them. Holiday names in
 * the language on screen, which is the signed-in user's.
 */
export function calendarRows(
  calendar: Output<'calendar.year'>,
  lang: Lang,
  tp: ReturnType<typeof useSettingsT>['tp'],
  timeZone: string | undefined,
): DayRow[] {
  // A holiday or a moved day off that a correction made a working day is shown, struck through.
  const off = new Set(calendar.daysOff.map((d) => d.date));
  const overridden = (date: string) => (off.has(date) ? '' : tp('overridden'));
  const rows: DayRow[] = [];
  calendar.holidays.forEach((h, i) => {
    const note = overridden(h.date);
    rows.push({
      key: `library-${h.date}-${i}`,
      date: h.date,
      kind: tp(h.moves ? 'kinds.holiday' : 'kinds.religious'),
      what: h.name[lang],
      source: [
        tp(h.moves ? 'sources.library' : 'sources.religious'),
        h.estimated ? tp('sources.estimated') : '',
        note,
      ]
        .filter(Boolean)
        .join(' — '),
      inEffect: !note,
      correction: false,
    });
  });
  for (const m of calendar.moves) {
    const note = overridden(m.date);
    rows.push({
      key: `rule-${m.date}`,
      date: m.date,
      kind: tp('kinds.moved'),
      what: tp('movedFor', { name: m.name[lang], from: formatLocalDate(m.from) }),
      source: [tp('sources.rule'), note].filter(Boolean).join(' — '),
      inEffect: !note,
      correction: false,
    });
  }
  for (const c of calendar.corrections) {
    rows.push({
      key: `office-${c.date}`,
      date: c.date,
      kind: tp(`kinds.${c.kind}`),
      what: '',
      source: c.enteredBy
        ? tp('sources.office', { note: c.note, by: c.enteredBy, at: officeDateTime(c.enteredAt, timeZone) })
        : tp('sources.shipped', { note: c.note }),
      inEffect: true,
      correction: true,
    });
  }
  // Stable: on one date the library, then the rule, then the office — the order they apply in.
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export function OfficeCalendar() {
  const { tp, i18n } = useSettingsT();
  const { tp: tf } = useFieldsT();
  const store = useDesk().settings;
  const year = useSettings((s) => s.year);
  const calendar = useSettings((s) => s.calendar);
  const error = useSettings((s) => s.calendarError);
  const notice = useSettings((s) => s.notice);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  // Corrections move every §7.1 term: the administrator's or the head's (shared/contract/roles.ts).
  const mayCorrect = useSession((s) => roleMayCall(s.user?.role, 'calendar.setCorrection'));
  const [draft, setDraft] = useState<CorrectionDraft>({ date: '', kind: 'day_off', note: '' });
  const placed = error ? describeError(i18n, error, { isEmpty: emptyIn(draft) }) : [];
  const lang = currentLang(i18n);
  const weekdays = tp('weekdays').split(',');

  return (
    <section className="panel office-calendar" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{tp('calendar')}</h2>
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
        <table className="compact calendar-table" aria-label={tp('yearTable', { year: String(year) })}>
          <thead>
            <tr>
              <th scope="col">{tp('columns.date')}</th>
              <th scope="col">{tp('columns.kind')}</th>
              <th scope="col">{tp('columns.what')}</th>
              <th scope="col">{tp('columns.source')}</th>
              {mayCorrect && <th scope="col">{tp('columns.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {calendarRows(calendar, lang, tp, timeZone).map((r) => (
              <tr key={r.key} className={r.inEffect ? undefined : 'overridden'}>
                <th scope="row" className="date">
                  {formatLocalDate(r.date)} <span className="hint">{weekdays[isoWeekday(r.date) - 1]}</span>
                </th>
                <td>{r.kind}</td>
                <td>{r.what}</td>
                <td>{r.source}</td>
                {mayCorrect && <td>{r.correction && <RemoveCorrection date={r.date} />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
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
          <h3 id="add-correction-title">{tp('addCorrection')}</h3>
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
            <Notice
              text={
                notice === 'correction_added' || notice === 'correction_removed'
                  ? notice === 'correction_added'
                    ? tp('correctionAdded')
                    : tp('correctionRemoved')
                  : null
              }
            />
          </div>
        </form>
      )}
    </section>
  );
}
