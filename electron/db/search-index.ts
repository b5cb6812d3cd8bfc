// The applications search's index of names (migration 0012), kept by applications.ts on every
// accept and name correction and filled by the migration for what was there.
//
// application_search is an FTS5 table with no content of its own: one row per application, the
// words of its applicant's and representative's folded names (shared/domain/fold-name.ts), and a
// rowid that sorts as the register does — newest accepted first, then the later id
// (registerKey). FTS5 answers "every word starts one of these" by reading the words' lists side
// by side in rowid order, in C, from the newest down, and stops when the page and the count's
// cap are found: two common words together ("иванов сергей") cost their lists' reading, never a
// look-up per row. Prefixes of 1 to 6 letters have lists of their own (prefix='1 2 3 4 5 6'), so
// what the clerk is still typing is one list too; a longer word is the OR of the whole words it
// starts (search_words), since FTS5 would otherwise gather a prefix's lists into one before it
// reads the first row (20–100 ms at a million).
//
// The row also holds the application's status as one token of a digit (STATUS_TOKENS, migration
// 0014), which no name word has: a status filter with a name is one more list read side by side
// ("қасым" of the 4 under review among a million: the 4 rows' list, not the Қасымs' lists with a
// look-up of each one's status). So the row is written again at each change of status.

import type { ApplicationStatus } from '../../shared/domain/application-states.ts';
import { indexWords } from '../../shared/domain/fold-name.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

/** Word starts up to this many letters have an FTS5 prefix index (the table's `prefix` option). */
export const INDEXED_PREFIX = 6;

/** The bits of a register key that hold the application's id. */
export const ID_BITS = 22;
/** The largest application id a register key holds (4 194 303: an office's 1 400 years). */
export const MAX_KEYED_ID = 2 ** ID_BITS - 1;

/**
 * An application's place in the register as one integer, in SQL: the milliseconds of its
 * acceptance since 2020 (negative before), then its id in the low 22 bits — so that ordering
 * by it is ordering by accepted_at, then id, exactly, for acceptances between 1950 and 2089.
 * The id is `key & MAX_KEYED_ID`. Changing it needs a migration that rewrites the index.
 */
export const registerKey = (alias: string) =>
  `(CAST(round((unixepoch(${alias}.accepted_at, 'subsec') - 1577836800) * 1000) AS INTEGER) * ${MAX_KEYED_ID + 1} + ${alias}.id)`;

/**
 * Each status's token in the index: a digit, which no name word holds (a query with a digit is
 * a number's, never a name's). Changing one needs a migration that rewrites the index.
 */
export const STATUS_TOKENS: Readonly<Record<ApplicationStatus, string>> = {
  accepted: '1',
  under_review: '2',
  returned: '3',
  approved: '4',
  refused: '5',
  notified: '6',
  closed: '7',
  cancelled: '8',
};

function statusToken(status: string): string {
  const token = STATUS_TOKENS[status as ApplicationStatus];
  if (token === undefined) throw new Error(`search index: no token for the status ${status}`);
  return token;
}

/** The FTS5 expression of "has this status". */
export const statusMatch = (status: string) => `"${statusToken(status)}"`;

/** The index's row of an application: its name words, then its status's token. */
export const searchRow = (words: readonly string[], status: string) =>
  [...words, statusToken(status)].join(' ');

/** The index's text of an application: its people's folded name words, each once. */
export function searchText(...foldedNames: (string | null)[]): string[] {
  return [...new Set(foldedNames.flatMap((n) => (n ? indexWords(n) : [])))];
}

/**
 * Writes the application's row of the index (after deleting the old one, if `replace`: a name
 * corrected, a status changed), and its words longer than INDEXED_PREFIX into the vocabulary a
 * long word is looked up in.
 */
export function writeSearchEntry(db: Db, applicationId: number, replace: boolean): void {
  if (applicationId > MAX_KEYED_ID)
    throw new Error(
      `search index: application id ${applicationId} is past the register key's ${ID_BITS} bits`,
    );
  const row = prepared(
    db,
    `SELECT ${registerKey('a')} AS key, a.status, p.name_folded AS applicant, r.name_folded AS representative
       FROM applications a JOIN applicants p ON p.id = a.applicant_id
       LEFT JOIN representatives r ON r.id = a.representative_id WHERE a.id = ?`,
  )
    .safeIntegers(true)
    .get(applicationId) as {
    key: bigint | null;
    status: string;
    applicant: string;
    representative: string | null;
  };
  if (row.key === null)
    throw new Error(`search index: application ${applicationId} has no time of acceptance`);
  if (replace) prepared(db, 'DELETE FROM application_search WHERE rowid = ?').run(row.key);
  const words = searchText(row.applicant, row.representative);
  prepared(db, 'INSERT INTO application_search (rowid, words) VALUES (?, ?)').run(
    row.key,
    searchRow(words, row.status),
  );
  const vocabulary = prepared(db, 'INSERT OR IGNORE INTO search_words (word) VALUES (?)');
  for (const w of words) if ([...w].length > INDEXED_PREFIX) vocabulary.run(w);
}
