// The monthly report (§19, §20, the appendix): the satisfaction survey's answers, the yearly
// normative and target values set by the head, the head's entry for 3.3, and the reports sent to
// the regional department, frozen with their file's sha256. Depends on nothing but users.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
-- Anonymous on purpose: no person, no user, no time of day — only the visit's date and purpose,
-- the question (its indicator), the 1–5 answer and where it was given. The visit code it
-- redeemed is unique per question, so one visit answers each question once.
CREATE TABLE survey_answers (
  id INTEGER PRIMARY KEY,
  visit_date TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('hand_in', 'collect', 'complaint')),
  question TEXT NOT NULL CHECK (question IN ('2.1', '3.1', '4.3', '4.4', '5.1')),
  answer INTEGER NOT NULL CHECK (answer BETWEEN 1 AND 5),
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'paper')),
  visit_code TEXT NOT NULL,
  UNIQUE (visit_code, question)
) STRICT;
CREATE INDEX survey_answers_by_date ON survey_answers (visit_date);

-- The office's key for visit codes: a code printed on a ticket, talon or complaint answer is
-- the visit's number with a keyed check, so a code cannot be made up at the kiosk. Made once,
-- at random, in this database.
CREATE TABLE survey_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secret TEXT NOT NULL
) STRICT;
INSERT INTO survey_key (id, secret) VALUES (1, lower(hex(randomblob(32))));

-- §20: normative and target values per year, set by the head or the deputy. Every setting is a
-- new row (the latest per year and code is in force); the appendix's value applies until one.
CREATE TABLE report_targets (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  code TEXT NOT NULL,
  normative REAL NOT NULL CHECK (normative BETWEEN 0 AND 100),
  target REAL NOT NULL CHECK (target BETWEEN 0 AND 100),
  set_at TEXT NOT NULL,
  set_by INTEGER NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX report_targets_by_year ON report_targets (year, code, id);

-- 3.3: the share of the service's information available on the Internet is not in the desk's
-- records; the head enters it for a period with where it comes from. Later entries win.
CREATE TABLE report_internet_share (
  id INTEGER PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  published INTEGER NOT NULL CHECK (published >= 0),
  total INTEGER NOT NULL CHECK (total > 0),
  source TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  entered_by INTEGER NOT NULL REFERENCES users (id),
  CHECK (published <= total),
  CHECK (period_from <= period_to)
) STRICT;

-- A report sent to the regional department: the numbers exactly as exported (JSON), the file's
-- name and sha256. Never changed afterwards: a later correction of the data is shown beside
-- the frozen value, not written into it.
CREATE TABLE sent_reports (
  id INTEGER PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('json', 'csv', 'xlsx', 'pdf')),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  numbers TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  sent_by INTEGER NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX sent_reports_by_period ON sent_reports (period_from, period_to, id);
CREATE TRIGGER sent_reports_never_updated BEFORE UPDATE ON sent_reports
BEGIN SELECT RAISE(ABORT, 'a sent report is frozen'); END;
CREATE TRIGGER sent_reports_never_deleted BEFORE DELETE ON sent_reports
BEGIN SELECT RAISE(ABORT, 'a sent report is frozen'); END;
`;

export function updateToSchemaVersion8(db: Db): void {
  db.exec(SCHEMA);
}
