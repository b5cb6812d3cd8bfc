// The walk-in queue (STANDARD.md §7.2, §7.3, §10). A ticket is one row from issue to its end;
// every step of it (call, recall, "did not come", start, end, closing) is also an event with
// its own time, so nothing about a visit is overwritten. Nothing is deleted: a ticket issued by
// mistake is withdrawn with who and why, and what is left at closing is closed with its reason.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
CREATE TABLE queue_tickets (
  id INTEGER PRIMARY KEY,
  -- The office's local day of issue: numbering restarts each day, per purpose.
  local_date TEXT NOT NULL,
  -- hand_in: §7.2 hand in documents (A-…); collect: §7.3 collect the result (B-…).
  purpose TEXT NOT NULL CHECK (purpose IN ('hand_in', 'collect')),
  seq INTEGER NOT NULL CHECK (seq > 0),
  number TEXT NOT NULL,
  -- The limit and the edition in force at issue, so a later edition never re-judges a day.
  limit_minutes INTEGER NOT NULL CHECK (limit_minutes > 0),
  standard_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'served', 'no_show', 'closed', 'cancelled')),
  issued_at TEXT NOT NULL,
  issued_by INTEGER REFERENCES users (id),
  call_count INTEGER NOT NULL DEFAULT 0 CHECK (call_count >= 0),
  first_called_at TEXT,
  last_called_at TEXT,
  -- The clerk the ticket was called to: one visitor at a time per clerk.
  called_by INTEGER REFERENCES users (id),
  started_at TEXT,
  ended_at TEXT,
  closed_at TEXT,
  close_reason TEXT CHECK (close_reason IN ('closing_time', 'service_not_ended')),
  cancelled_at TEXT,
  cancelled_by INTEGER REFERENCES users (id),
  cancel_reason TEXT,
  -- Reception seconds waited (lunch excluded, §10), fixed at the first call or at closing:
  -- the figure indicator 1.2 and the §7 breaches are reported from, kept as it was measured.
  wait_seconds INTEGER CHECK (wait_seconds >= 0),
  -- The application a "collect result" visit was about. A "hand in documents" visit is linked
  -- the other way, by intake_attempts.queue_ticket_id: one visit may bring several packages.
  application_id INTEGER REFERENCES applications (id),
  UNIQUE (local_date, purpose, seq),
  CHECK ((status = 'waiting') = (call_count = 0 AND closed_at IS NULL AND cancelled_at IS NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;
-- The line of a day in order of arrival (id), and each clerk's current visitor.
CREATE INDEX queue_tickets_by_day ON queue_tickets (local_date, status);
CREATE INDEX queue_tickets_by_clerk ON queue_tickets (called_by, status);
CREATE INDEX queue_tickets_by_application ON queue_tickets (application_id);
CREATE INDEX intake_attempts_by_queue_ticket ON intake_attempts (queue_ticket_id);

-- Every step of a ticket with its time (the issue asks for each call and recall to be kept).
CREATE TABLE queue_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES queue_tickets (id),
  kind TEXT NOT NULL CHECK (kind IN ('issued', 'called', 'recalled', 'no_show', 'started', 'ended', 'closed', 'cancelled')),
  at TEXT NOT NULL,
  by_user INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX queue_events_by_ticket ON queue_events (ticket_id);

-- A closed day takes no more tickets. Closed by the clerk ("close the day"), or automatically
-- when a later day's queue is first touched; either way the leftovers carry their reason.
CREATE TABLE queue_days (
  local_date TEXT PRIMARY KEY,
  closed_at TEXT NOT NULL,
  closed_by INTEGER REFERENCES users (id),
  how TEXT NOT NULL CHECK (how IN ('clerk', 'automatic')),
  -- Why a clerk closed it before the end of working hours.
  reason TEXT
) STRICT;
`;

export function updateToSchemaVersion2(db: Db): void {
  db.exec(SCHEMA);
}
