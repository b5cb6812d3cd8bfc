// Keyboard-first desk work: Enter that moves to the next field like Tab does, the lock and the
// idle lock. The places' own keys are one map in shortcuts.ts.

import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef } from 'react';
import { keysOf, pressed } from './shortcuts.ts';

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

/**
 * Ctrl+L locks the desk, the Win+L habit for a desk whose own screen lock may be off. By the
 * physical key, so it works in the Kazakh and Russian layouts alike (there the key types «Д»);
 * the browser's own Ctrl+L (the address bar) is kept from it.
 */
export function useLockShortcut(lock: (() => void) | null): void {
  const current = useRef(lock);
  current.current = lock;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!pressed(e, keysOf('lock'))) return;
      if (!current.current) return;
      e.preventDefault();
      current.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** What counts as someone at the desk: a key, the mouse, the wheel, a touch. */
const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * Calls `lock` after `minutes` without any input (§18: a desk left unattended shows nothing).
 * Null `lock` (nobody at work on the desk) stops the timer.
 */
export function useIdleLock(minutes: number, lock: (() => void) | null): void {
  const current = useRef(lock);
  current.current = lock;
  const active = lock !== null;
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => current.current?.(), minutes * 60_000);
    };
    restart();
    for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, restart);
    };
  }, [minutes, active]);
}
