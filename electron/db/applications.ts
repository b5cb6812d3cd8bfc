// Applications and their §12 checklists.

import { searchWords } from '../../shared/domain/fold-name.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface NewApplication {
  regYear: number;
  applicantId: number;
  representativeId: number | null;
  relation: string | null;
  authorityDocument: string | null;
  category: 'adult' | 'child';
  standardVersion: string;
  acceptedAt: string;
  acceptedDate: string;
  termEnd: string;
  acceptedBy: number;
  attemptId: number;
}

/** Allocates the next register number of the year inside the caller's transaction. */
export function insertApplication(db: Db, a: NewApplication): { id: number; regNumber: string } {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(reg_seq), 0) + 1 AS next FROM applications WHERE reg_year = ?',
  ).get(a.regYear) as { next: number };
  const regNumber = `${a.regYear}-${String(next).padStart(4, '0')}`;
  const id = Number(
    prepared(
      db,
      `INSERT INTO applications (reg_year, reg_seq, reg_number, applicant_id, representative_id, relation,
           authority_document, category, status, standard_version, accepted_at, accepted_date, term_end,
           accepted_by, attempt_id)
         VALUES (@regYear, @next, @regNumber, @applicantId, @representativeId, @relation, @authorityDocument,
           @category, 'accepted', @standardVersion, @acceptedAt, @acceptedDate, @termEnd, @acceptedBy, @attemptId)`,
    ).run({ ...a, next, regNumber }).lastInsertRowid,
  );
  writeNameWords(db, id);
  return { id, regNumber };
}

/**
 * The words the search finds an application by (migration 0009): its register number, its
 * people's IINs and the words of their folded names.
 */
function writeNameWords(db: Db, applicationId: number): void {
  const { acceptedAt, words } = prepared(
    db,
    `SELECT a.accepted_at AS acceptedAt,
            concat_ws(' ', a.reg_number, p.iin, r.iin, p.name_folded, r.name_folded) AS words
       FROM applications a JOIN applicants p ON p.id = a.applicant_id
       LEFT JOIN representatives r ON r.id = a.representative_id WHERE a.id = ?`,
  ).get(applicationId) as { acceptedAt: string; words: string };
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO application_name_words (word, accepted_at, application_id) VALUES (?, ?, ?)',
  );
  for (const word of new Set(words.split(' ').filter(Boolean))) insert.run(word, acceptedAt, applicationId);
}

/**
 * A person's name was corrected: the search finds their applications by the new name. The
 * words are an index the program keeps, not a record (the audit log has the old name).
 */
export function rewriteNameWords(db: Db, table: 'applicants' | 'representatives', personId: number): void {
  const column = table === 'applicants' ? 'applicant_id' : 'representative_id';
  const ids = prepared(db, `SELECT id FROM applications WHERE ${column} = ?`)
    .pluck()
    .all(personId) as number[];
  for (const id of ids) {
    prepared(db, 'DELETE FROM application_name_words WHERE application_id = ?').run(id);
    writeNameWords(db, id);
  }
}

export interface DocumentRow {
  code: string;
  originalSeenReturned: boolean;
  copyReceived: boolean;
}

export function insertDocuments(db: Db, applicationId: number, docs: readonly DocumentRow[]): void {
  const stmt = prepared(
    db,
    `INSERT INTO application_documents (application_id, doc_code, original_seen_returned, copy_received)
     VALUES (?, ?, ?, ?)`,
  );
  for (const d of docs)
    stmt.run(applicationId, d.code, d.originalSeenReturned ? 1 : 0, d.copyReceived ? 1 : 0);
}

export function listDocuments(db: Db, applicationId: number): DocumentRow[] {
  return (
    prepared(
      db,
      `SELECT doc_code AS code, original_seen_returned AS o, copy_received AS c
           FROM application_documents WHERE application_id = ?`,
    ).all(applicationId) as { code: string; o: number; c: number }[]
  ).map((r) => ({ code: r.code, originalSeenReturned: r.o === 1, copyReceived: r.c === 1 }));
}

export interface ApplicationRecord {
  id: number;
  regNumber: string;
  applicantId: number;
  representativeId: number | null;
  relation: string | null;
  authorityDocument: string | null;
  category: 'adult' | 'child';
  status: string;
  standardVersion: string;
  acceptedAt: string;
  acceptedDate: string;
  termEnd: string;
  acceptedBy: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  applicantName: string;
  applicantIin: string;
  representativeName: string | null;
}

