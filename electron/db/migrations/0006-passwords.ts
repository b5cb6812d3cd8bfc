// §18 and Law 94-V Art. 22: who works at the desk is proven by a password, not by picking a
// name. The hash keeps its algorithm and parameters beside it, so a later version can raise
// the cost and still check the passwords set before (and re-hash them at the next sign-in).
// Users of an office that existed before passwords have none: they cannot sign in until the
// IT person sets one from the command line (README, "Passwords"), which also obliges a change.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
ALTER TABLE users ADD COLUMN password_algorithm TEXT;
-- JSON of the algorithm's parameters, e.g. {"N":32768,"r":8,"p":1,"keyLength":32}.
ALTER TABLE users ADD COLUMN password_params TEXT;
ALTER TABLE users ADD COLUMN password_salt BLOB;
ALTER TABLE users ADD COLUMN password_hash BLOB;
ALTER TABLE users ADD COLUMN password_set_at TEXT;
ALTER TABLE users ADD COLUMN password_set_by INTEGER REFERENCES users (id);
-- Set when an administrator sets or resets the password: the user must choose their own
-- before anything else works (kernel/permissions.ts).
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
  CHECK (must_change_password IN (0, 1));

-- Wrong passwords per login (also for logins that do not exist, so the answer and its delay
-- do not tell which logins are real). A success resets the count; every attempt is in the
-- audit log as well, this table only says how long the next one has to wait.
CREATE TABLE sign_in_failures (
  login TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  last_failure_at TEXT NOT NULL
) STRICT;
`;

export function updateToSchemaVersion6(db: Db): void {
  db.exec(SCHEMA);
}
