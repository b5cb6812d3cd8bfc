// Issue 11: F1 shows the desk's one map of keys (ui/shortcuts.ts) in kk/ru. A modal dialog:
// the keyboard stays inside it (Tab and Shift+Tab go round), Esc closes it, and the focus goes
// back to where it was.

import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useCommonT } from '../i18n/common-texts.ts';
import { Kbd } from './Field.tsx';
import { keysOf, SHORTCUTS, type ShortcutId, useShortcuts } from './shortcuts.ts';

const PLACES = ['desk', 'intake', 'queue'] as const;

export function ShortcutHelp() {
  const { tp: tc } = useCommonT();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLElement | null>(null);
  useShortcuts({
    help: () => {
      if (open) return;
      back.current = document.activeElement as HTMLElement | null;
      setOpen(true);
    },
  });
  useEffect(() => {
    if (open) dialog.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);
  if (!open) return null;
  const close = () => {
    setOpen(false);
    back.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const stops = [...dialog.current.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    const first = stops[0];
    const last = stops.at(-1);
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  const ids = Object.keys(SHORTCUTS) as ShortcutId[];
  return (
    <div className="shortcut-backdrop">
      <div
        ref={dialog}
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-title"
        aria-describedby="shortcut-intro"
        onKeyDown={onKey}
      >
        <div className="section-head">
          <h2 id="shortcut-title">{tc('shortcuts.title')}</h2>
          <button type="button" className="secondary" onClick={close}>
            {tc('shortcuts.close')}
          </button>
        </div>
        <p id="shortcut-intro" className="hint">
          {tc('shortcuts.intro')}
        </p>
        {/* The list scrolls inside the dialog on a small screen; Tab reaches it too. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region the keyboard must reach */}
        <div className="shortcut-list" tabIndex={0}>
          {PLACES.map((place) => (
            <table key={place} className="compact">
              <caption>{tc(`shortcuts.places.${place}`)}</caption>
              <tbody>
                {ids
                  .filter((id) => SHORTCUTS[id].place === place)
                  .map((id) => (
                    <tr key={id}>
                      <th scope="row">
                        <Kbd keys={keysOf(id)} />
                      </th>
                      <td>{tc(`shortcuts.labels.${id}` as 'shortcuts.labels.help')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </div>
      </div>
    </div>
  );
}
