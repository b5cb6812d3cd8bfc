// The applications search on one index of names (issue 12). Migration 0009's
// application_name_words found one word from its own index in the register's order, but two
// words together were checked row by row: "иванов сергей" read every one of the tens of thousands
// of Ивановs' applications at a million applicants (p95 ~105 ms), and a letter or two, which
// start hundreds of different words, walked the register. Now (electron/db/search-index.ts):
// - application_search, an FTS5 table with no content of its own, holds each application's name
//   words under a rowid that sorts as the register does; FTS5 reads the query's words' lists
//   side by side from the newest down, and word starts of 1 to 6 letters have lists of their own;
// - search_words, the longer words, in which a longer start is looked up ("касымова…");
// - application_numbers, the register numbers and IINs of application_name_words, searched as
//   before; the name words of that table are dropped with it.
// Measured at a million applicants before choosing: README, "Speed (issue 12)".

import type { Db } from '../open.ts';
import { INDEXED_PREFIX, registerKey, searchText } from '../search-index.ts';

const SCHEMA = /* sql */ `
-- detail=none: only which applications hold a word, no positions (a name is matched word by
-- word, never as a phrase): the smallest lists, read fastest.
CREATE VIRTUAL TABLE application_search USING fts5(
  words, content = '', contentless_delete = 1, detail = none,
  prefix = '1 2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE search_words (word TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

-- A register number or an IIN → its applications with their dates (as in application_name_words).
CREATE TABLE application_numbers (number TEXT NOT NULL, accepted_at TEXT NOT NULL,
  application_id INTEGER NOT NULL REFERENCES applications (id),
  PRIMARY KEY (number, accepted_at, application_id)) STRICT, WITHOUT ROWID;
-- Names have no digits, register numbers and IINs have nothing else.
INSERT INTO application_numbers (number, accepted_at, application_id)
  SELECT word, accepted_at, application_id FROM application_name_words WHERE word GLOB '*[0-9]*';
DROP TABLE application_name_words;
`;

/** In the register's order, in slices (a regional file has a million applications): FTS5 writes rows in rowid order best. */
function fillSearch(db: Db): void {
  const slice = db
    .prepare(
      `SELECT a.id, a.accepted_at AS at, ${registerKey('a')} AS key, p.name_folded AS applicant,
              r.name_folded AS representative
         FROM applications a JOIN applicants p ON p.id = a.applicant_id
         LEFT JOIN representatives r ON r.id = a.representative_id
        WHERE (a.accepted_at, a.id) > (?, ?) ORDER BY a.accepted_at, a.id LIMIT 10000`,
    )
    .safeIntegers(true);
  const insert = db.prepare('INSERT INTO application_search (rowid, words) VALUES (?, ?)');
  const vocabulary = new Set<string>();
  for (let after: [string, bigint] = ['', 0n]; ; ) {
    const rows = slice.all(...after) as {
      id: bigint;
      at: string;
      key: bigint;
      applicant: string;
      representative: string | null;
    }[];
    const last = rows.at(-1);
    if (!last) break;
    for (const r of rows) {
      const words = searchText(r.applicant, r.representative);
      insert.run(r.key, words.join(' '));
      for (const w of words) if ([...w].length > INDEXED_PREFIX) vocabulary.add(w);
    }
    after = [last.at, last.id];
  }
  const word = db.prepare('INSERT INTO search_words (word) VALUES (?)');
  for (const w of [...vocabulary].sort()) word.run(w);
  // One segment of lists instead of one per slice written.
  db.exec("INSERT INTO application_search (application_search) VALUES ('optimize')");
}

export function updateToSchemaVersion12(db: Db): void {
  db.exec(SCHEMA);
  fillSearch(db);
}
