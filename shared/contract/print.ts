import { z } from 'zod';
import { id, printedDocument, text, timestamp } from './common.ts';

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
  /**
   * §15, §23: the papers promised and never printed, for the start screen — the talon of an
   * accepted application, the tear-off talon of a registered complaint, the missing-documents
   * list of a turned-away visit. Each goes away once its paper is printed.
   */
  'documents.unprinted': {
    input: z.object({}).strict(),
    output: z.object({
      talons: z.array(
        z.object({ applicationId: id, regNumber: z.string(), applicantName: z.string(), at: timestamp }),
      ),
      complaintTalons: z.array(
        z.object({ complaintId: id, journalNumber: z.string(), complainantName: z.string(), at: timestamp }),
      ),
      missingLists: z.array(z.object({ attemptId: id, applicantName: z.string(), at: timestamp })),
    }),
  },
} as const;
