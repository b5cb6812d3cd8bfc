import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: the main side and shared domain on Node with real SQLite files, the React
// renderer in jsdom, and the end-to-end run in Debian's Chromium against the built renderer.
export default defineConfig({
  test: {
    globals: true,
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          globals: true,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          setupFiles: ['./tests/setup-ui.ts'],
          globals: true,
          // The survey kiosk's stylesheet is read by its test (issue 13: sizes by class); the
          // other stylesheets stay empty modules, as vitest makes them by default.
          css: { include: [/renderer\/src\/survey\/survey\.css/] },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globals: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
