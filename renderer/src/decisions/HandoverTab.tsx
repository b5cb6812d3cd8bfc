// The handover tab (§16: the letter is handed over only when the consumer comes): the talon's QR
// code read by the scanner, or a search by hand, opens the application's panel.

import { useEffect, useRef } from 'react';
import type { DueRow } from '../../../shared/contract/decisions.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { SearchField } from '../ui/SearchField.tsx';
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
  return (
    <div className="handover">
      <SearchField
        id="handover-search"
        label={tp('handover.search')}
        hint={tp('handover.hint')}
        inputRef={inputRef}
        value={query}
        onChange={(q) => store.getState().setQuery(q)}
        onEnter={() => void store.getState().search()}
      />
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
