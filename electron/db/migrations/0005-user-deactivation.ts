// Staff leave: a user who no longer works at the desk is deactivated, never deleted — their
// name stays on every application, step and audit row they wrote. Who did it, when and why.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
ALTER TABLE users ADD COLUMN deactivated_at TEXT;
ALTER TABLE users ADD COLUMN deactivated_by INTEGER REFERENCES users (id);
ALTER TABLE users ADD COLUMN deactivate_reason TEXT;
`;

export function updateToSchemaVersion5(db: Db): void {
  db.exec(SCHEMA);
}
