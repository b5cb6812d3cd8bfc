// §10 at the desk: a package accepted or a complaint registered outside the office's hours or on
// its day off carries the clerk's reason (a Saturday worked by decree, post registered on the
// next working day). A table of its own, one row per record, so the records' tables and their
// queries stay as they are; a record taken within the hours has no row.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
CREATE TABLE hours_exceptions (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('application', 'complaint')),
  entity_id INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (reason <> ''),
  at TEXT NOT NULL,
  by INTEGER NOT NULL REFERENCES users (id),
  UNIQUE (entity, entity_id)
) STRICT;
`;

export function updateToSchemaVersion10(db: Db): void {
  db.exec(SCHEMA);
}
