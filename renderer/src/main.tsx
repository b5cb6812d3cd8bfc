// The page's entry: the door to the main side (Electron's preload or the browser mode), the
// language (Kazakh until a clerk signs in with their own), and the desk — or, at #/display,
// the waiting-room screen.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { defaultClient } from './api/client.ts';
import { createDesk } from './create-desk.ts';
import { DeskProvider } from './desk.tsx';
import { createI18n } from './i18n/index.ts';
import { isDisplayRoute, isSurveyRoute } from './routes.ts';
import './styles/app.css';

const root = document.getElementById('root');
if (root && isDisplayRoute(window.location.hash)) {
  // The waiting-room screen (#/display): its own page on the TV, no desk and no sign-in.
  void import('./display/DisplayScreen.tsx').then(({ DisplayApp }) =>
    createRoot(root).render(
      <StrictMode>
        <DisplayApp api={defaultClient()} i18n={createI18n('kk')} />
      </StrictMode>,
    ),
  );
} else if (root && isSurveyRoute(window.location.hash)) {
  // The survey kiosk (#/survey): its own page on a tablet or the waiting-room PC, no desk.
  void import('./survey/SurveyKiosk.tsx').then(({ SurveyApp }) =>
    createRoot(root).render(
      <StrictMode>
        <SurveyApp api={defaultClient()} i18n={createI18n('kk')} />
      </StrictMode>,
    ),
  );
} else if (root) {
  const desk = createDesk(defaultClient(), createI18n('kk'));
  createRoot(root).render(
    <StrictMode>
      <DeskProvider desk={desk}>
        <App />
      </DeskProvider>
    </StrictMode>,
  );
}
