// The complaint journal (§21–§23). A complaint is registered once and then only gains facts:
// its outcome, the answer's dispatch, a note that the complainant went to court. Nothing is
// deleted: an entry made by mistake is cancelled (who, when, why), an attachment added by
// mistake is withdrawn, and its file stays in the data folder.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
CREATE TABLE complaints (
  id INTEGER PRIMARY KEY,
  journal_year INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL,
  -- e.g. 2026/007: printed on the tear-off talon, numbered anew every year.
  journal_number TEXT NOT NULL UNIQUE,
  -- §23: the date and time of acceptance. UTC instant; for post that came earlier the clerk
  -- enters the day it arrived, not the day it was typed in.
  received_at TEXT NOT NULL,
  -- The local day of received_at in the office's zone: the review term counts from it.
  received_date TEXT NOT NULL,
  -- §22: in writing, by post, e-mail, or courier to the reception.
  channel TEXT NOT NULL CHECK (channel IN ('post', 'email', 'courier')),
  -- §21: to the head, the deputy head or the head of the regional department.
  addressee TEXT NOT NULL CHECK (addressee IN ('head', 'deputy', 'regional')),
  complainant_name TEXT NOT NULL,
  complainant_iin TEXT CHECK (complainant_iin IS NULL OR length(complainant_iin) = 12),
  complainant_address TEXT,
  complainant_email TEXT,
  complainant_phone TEXT,
  -- The language of the complaint: the talon and the answer default to it.
  language TEXT NOT NULL CHECK (language IN ('kk', 'ru')),
  -- What it concerns, when it concerns something the desk knows.
  application_id INTEGER REFERENCES applications (id),
  employee TEXT,
  summary TEXT NOT NULL,
  -- The review term as it stood on registration, and its last day, computed then with the
  -- office calendar and kept: the talon printed it, so a later setting or calendar
  -- correction never moves it.
  term_length INTEGER NOT NULL CHECK (term_length > 0),
  term_unit TEXT NOT NULL CHECK (term_unit IN ('calendar', 'working')),
  term_end TEXT NOT NULL,
  standard_version TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  registered_by INTEGER NOT NULL REFERENCES users (id),
  -- The outcome, recorded by the head or the deputy (electron/app/permissions.ts).
  justified INTEGER CHECK (justified IN (0, 1)),
  satisfied INTEGER CHECK (satisfied IN (0, 1)),
  action_taken TEXT,
  answer_text TEXT,
  answer_date TEXT,
  answer_channel TEXT CHECK (answer_channel IN ('post', 'email')),
  outgoing_number TEXT,
  outcome_at TEXT,
  outcome_by INTEGER REFERENCES users (id),
  -- §21: disputes go to civil court; the journal notes it.
  court_date TEXT,
  court_note TEXT,
  court_at TEXT,
  court_by INTEGER REFERENCES users (id),
  cancelled_at TEXT,
  cancelled_by INTEGER REFERENCES users (id),
  cancel_reason TEXT,
  UNIQUE (journal_year, journal_seq),
  -- §23: the answer goes back by post or e-mail, so one of them must be known.
  CHECK (complainant_address IS NOT NULL OR complainant_email IS NOT NULL),
  -- An outcome is whole or absent.
  CHECK ((justified IS NULL) = (answer_date IS NULL) AND (justified IS NULL) = (answer_text IS NULL)
    AND (justified IS NULL) = (answer_channel IS NULL)),
  -- Satisfied only when justified; a justified one says whether it was.
  CHECK (satisfied IS NULL OR justified = 1),
  CHECK (justified IS NOT 1 OR satisfied IS NOT NULL)
) STRICT;
CREATE INDEX complaints_by_received ON complaints (received_date);
CREATE INDEX complaints_by_answer ON complaints (answer_date);

-- How the written answer left the office (§23). A letter by post is a line of the postal
-- register of letters (complaintLettersSentOn in electron/db/complaints.ts); an answer by
-- e-mail is sent by the clerk from the office's mail client — this program sends nothing —
-- and recorded here with the address it went to.
CREATE TABLE complaint_dispatches (
  id INTEGER PRIMARY KEY,
  complaint_id INTEGER NOT NULL REFERENCES complaints (id),
  channel TEXT NOT NULL CHECK (channel IN ('post', 'email')),
  sent_date TEXT NOT NULL,
  addressee TEXT NOT NULL,
  address TEXT NOT NULL,
  outgoing_number TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users (id),
  CHECK (channel = 'email' OR outgoing_number IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX complaint_dispatches_one ON complaint_dispatches (complaint_id);
CREATE INDEX complaint_dispatches_by_date ON complaint_dispatches (channel, sent_date);

-- Scanned letters and files that came with a complaint. The file lives in the data folder
-- (<data dir>/attachments/<complaint id>/<attachment id>-<name>); its sha256 proves it was not
-- changed. Withdrawn, never deleted.
CREATE TABLE complaint_attachments (
  id INTEGER PRIMARY KEY,
  complaint_id INTEGER NOT NULL REFERENCES complaints (id),
  file_name TEXT NOT NULL,
  stored_path TEXT NOT NULL UNIQUE,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  added_at TEXT NOT NULL,
  added_by INTEGER NOT NULL REFERENCES users (id),
  withdrawn_at TEXT,
  withdrawn_by INTEGER REFERENCES users (id),
  withdraw_reason TEXT
) STRICT;
CREATE INDEX complaint_attachments_by_complaint ON complaint_attachments (complaint_id);
`;

export function updateToSchemaVersion4(db: Db): void {
  db.exec(SCHEMA);
}