const COLUMNS = `
  SELECT a.id, a.reg_number AS regNumber, a.applicant_id AS applicantId, a.representative_id AS representativeId,
         a.relation, a.authority_document AS authorityDocument, a.category, a.status,
         a.standard_version AS standardVersion, a.accepted_at AS acceptedAt, a.accepted_date AS acceptedDate,
         a.term_end AS termEnd, u.full_name AS acceptedBy, a.cancelled_at AS cancelledAt,
         a.cancel_reason AS cancelReason,
         concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS applicantName, p.iin AS applicantIin,
         CASE WHEN r.id IS NULL THEN NULL ELSE concat_ws(' ', r.last_name, r.first_name, r.middle_name) END
           AS representativeName`;

const PEOPLE = `
    JOIN applicants p ON p.id = a.applicant_id
    LEFT JOIN representatives r ON r.id = a.representative_id
    JOIN users u ON u.id = a.accepted_by`;

const SELECT = `${COLUMNS} FROM applications a ${PEOPLE}`;

export function getApplication(db: Db, id: number): ApplicationRecord | undefined {
  return prepared(db, `${SELECT} WHERE a.id = ?`).get(id) as ApplicationRecord | undefined;
}

/** The count a search says exactly; beyond it the screen says "more than 500". */
export const SEARCH_COUNT_CAP = 500;

/**
 * Up to this many applications by one register-number or IIN prefix the search sorts them
 * itself (newest first, only the top of them kept); more ("6", "2") are so common that walking
 * the register newest first fills a page sooner.
 */
const SORT_LIMIT = 50_000;

/**
 * Up to this many different name words starting with the query's word ("касым": касымов,
 * касымова, касымулы…) are read each in its own order, newest first, and merged; more ("а",
 * "ер") are so common that walking the register newest first fills a page sooner.
 */
const WORD_LIMIT = 32;

/** The register's order, everywhere: newest accepted first (applications_by_accepted). */
const ORDER = 'ORDER BY a.accepted_at DESC, a.id DESC';

export interface SearchFilter {
  query: string;
  status?: string | undefined;
  limit: number;
  offset: number;
}

export interface SearchPage {
  rows: ApplicationRecord[];
  /** Exact up to SEARCH_COUNT_CAP; SEARCH_COUNT_CAP with `capped` when there are more. */
  total: number;
  capped: boolean;
}

/** The first text after every text that starts with `prefix`: a prefix as an index range. */
export function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/**
 * Register numbers and IINs that start with the query: one range of application_name_words,
 * which holds them beside the name words, each with its application's date.
 */
const NUMBERS = `SELECT w.application_id AS id, w.accepted_at AS at FROM application_name_words w
  WHERE w.word >= @lo AND w.word < @hi`;

/**
 * The query's words said of one row: each starts a word of the applicant's or the
 * representative's folded name (a space before it, and one before the name too).
 */
const wordsMatch = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `(' ' || p.name_folded || ' ' || coalesce(r.name_folded, '') LIKE @like${i} ESCAPE '\\')`,
  ).join(' AND ');

/** The whole query said of one row, for walking the register in its order. */
const rowMatches = (words: number) =>
  `(a.reg_number >= @lo AND a.reg_number < @hi OR p.iin >= @lo AND p.iin < @hi OR r.iin >= @lo AND r.iin < @hi${
    words ? ` OR ${wordsMatch(words)}` : ''
  })`;

const whereOf = (conditions: string[]) => {
  const c = conditions.filter(Boolean);
  return c.length ? `WHERE ${c.join(' AND ')}` : '';
};

