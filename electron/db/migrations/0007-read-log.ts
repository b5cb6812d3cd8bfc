// The log of user actions asked by Law No. 94-V Art. 22 and STANDARD.md §18 grows from "every
// write" to "every look at personal data": a read, an export or a print is a row too, and a
// refused attempt at a restricted read. The command line runs on the machine itself, so its rows
// also name the operating-system account that typed the command (`--as` only says whom it
// acted as). The audit viewer filters by person and by period, newest first: two indexes for
// exactly those questions (the record's index, audit_log_by_entity, exists since 0001).

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
-- 'write': a change with its row before and after; 'read': something personal was seen (a
-- record opened, a search and how many rows it returned, a print, an export); 'refused': a
-- restricted read that the person's role does not allow, tried anyway.
ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'write'
  CHECK (kind IN ('write', 'read', 'refused'));
-- The operating-system user of a command-line run; NULL for the window and the browser mode,
-- whose person is the signed-in user.
ALTER TABLE audit_log ADD COLUMN os_user TEXT;
CREATE INDEX audit_log_by_user ON audit_log (user_id, at);
CREATE INDEX audit_log_by_at ON audit_log (at);
`;

export function updateToSchemaVersion7(db: Db): void {
  db.exec(SCHEMA);
}
