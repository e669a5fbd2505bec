import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One chunk's modules with their rendered size and that code gzipped on its own (an upper bound of its share). */
export interface ChunkModules {
  fileName: string;
  modules: { id: string; rendered: number; gzipped: number }[];
}

/**
 * Writes `dist/module-sizes.json`: for each JS chunk, the modules in it and their size after tree
 * shaking, so `npm run budget` can name what weighs in the first view without a visualiser.
 */
export function moduleSizes(fileName = 'module-sizes.json'): Plugin {
  let outDir = 'dist';
  const chunks: ChunkModules[] = [];
  return {
    name: 'outreach-module-sizes',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_, bundle) {
      chunks.length = 0;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          fileName: output.fileName,
          modules: Object.entries(output.modules).map(([id, module]) => ({
            id,
            rendered: module.renderedLength,
            gzipped: module.code ? gzipSync(module.code, { level: 9 }).length : 0,
          })),
        });
      }
    },
    writeBundle() {
      writeFileSync(join(outDir, fileName), JSON.stringify(chunks));
    },
  };
}
