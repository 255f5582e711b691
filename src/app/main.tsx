/**
 * Starts the app: in demo builds the mock Hub API first (its code is a chunk of its own, which the
 * real-API build does not contain), and English if it was chosen before (Dutch is in this chunk);
 * then the first render. Should English fail to load, the app starts in Dutch rather than not at all.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './App';
import { startDemo } from '../demo/demoData';
import { preloadLocale, storedLocale } from '../core/i18n/i18nProvider';

async function start() {
  await Promise.all([__DEMO__ ? startDemo() : undefined, preloadLocale(storedLocale()).catch(() => undefined)]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App {...createApp()} />
    </StrictMode>,
  );
}

void start();
