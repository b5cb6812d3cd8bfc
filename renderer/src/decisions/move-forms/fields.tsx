// What every move form is made of: its values, the text fields and the note it may ask for,
// and the frame — the fields, the "print the letter first" warning and the button that records
// the step. A recorded step clears the form (the panel then mounts it afresh).

import { type FormEvent, type ReactNode, useState } from 'react';
import type { DecisionFile } from '../../../../shared/contract/decisions.ts';
import type { Move } from '../../../../shared/domain/application-states.ts';
import { useDecisions, useDesk } from '../../desk.tsx';
import { useFieldsT } from '../../i18n/contract-texts.ts';
import { messagesAt, type Placed } from '../../i18n/errors.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FieldMessages, TextField } from '../../ui/Field.tsx';
import { useDecisionsT } from '../texts.ts';

/** What the panel hands every move form. */
export interface MoveFormProps {
  move: Move;
  file: DecisionFile;
  /** The office's today: the default of every date the form asks for. */
  today: string;
  placed: Placed[];
  onDone: () => void;
}

export function TextArea({
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

/** A move form's values and its fields, each with its id, label and the errors at its path. */
export function useMoveForm({ move, file, placed }: MoveFormProps, initial: Record<string, string> = {}) {
  const { tp } = useDecisionsT();
  const { tp: tf } = useFieldsT();
  const [v, setV] = useState<Record<string, string>>(initial);
  const set = (key: string) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const id = (name: string) => `${move}-${name}`;
  const text = (name: string, opts: { optional?: boolean } = {}) => (
    <TextField
      id={id(name)}
      label={tf(name as 'orderNumber')}
      value={v[name] ?? ''}
      onChange={set(name)}
      optional={opts.optional}
      errors={messagesAt(placed, name)}
    />
  );
  /** A date of the step, dd.mm.yyyy on screen whatever the machine's locale (issue 11). */
  const date = (name: string) => (
    <DateField
      id={id(name)}
      label={tf(name as 'orderDate')}
      value={v[name] ?? ''}
      onChange={set(name)}
      errors={messagesAt(placed, name)}
    />
  );
  const textArea = (name: string, label: string) => (
    <TextArea
      id={id(name)}
      label={label}
      value={v[name] ?? ''}
      onChange={set(name)}
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
  return {
    v,
    set,
    /** What the form holds for these fields, '' for one left empty: the step's input. */
    values: <K extends string>(...names: K[]) =>
      Object.fromEntries(names.map((n) => [n, v[n] ?? ''])) as Record<K, string>,
    id,
    text,
    date,
    textArea,
    note,
    /** The note, when one was written. */
    noteInput: v.note?.trim() ? { note: v.note } : {},
    /** The application the step is recorded on. */
    at: { applicationId: file.applicationId },
    store: useDesk().decisions,
  };
}

/** The form around a move's fields; `record` records the step and says whether it was. */
export function MoveFrame({
  move,
  onDone,
  record,
  danger = false,
  needsLetter = false,
  children,
}: {
  move: Move;
  onDone: () => void;
  record: () => Promise<boolean>;
  /** A step against the applicant's wish (a refusal, a return): the button says so. */
  danger?: boolean;
  /** The letter must be printed before it is sent or handed over. */
  needsLetter?: boolean;
  children: ReactNode;
}) {
  const { tp } = useDecisionsT();
  const busy = useDecisions((s) => s.busy);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await record()) onDone();
  };
  return (
    <form
      className={`move-form move-${move}`}
      onSubmit={(e) => void submit(e)}
      aria-label={tp(`actions.${move}`)}
    >
      <div className="person-fields">{children}</div>
      {needsLetter && <p className="warning">{tp('panel.printFirst')}</p>}
      <div className="row">
        <button type="submit" className={danger ? 'warn' : 'primary'} disabled={busy || needsLetter}>
          {tp(`actions.${move}`)}
        </button>
      </div>
    </form>
  );
}
