// Heavy libraries (pdfkit, fontkit, qrcode, exceljs, date-holidays) are loaded when a channel
// first needs them, not when the handler table is built: `desk channels`, a `desk call` of a
// small channel and the window's first screen start without them (issue 12, "Start fast";
// tests/start/lazy-modules.test.ts asserts which ones stay unloaded). Synchronous, so a write
// handler (one transaction, never awaiting) can use them too; loaded once per process.

import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);

/** A getter that loads `name` with Node's require on its first call and keeps it. */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= nodeRequire(name) as T;
    return loaded;
  };
}
