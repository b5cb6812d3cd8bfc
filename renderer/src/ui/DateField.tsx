// Issue 11: the desk's dates are dd.mm.yyyy, typed or picked, whatever the machine's locale —
// `<input type=date>` shows mm/dd/yyyy in a browser with an English locale, and 12/01/2026 then
// reads as 12 January. So every date of the renderer is this field: typed dd.mm.yyyy (or
// 1.12.2026, 01/12/2026, 01122026), checked as typed with the message tied to the field, and an
// optional calendar in our own words (kk/ru month names, the week from Monday). The value it
// hands on is the contract's yyyy-mm-dd; what cannot be read is handed on as typed, so that the
// main side refuses it too instead of the form going out without the date.

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatLocalDate, parseLocalDate } from '../../../shared/domain/office-time.ts';
import { useCommonT } from '../i18n/common-texts.ts';
import { describedBy, FieldFrame, FieldMessages, type FieldProps } from './Field.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/** Whether a field's value is a whole date (yyyy-mm-dd), not nothing or what could not be read. */
export const isDate = (value: string): boolean => ISO_DATE.test(value);

/** What was typed, read as a date: yyyy-mm-dd, '' for nothing, or why it is no date. */
export function readTypedDate(text: string): { date: string } | { problem: 'format' | 'no_such_day' } {
  const t = text.trim();
  if (!t) return { date: '' };
  // yyyy-mm-dd as well: what a date copied from the desk's own exports looks like.
  if (ISO_DATE.test(t)) return parseLocalDate(formatLocalDate(t)) ? { date: t } : { problem: 'no_such_day' };
  const eight = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const dotted = eight ? `${eight[1]}.${eight[2]}.${eight[3]}` : t.replace(/[/\-\s]+/g, '.');
  if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(dotted)) return { problem: 'format' };
  const date = parseLocalDate(dotted);
  return date ? { date } : { problem: 'no_such_day' };
}

/** What was typed, read as a month: yyyy-mm, '' for nothing, or null when it is no month. */
export function readTypedMonth(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  const m = /^(\d{1,2})[./\-\s](\d{4})$/.exec(t);
  const month = m ? Number(m[1]) : 0;
  return m && month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}

const shown = (value: string) => (ISO_DATE.test(value) ? formatLocalDate(value) : value);
const shownMonth = (value: string) =>
  ISO_MONTH.test(value) ? `${value.slice(5)}.${value.slice(0, 4)}` : value;

/**
 * The text typed into a field whose value is kept by its owner in another form: the text follows
 * the value when the owner changes it (a reset, a default), not when it merely echoes the typing.
 */
function useTypedText(value: string, show: (v: string) => string) {
  const [text, setText] = useState(() => show(value));
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(show(value));
    }
  }, [value, show]);
  return { text, setText, sent };
}

/** The value is yyyy-mm-dd, or '' (or what was typed and could not be read). */
interface DateFieldProps extends FieldProps {
  disabled?: boolean;
  /** Offer the calendar next to the field (default: yes). */
  picker?: boolean;
}

export function DateField({
  value,
  onChange,
  errors = [],
  hint,
  disabled,
  picker = true,
  className,
  ...frame
}: DateFieldProps) {
  const { id } = frame;
  const { tp: tc } = useCommonT();
  const { text, setText, sent } = useTypedText(value, shown);
  const [checked, setChecked] = useState(false);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const read = readTypedDate(text);
  const own =
    checked && 'problem' in read
      ? [read.problem === 'format' ? tc('date.invalid') : tc('date.noSuchDay', { text: text.trim() })]
      : [];
  const messages = [...own, ...errors.filter((e) => !own.includes(e))];
  const hand = (v: string) => {
    sent.current = v;
    onChange(v);
  };
  const type = (t: string) => {
    setText(t);
    const r = readTypedDate(t);
    hand('date' in r ? r.date : t);
  };
  const pick = (iso: string) => {
    setText(formatLocalDate(iso));
    setChecked(false);
    hand(iso);
    setOpen(false);
    inputRef.current?.focus();
  };
  return (
    <FieldFrame {...frame} className={`date-field${className ? ` ${className}` : ''}`}>
      <div className="date-input">
        <input
          id={id}
          ref={inputRef}
          value={text}
          placeholder={tc('date.placeholder')}
          inputMode="numeric"
          maxLength={10}
          disabled={disabled}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            setChecked(true);
            const r = readTypedDate(text);
            if ('date' in r && r.date) setText(formatLocalDate(r.date));
          }}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={describedBy(id, Boolean(hint), messages.length > 0)}
          autoComplete="off"
          spellCheck={false}
        />
        {picker && (
          <button
            type="button"
            className="quiet date-pick"
            aria-label={tc('date.pick')}
            aria-expanded={open}
            aria-controls={`${id}-calendar`}
            disabled={disabled}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">▦</span>
          </button>
        )}
      </div>
      {open && (
        <Calendar
          id={`${id}-calendar`}
          selected={'date' in read && read.date ? read.date : null}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            inputRef.current?.focus();
          }}
        />
      )}
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      <FieldMessages id={id} errors={messages} />
    </FieldFrame>
  );
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function shiftDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The machine's today, only as where the calendar opens when the field is empty. */
function machineToday(): string {
  const n = new Date();
  return iso(n.getFullYear(), n.getMonth() + 1, n.getDate());
}

