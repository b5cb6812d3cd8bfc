// Issue 11: one map of the desk's keys. Alt+7 used to accept a package in Intake and issue an
// A ticket in Queue: a habit from one place did something else in the other. Here every key
// means one thing on the whole desk (a test holds it so), every place takes its keys from here,
// and F1 shows this map (ui/ShortcutHelp.tsx). Digits and letters by physical key, so they work
// in the Kazakh and Russian layouts alike. The queue's steps are on F-keys: they are pressed
// from any place while a visitor is at the desk, so they must not collide with a place's Alt+digit.

import { useEffect, useRef } from 'react';

export const SHORTCUTS = {
  help: { keys: 'F1', place: 'desk' },
  lock: { keys: 'Ctrl+L', place: 'desk' },
  'intake.applicantIin': { keys: 'Alt+1', place: 'intake' },
  'intake.representativeIin': { keys: 'Alt+2', place: 'intake' },
  'intake.documents': { keys: 'Alt+3', place: 'intake' },
  'intake.markAll': { keys: 'Alt+4', place: 'intake' },
  'intake.printConsent': { keys: 'Alt+5', place: 'intake' },
  'intake.consentSigned': { keys: 'Alt+6', place: 'intake' },
  'intake.accept': { keys: 'Alt+7', place: 'intake' },
  'intake.turnAway': { keys: 'Alt+8', place: 'intake' },
  'intake.clear': { keys: 'Alt+9', place: 'intake' },
  'queue.callNext': { keys: 'F2', place: 'queue' },
  'queue.came': { keys: 'F3', place: 'queue' },
  'queue.recall': { keys: 'F4', place: 'queue' },
  'queue.noShow': { keys: 'F8', place: 'queue' },
  'queue.finish': { keys: 'F9', place: 'queue' },
  'queue.issueHandIn': { keys: 'Alt+A', place: 'queue' },
  'queue.issueCollect': { keys: 'Alt+B', place: 'queue' },
  'queue.largePrint': { keys: 'Alt+L', place: 'queue' },
} as const satisfies Record<string, { keys: string; place: 'desk' | 'intake' | 'queue' }>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** The keys of an action, as shown on its button and in aria-keyshortcuts. */
export const keysOf = (id: ShortcutId): string => SHORTCUTS[id].keys;

/** Whether a key press is these keys: modifiers exactly, the key by its physical place. */
export function pressed(
  e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'key'>,
  keys: string,
): boolean {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  const alt = parts.includes('Alt');
  const ctrl = parts.includes('Ctrl');
  if (e.altKey !== alt || e.ctrlKey !== ctrl || e.metaKey || e.shiftKey) return false;
  if (/^[0-9]$/.test(key))
    return e.code === `Digit${key}` || e.code === `Numpad${key}` || (!e.code && e.key === key);
  if (/^[A-Z]$/.test(key)) return e.code === `Key${key}`;
  return e.code === key || e.key === key;
}

/** Runs the place's actions on their keys while the place is on screen. */
export function useShortcuts(actions: Partial<Record<ShortcutId, () => void>>): void {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      for (const [id, run] of Object.entries(current.current)) {
        if (run && pressed(e, SHORTCUTS[id as ShortcutId].keys)) {
          e.preventDefault();
          run();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
