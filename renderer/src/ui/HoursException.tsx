// §10: when the desk refuses for the hours (outside_hours), the form asks for the reason the
// record is taken anyway; with it the clerk repeats the action. Shown by intake and complaints.

import { useCommonT } from '../i18n/common-texts.ts';
import { TextField } from './Field.tsx';

/** The reason field; `value` null: the desk has not refused for the hours, nothing to show. */
export function HoursExceptionField(p: {
  id: string;
  value: string | null;
  onChange(value: string): void;
  errors: readonly string[];
}) {
  const { tp } = useCommonT();
  if (p.value === null) return null;
  return (
    <TextField
      id={p.id}
      label={tp('hours.label')}
      hint={tp('hours.hint')}
      value={p.value}
      onChange={p.onChange}
      errors={p.errors}
      maxLength={500}
      wide
    />
  );
}

/** On a record's view: the reason it was taken outside the hours, when there is one. */
export function HoursExceptionLine({ reason }: { reason: string | null }) {
  const { tp } = useCommonT();
  if (reason === null) return null;
  return (
    <p className="warning" data-testid="hours-exception">
      {tp('hours.recorded', { reason })}
    </p>
  );
}

/** The contract's field from what the clerk typed: only a reason with words in it is sent. */
export function hoursExceptionOf(reason: string | null | undefined): { hoursException?: { reason: string } } {
  return reason?.trim() ? { hoursException: { reason } } : {};
}
