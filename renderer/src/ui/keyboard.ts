// Keyboard-first desk work: Alt+digit accelerators (by physical key, so they work in the
// Kazakh and Russian layouts alike) and Enter that moves to the next field like Tab does.

import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef } from 'react';

export type Accelerators = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9', () => void>>;

export function useAccelerators(map: Accelerators): void {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
      const run = digit ? current.current[digit as keyof Accelerators] : undefined;
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/** What Tab would visit inside `root`, in order: one stop per radio group, as browsers do. */
function tabStops(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && !el.closest('[hidden], [inert]'),
  );
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = all.filter(
      (o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name,
    );
    const stop = group.find((o) => o.checked) ?? group[0];
    return stop === el;
  });
}

/** Enter on a field moves on; on a button it keeps its own meaning (press). */
export function enterMovesOn(e: ReactKeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey || e.metaKey) return;
  const target = e.target as HTMLElement;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  if (target instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(target.type)) return;
  e.preventDefault();
  const stops = tabStops(e.currentTarget);
  const next = stops[stops.indexOf(target) + 1];
  next?.focus();
}
