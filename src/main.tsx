/** Starts the mock Hub API in the browser when in demo mode (never bundled otherwise), then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isDemoMode } from './providers/apiUrl';

async function start() {
  if (isDemoMode) {
    const { startDemo } = await import('./demo/demoData');
    await startDemo();
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