/** SQL texts of the search, by which parts a filter has, each prepared once (statements.ts). */
export const SEARCH_SQL = {
  /** How many applications the number prefix holds, counted only up to what may be sorted. */
  numberCount: `SELECT count(*) FROM (${NUMBERS} LIMIT ${SORT_LIMIT + 1})`,
  /** The newest @n of them: SQLite keeps only the top @n as it reads the range. */
  numberTop: (status: boolean, registerOrder: boolean) => {
    // Register numbers are given in the order of acceptance (YYYY-NNNN, the next of the year at
    // each accept): a query only they can match ("2026-") is read down their own index, newest
    // first, with no sort of a whole year of them.
    const order = registerOrder
      ? 'ORDER BY w.word DESC'
      : 'ORDER BY w.accepted_at DESC, w.application_id DESC';
    return status
      ? `${NUMBERS.replace('WHERE', 'CROSS JOIN applications a ON a.id = w.application_id WHERE')}
          AND a.status = @status ${order} LIMIT @n`
      : `${NUMBERS} ${order} LIMIT @n`;
  },
  /**
   * The different name words in the range of the query's word, one index seek each (SQLite
   * has no skip scan for DISTINCT): at most WORD_LIMIT + 1 of them.
   */
  nameWords: `WITH RECURSIVE found_words(word, k) AS (
      SELECT (SELECT min(word) FROM application_name_words WHERE word >= @lo0 AND word < @hi0), 1
      UNION ALL
      SELECT (SELECT min(word) FROM application_name_words WHERE word > f.word AND word < @hi0), k + 1
        FROM found_words f WHERE f.word IS NOT NULL AND k <= ${WORD_LIMIT})
    SELECT word FROM found_words WHERE word IS NOT NULL`,
  /**
   * The newest @n applications of one name word, read in the index's own order; the query's
   * other words are looked up for each (application_name_words_by_application).
   */
  wordTop: (words: number, status: boolean) =>
    `SELECT w.application_id AS id, w.accepted_at AS at FROM application_name_words w
      ${status ? 'CROSS JOIN applications a ON a.id = w.application_id' : ''}
      WHERE w.word = @word${status ? ' AND a.status = @status' : ''}${Array.from(
        { length: words - 1 },
        (_, i) => `
        AND EXISTS (SELECT 1 FROM application_name_words o WHERE o.application_id = w.application_id
                     AND o.word >= @lo${i + 1} AND o.word < @hi${i + 1})`,
      ).join('')}
      ORDER BY w.accepted_at DESC, w.application_id DESC LIMIT @n`,
  /** How many applications one name word has, only up to past the cap. */
  wordCount: `SELECT count(*) FROM (SELECT 1 FROM application_name_words WHERE word = @word LIMIT ${SEARCH_COUNT_CAP + 1})`,
  /** The rows of one page, found and sorted by the arms: read by their ids. */
  rowsById: `${SELECT} WHERE a.id IN (SELECT value FROM json_each(@ids)) ${ORDER}`,
  walkedPage: (o: { query: boolean; words: number; status: boolean }) =>
    `${SELECT} ${whereOf([o.status ? 'a.status = @status' : '', o.query ? rowMatches(o.words) : ''])}
     ${ORDER} LIMIT @limit OFFSET @offset`,
  /** In the register's order too: the walk stops at the cap's row and reads no further. */
  walkedCount: (o: { query: boolean; words: number; status: boolean }) =>
    `SELECT count(*) FROM (SELECT 1 FROM applications a ${o.query ? PEOPLE : ''}
       ${whereOf([o.status ? 'a.status = @status' : '', o.query ? rowMatches(o.words) : ''])}
       ${ORDER} LIMIT ${SEARCH_COUNT_CAP + 1})`,
};

