// Issue 11: the browser's own file input says "Choose files / No file chosen" in the machine's
// language. The input stays (hidden, still labelled, so a keyboard user and the tests reach it
// through our button); the button and the line that says what was chosen are in kk/ru.

import { type ReactNode, useRef } from 'react';
import { useCommonT } from '../i18n/common-texts.ts';

export function FilePicker({
  id,
  label,
  accept,
  multiple,
  disabled,
  chosen,
  hint,
  onPick,
}: {
  id: string;
  label: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The names chosen so far, said under the button ("none" when empty); null: say nothing. */
  chosen: readonly string[] | null;
  hint?: ReactNode;
  /** The files picked; the input is emptied after, so the same file can be picked again. */
  onPick: (files: FileList | null) => void;
}) {
  const { tp: tc } = useCommonT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          onPick(e.target.files);
          e.target.value = '';
        }}
      />
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          aria-describedby={`${id}-chosen`}
          onClick={() => input.current?.click()}
        >
          {multiple ? tc('files.chooseMany') : tc('files.choose')}
        </button>
        <span id={`${id}-chosen`} className="hint">
          {chosen === null
            ? null
            : chosen.length
              ? tc('files.chosen', { names: chosen.join(', ') })
              : tc('files.none')}
        </span>
      </div>
      {hint && <div className="hint">{hint}</div>}
    </div>
  );
}
