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
