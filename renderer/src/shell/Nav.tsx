// The clerk's places (places.tsx), in its order. A place that arrives in a later issue is
// shown, plainly marked "soon", and cannot be opened — nothing is faked.

import { useDesk, useSession } from '../desk.tsx';
import { isOpen, PLACES, placeAllowed } from '../places.tsx';
import { useShellT } from './texts.ts';

export function Nav() {
  const { tp } = useShellT();
  const session = useDesk().session;
  const place = useSession((s) => s.place);
  const role = useSession((s) => s.user?.role);
  return (
    <nav className="app-nav" aria-label={tp('navigation')}>
      <ul>
        {PLACES.filter((p) => placeAllowed(p, role)).map((p) =>
          isOpen(p) ? (
            <li key={p.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={place === p.id ? 'page' : undefined}
                onClick={() => session.getState().go(p.id)}
              >
                {tp(`places.${p.id}`)}
                {'Badge' in p && <p.Badge />}
              </button>
            </li>
          ) : (
            <li key={p.id}>
              <button type="button" className="nav-item" disabled title={tp('soonHint')}>
                {tp(`places.${p.id}`)} <span className="soon">({tp('soon')})</span>
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
