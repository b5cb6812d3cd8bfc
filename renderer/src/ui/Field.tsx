// A labelled input with its hint and its messages, tied together for screen readers
// (aria-describedby) and for Playwright (the label is the accessible name).

import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useCommonT } from '../i18n/common-texts.ts';

export function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint && `${id}-hint`, errors && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * What describes a control or a group whose messages FieldMessages shows under `id`: its other
 * notes, then `<id>-error` while it has messages (for fields and fieldsets outside TextField).
 */
export function describedWithErrors(
  id: string,
  errors: readonly string[],
  ...notes: (string | false | undefined)[]
): string | undefined {
  const ids = [...notes, errors.length > 0 && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({ id, errors }: { id: string; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <div id={`${id}-error`} className="field-error">
      {errors.map((e) => (
        <div key={e}>{e}</div>
      ))}
    </div>
  );
}

/** What every labelled field of the desk takes (TextField, DateField). */
export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  hint?: ReactNode;
  optional?: boolean;
  wide?: boolean;
  className?: string;
}

/** The field's box and its label, "(optional)" said where it is. */
export function FieldFrame({
  id,
  label,
  optional,
  wide,
  className,
  children,
}: Pick<FieldProps, 'id' | 'label' | 'optional' | 'wide' | 'className'> & { children: ReactNode }) {
  const { tp: tc } = useCommonT();
  return (
    <div className={`field${wide ? ' field-wide' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({tc('optional')})</span>}
      </label>
      {children}
    </div>
  );
}

interface TextFieldProps
  extends FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id' | 'className'> {
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  errors = [],
  hint,
  optional,
  inputRef,
  wide,
  className,
  ...rest
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} optional={optional} wide={wide} className={className}>
      <input
        id={id}
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(id, Boolean(hint), errors.length > 0)}
        autoComplete="off"
        spellCheck={false}
        {...rest}
      />
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      <FieldMessages id={id} errors={errors} />
    </FieldFrame>
  );
}

/** A whole number within bounds; an emptied field reads NaN, which the contract refuses. */
export function NumberField(p: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  errors: string[];
  set: (n: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="number"
        inputMode="numeric"
        min={p.min}
        max={p.max}
        value={Number.isFinite(p.value) ? p.value : ''}
        aria-invalid={p.errors.length > 0 || undefined}
        aria-describedby={p.errors.length ? `${p.id}-error` : undefined}
        onChange={(e) => p.set(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      />
      <FieldMessages id={p.id} errors={p.errors} />
    </div>
  );
}

/** Messages that belong to no field on screen. */
export function TopErrors({ messages }: { messages: readonly string[] }) {
  const { tp: tc } = useCommonT();
  if (!messages.length) return null;
  return (
    <div className="error-banner" role="alert">
      <strong>{tc('errorTitle')}</strong>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/** The accelerator shown on a button; the button itself carries aria-keyshortcuts. */
export function Kbd({ keys }: { keys: string }) {
  return (
    <span className="kbd" aria-hidden="true">
      {keys}
    </span>
  );
}
