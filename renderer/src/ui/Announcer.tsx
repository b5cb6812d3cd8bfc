// What a screen reader says without the focus moving (issue 13, WCAG 4.1.3 Status Messages): the
// ticket just called, the application just accepted. One polite live region, in the page from the
// start — a region that appears together with its text is not read out by every screen reader —
// whose text a place sets with useAnnouncement when the thing to say appears or changes.

import { useEffect, useSyncExternalStore } from 'react';

let said = '';
const listeners = new Set<() => void>();

function say(text: string): void {
  // The same words again (a second ticket called after the first was finished, say) must change
  // the region's text to be read again: a no-break space tells them apart.
  said = text === said.trimEnd() ? `${text}\u00a0` : text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Says `text` through the desk's live region when it appears or changes (nothing for null). */
export function useAnnouncement(text: string | null): void {
  useEffect(() => {
    if (text) say(text);
  }, [text]);
}

/** The desk's one live region for status messages, visually hidden (App.tsx renders it once). */
export function Announcer() {
  const text = useSyncExternalStore(subscribe, () => said);
  return (
    <div className="visually-hidden" role="status" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}

/**
 * The result of a save or a print, shown beside the button that did it. Its live region is there,
 * empty, before the result (4.1.3): a region that appears together with its words is not read out
 * by every screen reader. The words are not repeated in the desk's own region above.
 */
export function Notice({ text, as: Tag = 'span' }: { text: string | null; as?: 'span' | 'p' }) {
  return (
    <Tag className="notice" role="status">
      {text}
    </Tag>
  );
}