/** The query's words, the one whose range holds the fewest name words first. */
function rarestFirst(db: Db, words: string[]): string[] {
  if (words.length < 2) return words;
  const count = prepared(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM application_name_words WHERE word >= ? AND word < ? LIMIT ${SORT_LIMIT + 1})`,
  ).pluck();
  const n = new Map(words.map((w) => [w, count.get(w, prefixEnd(w)) as number]));
  return words.sort((x, y) => (n.get(x) ?? 0) - (n.get(y) ?? 0));
}

const capped = (n: number) => ({ total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP });

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Search by register number, IIN (of the applicant or the representative) or the start of the
 * words of a name, newest first, a page at a time. Names are compared folded
 * (shared/domain/fold-name.ts): any case, Kazakh or Russian spelling, any order of the words.
 *
 * Nothing here reads the whole register. Each way of matching gives its newest matches from an
 * index: a number prefix sorted by SQLite keeping only the top, each name word in its index's
 * own order. Their union, newest first, is the page, and counts exactly up to the cap, since
 * each gave at least cap + 1 when it had that many. A query so common that this would read too
 * much ("а", "6") walks the register newest first instead, only as far as the page and the cap.
 */
export function searchApplications(db: Db, f: SearchFilter): SearchPage {
  const q = f.query.trim();
  const status = f.status !== undefined;
  const params: Record<string, unknown> = { limit: f.limit, offset: f.offset };
  if (status) params.status = f.status;
  // Names have no digits: a query with one is a register number or an IIN, and only that.
  const numbers = /\d/.test(q);
  const words = numbers ? [] : rarestFirst(db, searchWords(q));
  const o = { query: q !== '', words: words.length, status };
  const walk = (): SearchPage => {
    const rows = prepared(db, SEARCH_SQL.walkedPage(o)).all(params) as ApplicationRecord[];
    const n = prepared(db, SEARCH_SQL.walkedCount(o)).pluck().get(params) as number;
    return { rows, ...capped(n) };
  };
  if (!q) return walk();

  Object.assign(params, { lo: q, hi: prefixEnd(q) });
  words.forEach((w, i) => {
    Object.assign(params, { [`lo${i}`]: w, [`hi${i}`]: prefixEnd(w), [`like${i}`]: `% ${likeEscaped(w)}%` });
  });
  const numberCount = numbers ? (prepared(db, SEARCH_SQL.numberCount).pluck().get(params) as number) : 0;
  if (numberCount > SORT_LIMIT) return walk();
  const nameWords =
    words.length && !numbers ? (prepared(db, SEARCH_SQL.nameWords).pluck().all(params) as string[]) : [];
  if (nameWords.length > WORD_LIMIT) return walk();

  // Each source's newest n: enough for this page, and for the count to pass the cap — unless one
  // source alone (one IIN prefix, one name word) is past the cap: then the page is enough.
  const wordCount = prepared(db, SEARCH_SQL.wordCount).pluck();
  const past = (n: number) => n > SEARCH_COUNT_CAP;
  // An application has up to 3 number words (its register number and two IINs), one of each name word.
  const surelyCapped =
    !status &&
    (past(numberCount / 3) ||
      (words.length === 1 && nameWords.some((word) => past(wordCount.get({ word }) as number))));
  params.n = surelyCapped ? f.offset + f.limit : Math.max(f.offset + f.limit, SEARCH_COUNT_CAP + 1);
  const hits = new Map<number, string>();
  const add = (found: [number, string][]) => {
    for (const [id, at] of found) hits.set(id, at);
  };
  if (numberCount > 0)
    add(
      // Only a register number has a hyphen; an IIN is digits.
      prepared(db, SEARCH_SQL.numberTop(status, q.includes('-')))
        .raw()
        .all({ ...params, n: 3 * (params.n as number) }) as [number, string][],
    );
  const wordTop = prepared(db, SEARCH_SQL.wordTop(words.length, status)).raw();
  for (const word of nameWords) add(wordTop.all({ ...params, word }) as [number, string][]);
  const page = [...hits]
    .sort(([x, xAt], [y, yAt]) => (xAt < yAt ? 1 : xAt > yAt ? -1 : y - x))
    .slice(f.offset, f.offset + f.limit)
    .map(([id]) => id);
  const rows = prepared(db, SEARCH_SQL.rowsById).all({ ids: JSON.stringify(page) }) as ApplicationRecord[];
  return { rows, ...capped(surelyCapped ? SEARCH_COUNT_CAP + 1 : hits.size) };
}

export function cancelApplication(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    `UPDATE applications SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`,
  ).run(at, by, reason, id);
}

export function applicationsOf(
  db: Db,
  applicantId: number,
): { id: number; regNumber: string; status: string; acceptedDate: string }[] {
  return prepared(
    db,
    `SELECT id, reg_number AS regNumber, status, accepted_date AS acceptedDate
         FROM applications WHERE applicant_id = ? ORDER BY accepted_at DESC`,
  ).all(applicantId) as { id: number; regNumber: string; status: string; acceptedDate: string }[];
}

/** How a representative last represented a child: prefills a returning parent's authority. */
export function lastRepresentation(
  db: Db,
  representativeId: number,
): { relation: string; authorityDocument: string } | undefined {
  return prepared(
    db,
    `SELECT relation, authority_document AS authorityDocument FROM applications
        WHERE representative_id = ? ORDER BY accepted_at DESC LIMIT 1`,
  ).get(representativeId) as { relation: string; authorityDocument: string } | undefined;
}
