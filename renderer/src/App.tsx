import { Fragment, Suspense, useEffect } from 'react';
import { preloadContract } from './api/check.ts';
import { useDesk, useSession } from './desk.tsx';
import { useCommonT } from './i18n/common-texts.ts';
import { describeError } from './i18n/errors.ts';
import { OPEN_PLACES, placeAllowed, preloadPlaces } from './places.tsx';
import { ServingBar } from './queue/ServingBar.tsx';
import { Header } from './shell/Header.tsx';
import { Nav } from './shell/Nav.tsx';
import { ChangePassword, FirstStart, LockScreen, SignIn } from './shell/SignIn.tsx';
import { Announcer } from './ui/Announcer.tsx';
import { TopErrors } from './ui/Field.tsx';
import { useIdleLock, useLockShortcut } from './ui/keyboard.ts';
import { lazyPart } from './ui/lazy-place.ts';
import { ShortcutHelp } from './ui/ShortcutHelp.tsx';

// §21: for the head and the deputy only, and only while complaints are overdue (issue 12: a part).
const OverdueComplaintsBanner = lazyPart(() =>
  import('./complaints/OverdueComplaints.tsx').then((m) => m.OverdueComplaintsBanner),
);

export function App() {
  const { tp: tc, i18n } = useCommonT();
  const session = useDesk().session;
  const phase = useSession((s) => s.phase);
  const place = useSession((s) => s.place);
  const error = useSession((s) => s.error);
  const generation = useSession((s) => s.generation);
  const role = useSession((s) => s.user?.role);
  const idleMinutes = useSession((s) => s.office?.security.idleLockMinutes ?? 10);
  const open = OPEN_PLACES.find((p) => p.id === place);
  const Screen = open && placeAllowed(open, role) ? open.Screen : undefined;
  const atWork = phase === 'ready' || phase === 'locked';
  const lock = phase === 'ready' ? () => void session.getState().lock() : null;
  useLockShortcut(lock);
  useIdleLock(idleMinutes, lock);

  useEffect(() => {
    void session.getState().start();
  }, [session]);
  // The other places' chunks and parts and the contract's checks, once the first screen (the
  // sign-in form) is up and painted: loaded while the clerk types (ui/lazy-place.ts, api/check.ts).
  useEffect(() => {
    if (phase === 'loading') return;
    const preload = () => void Promise.all([preloadPlaces(), preloadContract()]);
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(preload, { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }
    const later = setTimeout(preload, 0);
    return () => clearTimeout(later);
  }, [phase]);

  return (
    <div className="app">
      <Header />
      {phase === 'ready' && <Nav />}
      <main className="app-main">
        {phase === 'ready' && error && <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />}
        {phase === 'loading' && <p role="status">{tc('loading')}</p>}
        {phase === 'first_start' && <FirstStart />}
        {phase === 'sign_in' && <SignIn />}
        {phase === 'change_password' && <ChangePassword />}
        {phase === 'locked' && <LockScreen />}
        {/* Locked, the places stay mounted as they were (a half-filled form keeps its state for
            the same user) but hidden and unreachable; the main side refuses their calls anyway. */}
        {atWork && (
          <div className="places" hidden={phase === 'locked'} inert={phase === 'locked'}>
            {/* A restore replaced the data under every place: each is mounted afresh. */}
            <Fragment key={generation}>
              <ServingBar />
              <OverdueComplaintsBanner />
              <Suspense fallback={<p role="status">{tc('loading')}</p>}>{Screen && <Screen />}</Suspense>
            </Fragment>
            {phase === 'ready' && <ShortcutHelp />}
          </div>
        )}
      </main>
      <Announcer />
    </div>
  );
}
