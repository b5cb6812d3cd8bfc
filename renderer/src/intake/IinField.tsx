// The IIN, checked as it is typed (shared/domain/iin.ts): the part that is wrong is named and
// marked; a right one shows the birth date, sex and age it carries.

import { type Ref, useState } from 'react';
import { ageOn } from '../../../shared/domain/applicant.ts';
import { type IinProblem, parseIin } from '../../../shared/domain/iin.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useCommonT } from '../i18n/common-texts.ts';
import { useIssuesT } from '../i18n/contract-texts.ts';
import { describedBy, FieldMessages } from '../ui/Field.tsx';
import { useIntakeT } from './texts.ts';

/** Where each problem sits in the 12 digits: YYMMDD · C · SSSS · K. */
const PARTS: { from: number; to: number; problems: IinProblem[] }[] = [
  { from: 0, to: 6, problems: ['date'] },
  { from: 6, to: 7, problems: ['century'] },
  { from: 7, to: 11, problems: ['never_issued'] },
  { from: 11, to: 12, problems: ['checksum', 'never_issued'] },
];

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  today: string;
  /** Messages from the main side for this field. */
  errors: readonly string[];
  inputRef?: Ref<HTMLInputElement>;
  shortcut?: string;
}

export function IinField({ id, label, value, onChange, today, errors, inputRef, shortcut }: Props) {
  const { tp } = useIntakeT();
  const { tp: tc } = useCommonT();
  const { tp: tis } = useIssuesT();
  const [left, setLeft] = useState(false);
  const parsed = parseIin(value);
  // While the 12 digits are still being typed, a short number is progress, not a mistake.
  const typing = !parsed.ok && parsed.problem === 'length' && !left;
  const problem = value === '' || parsed.ok || typing ? null : parsed.problem;
  const live = problem ? [tis(`iin_${problem}`, { field: label })] : [];
  const all = [...live, ...errors.filter((e) => !live.includes(e))];
  const hint = value !== '' && (parsed.ok || typing);

  return (
    <div className="field field-iin">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className="iin-input"
        aria-invalid={all.length > 0 || undefined}
        aria-describedby={describedBy(id, hint, all.length > 0)}
        aria-keyshortcuts={shortcut}
        onChange={(e) => {
          setLeft(false);
          onChange(e.target.value);
        }}
        onBlur={() => setLeft(true)}
      />
      {value !== '' && /^\d+$/.test(value) && (
        <div className="iin-parts" aria-hidden="true">
          {PARTS.map((p) => (
            <span
              key={p.from}
              className={problem && p.problems.includes(problem) ? 'iin-part bad' : 'iin-part'}
            >
              {value.slice(p.from, p.to).padEnd(p.to - p.from, '·')}
            </span>
          ))}
        </div>
      )}
      {hint && (
        <div id={`${id}-hint`} className="hint iin-derived">
          {parsed.ok
            ? [
                tp('iinBorn', { date: formatLocalDate(parsed.info.birthDate) }),
                tp('iinSex', { sex: tc(`sex.${parsed.info.sex}`) }),
                tp('iinAge', { age: ageOn(parsed.info.birthDate, today) }),
              ].join(' · ')
            : tp('iinTyped', { count: value.length })}
        </div>
      )}
      <FieldMessages id={id} errors={all} />
    </div>
  );
}
