/** The app's plug-in: the demo in a demo build (`__DEMO__`, no VITE_API_URL), else none; the build drops the other branch. */
import { noPlugin, type HubPlugin } from '../core/plugins';

export async function loadPlugin(): Promise<HubPlugin> {
  return __DEMO__ ? (await import('../demo/plugin')).demoPlugin : noPlugin;
}
