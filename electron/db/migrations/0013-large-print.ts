// Large print on request (issue 13): an applicant who reads only large type says so once, and
// the talon and the notification letter of each of their applications print on A5 in large type
// by default from then on (the clerk may still choose the other size for one paper). The wish is
// the person's, not one application's, so it lives on the applicant's row; 0 for everyone before.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
ALTER TABLE applicants ADD COLUMN large_print INTEGER NOT NULL DEFAULT 0 CHECK (large_print IN (0, 1));
`;

export function updateToSchemaVersion13(db: Db): void {
  db.exec(SCHEMA);
}
