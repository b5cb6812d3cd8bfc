// The complaints place: the journal, the register form, one complaint in full.

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useDesk } from '../desk.tsx';
import { ComplaintView } from './ComplaintView.tsx';
import { Journal } from './Journal.tsx';
import { RegisterForm } from './RegisterForm.tsx';
import './complaints.css';

export function ComplaintsScreen() {
  const store = useDesk().complaints;
  const view = useStore(store, (s) => s.view);
  useEffect(() => {
    if (store.getState().view === 'journal') void store.getState().loadJournal();
  }, [store]);
  if (view === 'register') return <RegisterForm />;
  if (view === 'detail') return <ComplaintView />;
  return <Journal />;
}
