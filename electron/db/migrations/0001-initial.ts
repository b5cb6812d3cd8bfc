// The first schema. STRICT tables; times are UTC ISO-8601 text, local dates (YYYY-MM-DD in the
// office's zone) are stored beside them where a rule reads the local day. Nothing is ever
// deleted: rows that end are marked (cancelled_*, withdrawn_*, active = 0) with who and why.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'head', 'deputy', 'admin')),
  language TEXT NOT NULL CHECK (language IN ('kk', 'ru')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- The person the service is for (§6 reading): a disabled adult or a disabled child.
CREATE TABLE applicants (
  id INTEGER PRIMARY KEY,
  iin TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  address TEXT NOT NULL,
  phone TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A child's legal representative; one person may represent several children.
CREATE TABLE representatives (
  id INTEGER PRIMARY KEY,
  iin TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  address TEXT NOT NULL,
  phone TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Law No. 94-V Arts. 7–9: consent to process personal data, the subject's or, for a child,
-- the legal representative's. Kept per visit, so the date of each consent is provable.
CREATE TABLE consents (
  id INTEGER PRIMARY KEY,
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  representative_id INTEGER REFERENCES representatives (id),
  given_at TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users (id),
  withdrawn_at TEXT,
  withdrawn_by INTEGER REFERENCES users (id)
) STRICT;

-- Every visit with a package (indicator 3.2: complete at the first visit / all visits).
CREATE TABLE intake_attempts (
  id INTEGER PRIMARY KEY,
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  representative_id INTEGER REFERENCES representatives (id),
  category TEXT NOT NULL CHECK (category IN ('adult', 'child')),
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'turned_away')),
  -- JSON array of §12 document codes that were missing; [] when accepted.
  missing TEXT NOT NULL DEFAULT '[]',
  -- JSON array of the marks as the clerk left them, for the missing-documents list.
  marks TEXT NOT NULL DEFAULT '[]',
  queue_ticket_id INTEGER,
  consent_id INTEGER NOT NULL REFERENCES consents (id),
  standard_version TEXT NOT NULL,
  at TEXT NOT NULL,
  local_date TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX intake_attempts_by_date ON intake_attempts (local_date);
CREATE INDEX intake_attempts_by_applicant ON intake_attempts (applicant_id);

CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  reg_year INTEGER NOT NULL,
  reg_seq INTEGER NOT NULL,
  -- e.g. 2027-0001: the number printed on the talon and read back from its QR code.
  reg_number TEXT NOT NULL UNIQUE,
  applicant_id INTEGER NOT NULL REFERENCES applicants (id),
  representative_id INTEGER REFERENCES representatives (id),
  relation TEXT CHECK (relation IN ('mother', 'father', 'guardian', 'trustee', 'other')),
  authority_document TEXT,
  category TEXT NOT NULL CHECK (category IN ('adult', 'child')),
  status TEXT NOT NULL,
  -- The edition of the standard in force on acceptance (shared/standard/service-definition.ts).
  standard_version TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  accepted_date TEXT NOT NULL,
  -- §7.1, computed on acceptance with the office calendar of that day and kept, so that a
  -- later calendar correction never silently moves a term already printed on a talon.
  term_end TEXT NOT NULL,
  accepted_by INTEGER NOT NULL REFERENCES users (id),
  attempt_id INTEGER NOT NULL REFERENCES intake_attempts (id),
  cancelled_at TEXT,
  cancelled_by INTEGER REFERENCES users (id),
  cancel_reason TEXT,
  UNIQUE (reg_year, reg_seq),
  CHECK ((category = 'child') = (representative_id IS NOT NULL))
) STRICT;
CREATE INDEX applications_by_applicant ON applications (applicant_id);
CREATE INDEX applications_by_term ON applications (status, term_end);

-- §12: the checklist of each application, one row a document.
CREATE TABLE application_documents (
  application_id INTEGER NOT NULL REFERENCES applications (id),
  doc_code TEXT NOT NULL,
  original_seen_returned INTEGER NOT NULL CHECK (original_seen_returned IN (0, 1)),
  copy_received INTEGER NOT NULL CHECK (copy_received IN (0, 1)),
  PRIMARY KEY (application_id, doc_code)
) STRICT, WITHOUT ROWID;

-- Every printed document (what, when, by whom); the PDF itself is kept in the data folder.
CREATE TABLE printed_documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
  layout TEXT NOT NULL,
  pages INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  copy INTEGER NOT NULL CHECK (copy IN (0, 1)),
  printed_at TEXT NOT NULL,
  printed_by INTEGER NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX printed_documents_by_entity ON printed_documents (entity, entity_id);

-- Who did what and when, with the row before and after (Law No. 94-V, Art. 22).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users (id),
  door TEXT NOT NULL CHECK (door IN ('ipc', 'browser', 'cli', 'system')),
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

-- Office settings (§4, §6, printers, language) as JSON values under a key.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES users (id)
) STRICT;

-- Government decrees move days off every year and no library knows them: the office keeps
-- them here on top of the holiday library. A withdrawn correction keeps its row.
CREATE TABLE calendar_corrections (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  withdrawn_at TEXT,
  withdrawn_by INTEGER REFERENCES users (id),
  withdraw_reason TEXT
) STRICT;
CREATE UNIQUE INDEX calendar_corrections_active ON calendar_corrections (date) WHERE withdrawn_at IS NULL;
`;

// Known errors of the holiday library, fixed for every office from the start (FACTS.md):
// date-holidays puts the 2026 Nauryz substitutes on 23–24 March; the days off were 24–25.
const SEED = /* sql */ `
INSERT INTO calendar_corrections (date, kind, note, created_at)
VALUES ('2026-03-25', 'day_off', 'Наурыз 2026: 21–22.03 демалыс күндерінің орнына / перенос выходного', '2026-01-01T00:00:00.000Z');
`;

export function updateToSchemaVersion1(db: Db): void {
  db.exec(SCHEMA);
  db.exec(SEED);
}
