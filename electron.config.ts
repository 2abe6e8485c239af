/**
 * electron-vite config (scripts pass `-c electron.config.ts`): main and
 * preload for Node, the React renderer rooted at `renderer/`. The preload is
 * bundled as CommonJS, as a sandboxed preload must be.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { parserBuild } from './electron/main/services/parser-build';

export default defineConfig({
  main: {
    // the parser's build, so the app keeps imported documents' parses between starts only for this parser
    define: { __PARSER_BUILD__: JSON.stringify(parserBuild(__dirname)) },
    build: {
      outDir: 'out/main',
      // the engine worker is its own entry: electron/main/engine/index.ts starts out/main/engine-worker.js
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'engine-worker': resolve(__dirname, 'electron/main/engine/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
