// Applications and their §12 checklists.

import { indexWords } from '../../shared/domain/fold-name.ts';
import type { Db } from './open.ts';
import { INDEXED_PREFIX, MAX_KEYED_ID, statusMatch, writeSearchEntry } from './search-index.ts';
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
  writeNumbers(db, id);
  writeSearchEntry(db, id, false);
  return { id, regNumber };
}

/**
 * The numbers the search finds an application by (application_numbers, migrations 0009 and
 * 0012): its register number and its people's IINs, each with its application's date.
 */
function writeNumbers(db: Db, applicationId: number): void {
  const { acceptedAt, numbers } = prepared(
    db,
    `SELECT a.accepted_at AS acceptedAt, concat_ws(' ', a.reg_number, p.iin, r.iin) AS numbers
       FROM applications a JOIN applicants p ON p.id = a.applicant_id
       LEFT JOIN representatives r ON r.id = a.representative_id WHERE a.id = ?`,
  ).get(applicationId) as { acceptedAt: string; numbers: string };
  const insert = prepared(
    db,
    'INSERT OR IGNORE INTO application_numbers (number, accepted_at, application_id) VALUES (?, ?, ?)',
  );
  for (const n of new Set(numbers.split(' ').filter(Boolean))) insert.run(n, acceptedAt, applicationId);
}

/**
 * A person's name was corrected: the search finds their applications by the new name. The
 * index is what the program keeps for finding, not a record (the audit log has the old name).
 */
export function rewriteNameWords(db: Db, table: 'applicants' | 'representatives', personId: number): void {
  const column = table === 'applicants' ? 'applicant_id' : 'representative_id';
  const ids = prepared(db, `SELECT id FROM applications WHERE ${column} = ?`)
    .pluck()
    .all(personId) as number[];
  for (const id of ids) writeSearchEntry(db, id, true);
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
 * Up to this many numbers with one register-number or IIN prefix the search sorts their
 * applications itself (newest first, only the top of them kept); more ("6", "2") are so common
 * that walking the register newest first fills a page sooner — and the count is then past the
 * cap for sure (an application has at most three numbers). At a million applicants the two
 * ways cost the same near 20 000: sorting reads every match, walking ~50 rows per match rate.
 */
const SORT_LIMIT = 20_000;

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
 * Register numbers and IINs that start with the query: one range of application_numbers,
 * each with its application's date.
 */
const NUMBERS = `SELECT w.application_id AS id, w.accepted_at AS at FROM application_numbers w
  WHERE w.number >= @lo AND w.number < @hi`;

/** The whole query said of one row, for walking the register in its order. */
const NUMBER_MATCHES =
  '(a.reg_number >= @lo AND a.reg_number < @hi OR p.iin >= @lo AND p.iin < @hi OR r.iin >= @lo AND r.iin < @hi)';

const whereOf = (conditions: string[]) => {
  const c = conditions.filter(Boolean);
  return c.length ? `WHERE ${c.join(' AND ')}` : '';
};

/** An application's id from its register key (search-index.ts). */
const ID_OF_KEY = `s.rowid & ${MAX_KEYED_ID}`;

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
      ? 'ORDER BY w.number DESC'
      : 'ORDER BY w.accepted_at DESC, w.application_id DESC';
    return status
      ? `${NUMBERS.replace('WHERE', 'CROSS JOIN applications a ON a.id = w.application_id WHERE')}
          AND a.status = @status ${order} LIMIT @n`
      : `${NUMBERS} ${order} LIMIT @n`;
  },
  /** The whole words a start longer than the prefix lists begins ("касымова" → касымова, касымовам…). */
  longWords: 'SELECT word FROM search_words WHERE word >= @lo AND word < @hi',
  /**
   * The newest @n applications whose names hold a word starting with each of the query's (the
   * FTS5 expression @match, with a status its token too: search-index.ts), read down the index
   * in the register's order.
   */
  namesTop: `SELECT ${ID_OF_KEY} FROM application_search s WHERE s.application_search MATCH @match ORDER BY s.rowid DESC LIMIT @n`,
  /** The rows of one page, found and sorted by the index: read by their ids. */
  rowsById: `${SELECT} WHERE a.id IN (SELECT value FROM json_each(@ids)) ${ORDER}`,
  walkedPage: (o: { numbers: boolean; status: boolean }) =>
    `${SELECT} ${whereOf([o.status ? 'a.status = @status' : '', o.numbers ? NUMBER_MATCHES : ''])}
     ${ORDER} LIMIT @limit OFFSET @offset`,
  /** In the register's order too: the walk stops at the cap's row and reads no further. */
  walkedCount: (o: { numbers: boolean; status: boolean }) =>
    `SELECT count(*) FROM (SELECT 1 FROM applications a ${o.numbers ? PEOPLE : ''}
       ${whereOf([o.status ? 'a.status = @status' : '', o.numbers ? NUMBER_MATCHES : ''])}
       ${ORDER} LIMIT ${SEARCH_COUNT_CAP + 1})`,
};

