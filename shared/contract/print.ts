import { z } from 'zod';
import { id, printedDocument, text } from './common.ts';

// The register of printed documents. Each document is printed through its own domain's
// channel, `<domain>.print<Thing>` (intake.printTalon, decisions.printLetter, …).
export const printChannels = {
  'documents.list': {
    input: z.object({ entity: text(40), entityId: id }).strict(),
    output: z.array(printedDocument),
  },
} as const;
