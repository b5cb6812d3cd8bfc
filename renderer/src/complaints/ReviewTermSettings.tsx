// Settings: the review term of complaints. The standard sets none; the default of the service
// definition (15 working days) holds until the head, the deputy or the administrator changes it.

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import { useDesk, useSession } from '../desk.tsx';
import { describeError, messagesAt } from '../i18n/errors.ts';
import { Notice } from '../ui/Announcer.tsx';
import { TextField } from '../ui/Field.tsx';
import { useComplaintsT } from './texts.ts';

export function ReviewTermSettings() {
  const { tp, i18n } = useComplaintsT();
  const store = useDesk().complaints;
  const reviewTerm = useStore(store, (s) => s.reviewTerm);
  const notice = useStore(store, (s) => s.notice);
  const error = useStore(store, (s) => s.error);
  const role = useSession((s) => s.user?.role);
  const [days, setDays] = useState('');

  useEffect(() => {
    void store.getState().loadReviewTerm();
  }, [store]);
  useEffect(() => {
    if (reviewTerm) setDays(String(reviewTerm.reviewTerm.length));
  }, [reviewTerm]);

  if (!reviewTerm) return null;
  const mayChange = roleMayCall(role, 'complaints.setReviewTerm');
  const placed = error ? describeError(i18n, error) : [];

  return (
    <form
      className="panel"
      aria-labelledby="review-term-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().saveReviewTerm(Number(days));
      }}
    >
      <h2 id="review-term-title">{tp('settings.title')}</h2>
      <p className="hint">{tp('settings.explain', { length: reviewTerm.defaultReviewTerm.length })}</p>
      {mayChange ? (
        <div className="row">
          <TextField
            id="review-term-days"
            type="number"
            min={1}
            max={60}
            label={tp('settings.days')}
            value={days}
            onChange={setDays}
            errors={messagesAt(placed, 'reviewTermDays')}
          />
          <button type="submit" className="secondary">
            {tp('settings.save')}
          </button>
          <Notice text={notice === 'term_saved' ? tp('notices.term_saved') : null} />
        </div>
      ) : (
        <>
          <p>{tp('settings.current', { length: reviewTerm.reviewTerm.length })}</p>
          <p className="hint">{tp('settings.onlyHeads')}</p>
        </>
      )}
    </form>
  );
}
