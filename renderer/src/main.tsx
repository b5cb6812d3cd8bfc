// The page's entry: the door to the main side (Electron's preload or the browser mode), the
// language (Kazakh until a clerk signs in with their own), and the desk.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { defaultClient } from './api/client.ts';
import { createDesk, DeskProvider } from './desk.tsx';
import { createI18n } from './i18n/index.ts';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  const desk = createDesk(defaultClient(), createI18n('kk'));
  createRoot(root).render(
    <StrictMode>
      <DeskProvider desk={desk}>
        <App />
      </DeskProvider>
    </StrictMode>,
  );
}
