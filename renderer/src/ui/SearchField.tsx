// The search box of a register: typed into by a person or by a scanner that ends the number
// with Enter, as a person would; Enter searches.

import type { Ref } from 'react';

export function SearchField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  onEnter(): void;
  inputRef?: Ref<HTMLInputElement>;
  hint?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className="field search-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        type="search"
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          props.onEnter();
        }}
      />
      {props.hint && (
        <div id={hintId} className="hint">
          {props.hint}
        </div>
      )}
    </div>
  );
}
