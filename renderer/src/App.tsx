import { useEffect } from 'react';
import { OverdueComplaintsBanner } from './complaints/OverdueComplaints.tsx';
import { useDesk, useSession } from './desk.tsx';
import { useCommonT } from './i18n/common-texts.ts';
import { describeError } from './i18n/errors.ts';
import { OPEN_PLACES, placeAllowed } from './places.tsx';
import { ServingBar } from './queue/ServingBar.tsx';
import { Header } from './shell/Header.tsx';
import { Nav } from './shell/Nav.tsx';
import { FirstStart, SignIn } from './shell/SignIn.tsx';
import { TopErrors } from './ui/Field.tsx';

export function App() {
  const { tp: tc, i18n } = useCommonT();
  const session = useDesk().session;
  const phase = useSession((s) => s.phase);
  const place = useSession((s) => s.place);
  const error = useSession((s) => s.error);
  const role = useSession((s) => s.user?.role);
  const open = OPEN_PLACES.find((p) => p.id === place);
  const Screen = open && placeAllowed(open, role) ? open.Screen : undefined;

  useEffect(() => {
    void session.getState().start();
  }, [session]);

  return (
    <div className="app">
      <Header />
      {phase === 'ready' && <Nav />}
      <main className="app-main">
        {phase === 'ready' && error && <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />}
        {phase === 'loading' && <p role="status">{tc('loading')}</p>}
        {phase === 'first_start' && <FirstStart />}
        {phase === 'sign_in' && <SignIn />}
        {phase === 'ready' && <ServingBar />}
        {phase === 'ready' && <OverdueComplaintsBanner />}
        {phase === 'ready' && Screen && <Screen />}
      </main>
    </div>
  );
}