/** A month of days, Monday first, in the desk's words; arrows move, Enter picks, Esc closes. */
function Calendar({
  id,
  selected,
  onPick,
  onClose,
}: {
  id: string;
  selected: string | null;
  onPick: (date: string) => void;
  onClose: () => void;
}) {
  const { tp: tc } = useCommonT();
  const [active, setActive] = useState(selected ?? machineToday());
  const grid = useRef<HTMLTableSectionElement>(null);
  const titleId = useId();
  const [y, m] = active.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const weeks: (number | null)[][] = [];
  const cells = [...Array<null>(lead).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  // The keyboard follows the active day, as in a date grid (WAI-ARIA dialog date picker).
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${active}"]`)?.focus();
  }, [active]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
    if (step) {
      e.preventDefault();
      setActive(shiftDays(active, step));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const month = (delta: number) => {
    const t = new Date(Date.UTC(y, m - 1 + delta, 1));
    const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
    const d = Math.min(Number(active.slice(8)), last);
    setActive(iso(t.getUTCFullYear(), t.getUTCMonth() + 1, d));
  };
  const monthName = tc(`date.months.${String(m).padStart(2, '0')}` as 'date.months.01');
  return (
    <div id={id} className="calendar" role="dialog" aria-labelledby={titleId} onKeyDown={onKey}>
      <div className="calendar-head">
        <button
          type="button"
          className="quiet"
          aria-label={tc('date.previousMonth')}
          onClick={() => month(-1)}
        >
          ‹
        </button>
        <strong id={titleId}>
          {monthName} {y}
        </strong>
        <button type="button" className="quiet" aria-label={tc('date.nextMonth')} onClick={() => month(1)}>
          ›
        </button>
      </div>
      <table className="calendar-grid" aria-labelledby={titleId}>
        <thead>
          <tr>
            {(['1', '2', '3', '4', '5', '6', '7'] as const).map((d) => (
              <th key={d} scope="col" className="calendar-weekday">
                {tc(`date.weekdays.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={grid}>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null) ?? 0}>
              {Array.from({ length: 7 }, (_, i) => week[i] ?? null).map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a week has its seven places
                <td key={i}>
                  {d !== null && (
                    <button
                      type="button"
                      data-date={iso(y, m, d)}
                      className={`calendar-day${iso(y, m, d) === selected ? ' calendar-selected' : ''}`}
                      tabIndex={iso(y, m, d) === active ? 0 : -1}
                      aria-label={formatLocalDate(iso(y, m, d))}
                      aria-pressed={iso(y, m, d) === selected}
                      onClick={() => onPick(iso(y, m, d))}
                    >
                      {d}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A month of the desk, mm.yyyy typed, with the month named in words and a step either way. */
export function MonthField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  /** yyyy-mm */
  value: string;
  onChange: (value: string) => void;
}) {
  const { tp: tc } = useCommonT();
  const { text, setText, sent } = useTypedText(value, shownMonth);
  const [checked, setChecked] = useState(false);
  const read = readTypedMonth(text);
  const errors = checked && read === null ? [tc('date.invalidMonth')] : [];
  const hand = (v: string) => {
    sent.current = v;
    onChange(v);
  };
  const step = (delta: number) => {
    const base = read || value;
    if (!ISO_MONTH.test(base)) return;
    const t = new Date(Date.UTC(Number(base.slice(0, 4)), Number(base.slice(5)) - 1 + delta, 1));
    const next = `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`;
    setText(shownMonth(next));
    hand(next);
  };
  const named =
    read && ISO_MONTH.test(read)
      ? `${tc(`date.months.${read.slice(5)}` as 'date.months.01')} ${read.slice(0, 4)}`
      : null;
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <div className="date-input">
        <button
          type="button"
          className="quiet"
          aria-label={tc('date.previousMonth')}
          onClick={() => step(-1)}
        >
          ‹
        </button>
        <input
          id={id}
          value={text}
          placeholder={tc('date.monthPlaceholder')}
          inputMode="numeric"
          maxLength={7}
          onChange={(e) => {
            setText(e.target.value);
            const r = readTypedMonth(e.target.value);
            if (r) hand(r);
          }}
          onBlur={() => setChecked(true)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy(id, Boolean(named), errors.length > 0)}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" className="quiet" aria-label={tc('date.nextMonth')} onClick={() => step(1)}>
          ›
        </button>
      </div>
      {named && (
        <div id={`${id}-hint`} className="hint">
          {named}
        </div>
      )}
      <FieldMessages id={id} errors={errors} />
    </div>
  );
}
