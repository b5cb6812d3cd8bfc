import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { deskCliPlugin } from './scripts/desk-cli-build.ts';
import { devCspPlugin } from './scripts/dev-csp.ts';

// One tool builds the three parts (electron-vite's layout): main and preload for Node/Electron,
// the renderer as a normal Vite React app. Dependencies stay external in main, so
// better-sqlite3 is a runtime require of its prebuilt Node-API binary.
export default defineConfig({
  main: {
    // The command line is built with the main process (scripts/desk-cli-build.ts): out/main/desk.js.
    plugins: [deskCliPlugin(resolve('.'))],
    build: {
      outDir: 'out/main',
      // zod is bundled (as in the preload): one file instead of its 95 modules to find and read at
      // every start of the window and of the command line.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: { main: resolve('electron/main.ts'), desk: resolve('electron/cli/desk.ts') },
        // Every chunk beside main.js: code that finds files from import.meta.dirname (the fonts,
        // the browser mode's out/renderer) sees out/main, as when main.js was one file.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron' (no packages): the contract's zod is
      // bundled in, so the preload can refuse channel names the contract does not know.
      externalizeDeps: { exclude: ['zod'] },
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified (279 KB gzip, issue 12); places other than
      // the first screen are chunks of their own (renderer/src/places.tsx).
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