const capped = (n: number) => ({ total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP });

/**
 * The FTS5 expression of the query's words (search-index.ts): each word as the start of a word
 * — its prefix list up to INDEXED_PREFIX letters, beyond that the OR of the whole words it
 * starts — all of them together. Null when a long word starts no word of any name.
 */
function matchOf(db: Db, words: readonly string[]): string | null {
  const parts: string[] = [];
  for (const w of words) {
    if ([...w].length <= INDEXED_PREFIX) {
      parts.push(`"${w}"*`);
      continue;
    }
    const whole = prepared(db, SEARCH_SQL.longWords)
      .pluck()
      .all({ lo: w, hi: prefixEnd(w) }) as string[];
    if (whole.length === 0) return null;
    parts.push(`(${whole.map((t) => `"${t}"`).join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/** Rows of one page of ids already in the register's order, with the count they make. */
function pageOf(db: Db, ids: readonly number[], f: SearchFilter, count: number): SearchPage {
  const page = ids.slice(f.offset, f.offset + f.limit);
  const rows = page.length
    ? (prepared(db, SEARCH_SQL.rowsById).all({ ids: JSON.stringify(page) }) as ApplicationRecord[])
    : [];
  return { rows, ...capped(count) };
}

/**
 * Search by register number, IIN (of the applicant or the representative) or the start of the
 * words of a name, newest first, a page at a time. Names are compared folded
 * (shared/domain/fold-name.ts): any case, Kazakh or Russian spelling, any order of the words.
 *
 * Nothing here reads the whole register. A name is found in its FTS5 index (search-index.ts),
 * read in the register's order only as far as the page and the count's cap; a number prefix is
 * a range of application_numbers sorted by SQLite keeping only the top. A number so common that
 * this would read too much ("6", "2") walks the register newest first instead, only as far as
 * the page and the cap.
 */
export function searchApplications(db: Db, f: SearchFilter): SearchPage {
  const q = f.query.trim();
  const status = f.status !== undefined;
  const params: Record<string, unknown> = { limit: f.limit, offset: f.offset };
  if (status) params.status = f.status;
  // Each source's newest n: enough for this page, and for the count to pass the cap.
  params.n = Math.max(f.offset + f.limit, SEARCH_COUNT_CAP + 1);
  const walk = (numbers: boolean, surelyCapped = false): SearchPage => {
    const o = { numbers, status };
    const rows = prepared(db, SEARCH_SQL.walkedPage(o)).all(params) as ApplicationRecord[];
    if (surelyCapped) return { rows, ...capped(SEARCH_COUNT_CAP + 1) };
    const n = prepared(db, SEARCH_SQL.walkedCount(o)).pluck().get(params) as number;
    return { rows, ...capped(n) };
  };
  if (!q) return walk(false);

  // Names have no digits: a query with one is a register number or an IIN, and only that.
  if (!/\d/.test(q)) {
    const words = indexWords(q);
    const match = words.length ? matchOf(db, words) : null;
    if (match === null) return { rows: [], total: 0, capped: false };
    // A status is one more list read beside the words' (a rare one no longer means looking up
    // every application of a common name).
    const ids = prepared(db, SEARCH_SQL.namesTop)
      .pluck()
      .all({
        ...params,
        match: f.status === undefined ? match : `${match} AND ${statusMatch(f.status)}`,
      }) as number[];
    return pageOf(db, ids, f, ids.length);
  }

  Object.assign(params, { lo: q, hi: prefixEnd(q) });
  const numberCount = prepared(db, SEARCH_SQL.numberCount).pluck().get(params) as number;
  if (numberCount > SORT_LIMIT) return walk(true, !status);
  // An application has up to 3 numbers (its register number and two IINs): past three times the
  // cap, the count is capped whatever the page, and the page is enough.
  const surelyCapped = !status && numberCount / 3 > SEARCH_COUNT_CAP;
  const n = surelyCapped ? f.offset + f.limit : (params.n as number);
  const hits = new Map<number, string>();
  // Only a register number has a hyphen; an IIN is digits.
  const found = prepared(db, SEARCH_SQL.numberTop(status, q.includes('-')))
    .raw()
    .all({ ...params, n: 3 * n }) as [number, string][];
  for (const [id, at] of found) hits.set(id, at);
  const ids = [...hits]
    .sort(([x, xAt], [y, yAt]) => (xAt < yAt ? 1 : xAt > yAt ? -1 : y - x))
    .map(([id]) => id);
  return pageOf(db, ids, f, surelyCapped ? SEARCH_COUNT_CAP + 1 : hits.size);
}

export function cancelApplication(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    `UPDATE applications SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`,
  ).run(at, by, reason, id);
  // The index holds the status (search-index.ts).
  writeSearchEntry(db, id, true);
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
