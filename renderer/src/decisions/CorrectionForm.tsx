// Correcting the last step in force: a wrong step is not deleted but voided by a correction that
// says why (§5), and the history shows both.

import { useState } from 'react';
import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { messagesAt, type Placed } from '../i18n/errors.ts';
import { TextArea } from './move-forms/fields.tsx';
import { useDecisionsT } from './texts.ts';

export function CorrectionForm({ file, placed }: { file: DecisionFile; placed: Placed[] }) {
  const { tp } = useDecisionsT();
  const store = useDesk().decisions;
  const busy = useDecisions((s) => s.busy);
  const [reason, setReason] = useState('');
  const target = file.correctable;
  if (!target) return null;
  return (
    <details className="correction-box">
      <summary>{tp('panel.correctLast', { step: tp(`steps.${target.move}`) })}</summary>
      <p className="hint">{tp('panel.correctHint')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await store
            .getState()
            .move('decisions.correct', { applicationId: file.applicationId, stepId: target.stepId, reason });
          if (ok) setReason('');
        }}
      >
        <TextArea
          id="correction-reason"
          label={tp('panel.correctionReason')}
          value={reason}
          onChange={setReason}
          errors={messagesAt(placed, 'reason')}
        />
        <button type="submit" className="warn" disabled={busy}>
          {tp('actions.correct')}
        </button>
      </form>
    </details>
  );
}
