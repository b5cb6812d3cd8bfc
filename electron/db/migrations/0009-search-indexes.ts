// Search on indexes (issue 12). The applications search used to fold every name in JavaScript
// and compare it with LIKE '%…%', twice (the page and the count): a full scan of every
// applicant, 0.5 s at 100 000 and 6–17 s at 1 000 000. Now:
// - each person keeps the folded name (shared/domain/fold-name.ts) in name_folded, filled here
//   for the rows already there and by people.ts on every insert and update;
// - application_name_words holds, for each application, every word of its applicant's and its
//   representative's folded names, its register number and their IINs, with the date of
//   acceptance: what is typed is the start of a word ("қасым" finds Қасымова, not
//   Әбілқасымқызы), found as a range of this one index, which carries the register's order. (An FTS5 trigram index found fragments
//   anywhere in a word, but a common trigram's list is read whole at every search: 20 ms at
//   100 000 applicants, and it cannot give the newest first.)
// - IINs and register numbers are searched as ranges of their unique indexes (a prefix is
//   >= prefix AND < the next prefix); the indexes from a person to their applications carry the
//   date of acceptance, and the list's order has an index of its own, so a page of the newest
//   applications, or of those with one status, reads only that page.

import { searchWords } from '../../../shared/domain/fold-name.ts';
import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
ALTER TABLE applicants ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE representatives ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';

-- A word of a name (folded), a register number or an IIN → the applications it belongs to,
-- newest first. Kept by
-- electron/db/applications.ts (insertApplication) and people.ts (a corrected name): an index
-- the program maintains, not a record — its rows are rewritten when a name is corrected.
CREATE TABLE application_name_words (
  word TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  application_id INTEGER NOT NULL REFERENCES applications (id),
  PRIMARY KEY (word, accepted_at, application_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX application_name_words_by_application ON application_name_words (application_id, word);

-- The register's order (newest first) and the same order within one status.
CREATE INDEX applications_by_accepted ON applications (accepted_at, id);
CREATE INDEX applications_by_status_accepted ON applications (status, accepted_at, id);
-- A person's applications with their dates, without reading the applications themselves.
DROP INDEX applications_by_applicant;
CREATE INDEX applications_by_applicant ON applications (applicant_id, accepted_at);
CREATE INDEX applications_by_representative ON applications (representative_id, accepted_at);

-- The queue board looks for tickets of earlier days left waiting, called or at the desk (to
-- close them), in order of arrival: only those are in this index, so the look reads a handful of
-- tickets, not every ticket ever issued.
CREATE INDEX queue_tickets_open ON queue_tickets (id) WHERE status IN ('waiting', 'called', 'serving');
-- The audit viewer's "kind" filter (reads, refusals), newest first.
CREATE INDEX audit_log_by_kind ON audit_log (kind, at);
`;

type Table = 'applicants' | 'representatives';

/** In slices of ids: a regional file has a million people, and better-sqlite3 cannot write while a SELECT is read. */
function eachSlice<T extends { id: number }>(db: Db, sql: string, each: (row: T) => void): void {
  const slice = db.prepare(`${sql} WHERE id > ? ORDER BY id LIMIT 10000`);
  for (let after = 0; ; ) {
    const rows = slice.all(after) as T[];
    if (rows.length === 0) return;
    for (const r of rows) each(r);
    after = rows[rows.length - 1]?.id ?? after;
  }
}

function fillFoldedNames(db: Db, table: Table): void {
  const update = db.prepare(`UPDATE ${table} SET name_folded = ? WHERE id = ?`);
  eachSlice<{ id: number; name: string }>(
    db,
    `SELECT id, concat_ws(' ', last_name, first_name, middle_name) AS name FROM ${table}`,
    (r) => update.run(searchWords(r.name).join(' '), r.id),
  );
}

function fillNameWords(db: Db): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO application_name_words (word, accepted_at, application_id) VALUES (?, ?, ?)',
  );
  eachSlice<{ id: number; acceptedAt: string; names: string }>(
    db,
    `SELECT id, accepted_at AS acceptedAt,
            concat_ws(' ', reg_number,
              (SELECT iin FROM applicants p WHERE p.id = applicant_id),
              (SELECT iin FROM representatives r WHERE r.id = representative_id),
              (SELECT name_folded FROM applicants p WHERE p.id = applicant_id),
              (SELECT name_folded FROM representatives r WHERE r.id = representative_id)) AS names
       FROM applications`,
    (r) => {
      for (const word of new Set(r.names.split(' ').filter(Boolean))) insert.run(word, r.acceptedAt, r.id);
    },
  );
}

export function updateToSchemaVersion9(db: Db): void {
  db.exec(SCHEMA);
  fillFoldedNames(db, 'applicants');
  fillFoldedNames(db, 'representatives');
  fillNameWords(db);
}
