import { noPlugin, type HubPlugin } from '../core/plugins';

export async function loadPlugin(): Promise<HubPlugin> {
  return __DEMO__ ? (await import('../demo/plugin')).demoPlugin : noPlugin;
}
