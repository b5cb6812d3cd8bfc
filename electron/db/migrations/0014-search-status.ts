// The applications search with a status filter (issue 12). The FTS5 index of migration 0012
// found the name's applications newest first and looked up each one's status: a name common in
// the register with a rare status ("а" among the 4 applications under review at a million
// applicants) read every application of the name, 60–270 ms. Now each row of the index also
// holds its application's status as one token (search-index.ts, STATUS_TOKENS), and the status
// is one more list FTS5 reads beside the words' lists. The index is made again with it: an
// FTS5 table with no content of its own cannot give back the words it holds.

import type { Db } from '../open.ts';
import { registerKey, searchRow, searchText } from '../search-index.ts';

const SCHEMA = /* sql */ `
DROP TABLE application_search;
-- As in 0012: only which applications hold a word, no positions; word starts of 1-6 letters.
CREATE VIRTUAL TABLE application_search USING fts5(
  words, content = '', contentless_delete = 1, detail = none,
  prefix = '1 2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 0'
);
`;

/** How many applications one statement reads: a regional file holds a million. */
const SLICE = 10_000;

export function updateToSchemaVersion14(db: Db): void {
  db.exec(SCHEMA);
  // In the index's own order (the register's, as its rowid), which FTS5 writes fastest; each
  // slice starts after the last one's application, found in applications_by_accepted.
  const next = db
    .prepare(
      `SELECT a.accepted_at AS at, a.id, ${registerKey('a')} AS key, a.status, p.name_folded AS applicant,
              r.name_folded AS representative
         FROM applications a JOIN applicants p ON p.id = a.applicant_id
         LEFT JOIN representatives r ON r.id = a.representative_id
        WHERE (a.accepted_at, a.id) > (?, ?) ORDER BY a.accepted_at, a.id LIMIT ${SLICE}`,
    )
    .safeIntegers(true);
  const insert = db.prepare('INSERT INTO application_search (rowid, words) VALUES (?, ?)');
  type Row = {
    at: string;
    id: bigint;
    key: bigint;
    status: string;
    applicant: string;
    representative: string | null;
  };
  for (let rows = next.all('', 0n) as Row[]; rows.length > 0; ) {
    for (const r of rows) insert.run(r.key, searchRow(searchText(r.applicant, r.representative), r.status));
    const last = rows.at(-1) as Row;
    rows = next.all(last.at, last.id) as Row[];
  }
  // One segment of lists instead of one per slice written.
  db.exec("INSERT INTO application_search (application_search) VALUES ('optimize')");
}
