// A printed one-time link dies at its first use or after two minutes (entry-codes.ts), so the
// terminal that started the browser mode gives a new one whenever Enter is pressed: for a
// second browser, a browser restarted, or a link that came too late.

import readline from 'node:readline';

/** Prints newLink() at every line of input; the answer stops listening. */
export function newLinkOnEnter(
  input: NodeJS.ReadableStream,
  newLink: () => string,
  write: (text: string) => void,
): () => void {
  const lines = readline.createInterface({ input, terminal: false });
  lines.on('line', () => write(newLink()));
  return () => lines.close();
}

export const ENTER_FOR_A_NEW_LINK =
  'Enter — жаңа бір реттік сілтеме / новая одноразовая ссылка / a new one-time link (each link works once, for 2 minutes).';
