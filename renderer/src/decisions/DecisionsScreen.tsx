// The decisions place, one tab at a time: the due list by days left to the §7.1 term (DueTab),
// the in-person handover with the talon's QR code read by the scanner (HandoverTab), and the
// day's post with its register, envelopes or labels (PostTab).

import { useEffect } from 'react';
import { useDecisions, useDesk } from '../desk.tsx';
import { describeError } from '../i18n/errors.ts';
import type { DecisionsTab } from '../stores/decisions.ts';
import { TopErrors } from '../ui/Field.tsx';
import { DueTab } from './DueTab.tsx';
import { HandoverTab } from './HandoverTab.tsx';
import { PostTab } from './PostTab.tsx';
import { useDecisionsT } from './texts.ts';
import './decisions.css';
import { Notice } from '../ui/Announcer.tsx';

const TABS: readonly DecisionsTab[] = ['due', 'handover', 'post'];

export function DecisionsScreen() {
  const { tp, i18n } = useDecisionsT();
  const store = useDesk().decisions;
  const tab = useDecisions((s) => s.tab);
  const error = useDecisions((s) => s.error);
  const notice = useDecisions((s) => s.notice);
  const file = useDecisions((s) => s.file);
  // A panel left open in an application's detail is not what this place opens on; a visitor
  // sent from the queue to collect the result (§7.3) is.
  useEffect(() => {
    if (store.getState().handoverTicketId === null) store.getState().closeFile();
  }, [store]);
  return (
    <section className="decisions" aria-labelledby="decisions-title">
      <div className="screen-head">
        <h1 id="decisions-title">{tp('title')}</h1>
      </div>
      <div className="tabs decision-tabs" role="tablist" aria-label={tp('title')}>
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls={`panel-${x}`}
            className="tab"
            onClick={() => store.getState().setTab(x)}
          >
            {tp(`tabs.${x}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {/* The panel shows its own errors and notices next to its forms. */}
        {!file && error && <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />}
        <Notice
          as="p"
          text={
            !file && notice
              ? notice === 'printed'
                ? tp('notice.printed')
                : notice === 'shown'
                  ? tp('notice.shown')
                  : tp('panel.saved')
              : null
          }
        />
        {tab === 'due' && <DueTab />}
        {tab === 'handover' && <HandoverTab />}
        {tab === 'post' && <PostTab />}
      </div>
    </section>
  );
}
