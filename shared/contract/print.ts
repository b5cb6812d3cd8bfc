import { z } from 'zod';
import { id, printedDocument, text } from './common.ts';

// The register of printed documents. Each document is printed through its own domain's
// channel, `<domain>.print<Thing>` (intake.printTalon, decisions.printLetter, …).
export const printChannels = {
  'documents.list': {
    input: z.object({ entity: text(40), entityId: id }).strict(),
    output: z.array(printedDocument),
  },
  /**
   * A kept paper opened again — in the viewer, or sent to the printer once more — by the doors
   * that hand files out (shell/stored-document.ts): the look is logged like any other.
   */
  'documents.open': {
    input: z.object({ id, purpose: z.enum(['view', 'print']) }).strict(),
    output: printedDocument.extend({ entity: z.string(), entityId: id.nullable() }),
  },
} as const;
