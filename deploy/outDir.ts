import { isAbsolute, join } from 'node:path';
import type { ResolvedConfig } from 'vite';

/** The build's output folder, absolute, as a plugin that writes into it needs it. */
export function outDirOf(config: ResolvedConfig): string {
  return isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
}
