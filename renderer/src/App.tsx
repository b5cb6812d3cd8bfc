import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationsScreen } from './applications/ApplicationsScreen.tsx';
import { ComplaintsScreen } from './complaints/ComplaintsScreen.tsx';
import { OverdueComplaintsBanner } from './complaints/OverdueComplaints.tsx';
import { DecisionsScreen } from './decisions/DecisionsScreen.tsx';
import { useDesk, useSession } from './desk.tsx';
import { describeError } from './i18n/errors.ts';
import { IntakeScreen } from './intake/IntakeScreen.tsx';
import { QueueScreen } from './queue/QueueScreen.tsx';
import { ServingBar } from './queue/ServingBar.tsx';
import { SettingsScreen } from './settings/SettingsScreen.tsx';
import { Header } from './shell/Header.tsx';
import { Nav } from './shell/Nav.tsx';
import { FirstStart, SignIn } from './shell/SignIn.tsx';
import { TopErrors } from './ui/Field.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const session = desk.session;
  const phase = useSession((s) => s.phase);
  const place = useSession((s) => s.place);
  const error = useSession((s) => s.error);

  useEffect(() => {
    void session.getState().start();
  }, [session]);

  return (
    <div className="app">
      <Header />
      {phase === 'ready' && <Nav />}
      <main className="app-main">
        {phase === 'ready' && error && <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />}
        {phase === 'loading' && <p role="status">{t('common.loading')}</p>}
        {phase === 'first_start' && <FirstStart />}
        {phase === 'sign_in' && <SignIn />}
        {phase === 'ready' && <ServingBar />}
        {phase === 'ready' && <OverdueComplaintsBanner />}
        {phase === 'ready' && place === 'queue' && <QueueScreen pollMs={desk.queuePollMs} />}
        {phase === 'ready' && place === 'intake' && <IntakeScreen />}
        {phase === 'ready' && place === 'applications' && <ApplicationsScreen />}
        {phase === 'ready' && place === 'decisions' && <DecisionsScreen />}
        {phase === 'ready' && place === 'complaints' && <ComplaintsScreen />}
        {phase === 'ready' && place === 'settings' && <SettingsScreen />}
      </main>
    </div>
  );
}
