// The handover tab (§16: the letter is handed over only when the consumer comes): the talon's QR
// code read by the scanner, or a search by hand, opens the application's panel.

import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { DueRow } from '../../../shared/contract/decisions.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { OpenFile } from './OpenFile.tsx';
import { StatusPill } from './StatusPill.tsx';
import { useDecisionsT } from './texts.ts';

export function HandoverTab() {
  const { tp } = useDecisionsT();
  const { tp: ta } = useApplicationsT();
  const store = useDesk().decisions;
  const query = useDecisions((s) => s.query);
  const results = useDecisions((s) => s.results);
  const searched = useDecisions((s) => s.searched);
  const file = useDecisions((s) => s.file);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!file) inputRef.current?.focus();
  }, [file]);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // The scanner ends the number with Enter, as a person would.
    if (e.key === 'Enter') {
      e.preventDefault();
      void store.getState().search();
    }
  };
  return (
    <div className="handover">
      <div className="field search-field">
        <label htmlFor="handover-search">{tp('handover.search')}</label>
        <input
          id="handover-search"
          ref={inputRef}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="handover-hint"
          onChange={(e) => store.getState().setQuery(e.target.value)}
          onKeyDown={onKey}
        />
        <div id="handover-hint" className="hint">
          {tp('handover.hint')}
        </div>
      </div>
      {file ? (
        <OpenFile applicationId={file.applicationId} />
      ) : (
        searched !== null && (
          <>
            <p className="hint" role="status">
              {results.length ? tp('handover.found', { count: results.length }) : tp('handover.nothing')}
            </p>
            {results.length > 0 && (
              <ul className="found-list">
                {results.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void store.getState().openFile(r.id)}
                    >
                      {r.regNumber}
                    </button>{' '}
                    {r.applicantName}
                    {r.representativeName && ` · ${ta('representative', { name: r.representativeName })}`}{' '}
                    <StatusPill status={r.status as DueRow['status']} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}
