// The open application's decision panel inside the decisions place, with the way back to the
// list it was opened from and the way on to the application in full.

import { useEffect, useRef } from 'react';
import { useDesk } from '../desk.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { useDecisionsT } from './texts.ts';

/** The open application's panel, with the way back to where it was opened from. */
export function OpenFile({ applicationId }: { applicationId: number }) {
  const { tp } = useDecisionsT();
  const desk = useDesk();
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  const full = () => {
    void desk.applications.getState().open(applicationId);
    desk.session.getState().go('applications');
  };
  return (
    <div className="open-file">
      <div className="row">
        <button
          ref={backRef}
          type="button"
          className="quiet"
          onClick={() => desk.decisions.getState().closeFile()}
        >
          ← {tp('backToList')}
        </button>
        <button type="button" className="quiet" onClick={full}>
          {tp('openApplication')}
        </button>
      </div>
      <DecisionPanel applicationId={applicationId} />
    </div>
  );
}
