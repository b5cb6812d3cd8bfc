// The clerk's places (places.tsx), in its order; a place whose roles do not include the
// person's is not shown.

import { useDesk, useSession } from '../desk.tsx';
import { OPEN_PLACES, placeAllowed } from '../places.tsx';
import { useShellT } from './texts.ts';

export function Nav() {
  const { tp } = useShellT();
  const session = useDesk().session;
  const place = useSession((s) => s.place);
  const role = useSession((s) => s.user?.role);
  return (
    <nav className="app-nav" aria-label={tp('navigation')}>
      <ul>
        {OPEN_PLACES.filter((p) => placeAllowed(p, role)).map((p) => (
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
        ))}
      </ul>
    </nav>
  );
}
