/**
 * Starts the app: the plug-in first (in demo builds the demo, with the mock Hub API; a real-API
 * build holds no demo code), then the first page's texts in the language chosen before (Dutch is
 * in this chunk), then the first render. Should English fail to load, the app starts in Dutch.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './App';
import { preloadLocale } from './i18n';
import { loadPlugin } from './plugin';

async function start() {
  const plugin = await loadPlugin();
  await Promise.all([plugin.start?.(), preloadLocale(plugin).catch(() => undefined)]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App {...createApp(plugin)} />
    </StrictMode>,
  );
}

void start();
