// Decisions and notification letters (§5, §7.1, §16, §17). After the talon an application walks
// the states of shared/domain/application-states.ts; applications.status holds where it stands,
// application_steps how it got there. Steps are never edited or deleted (the triggers below
// refuse it): a wrong step is voided by a later correction step that says why.

import type { Db } from '../open.ts';

/**
 * The view as this migration made it (0015 writes it again to be read by parts); kept as it was,
 * for the test that both say the same of every application.
 */
export const OUTCOMES_VIEW_0003 = /* sql */ `
CREATE VIEW application_outcomes AS
WITH live AS (
  SELECT s.* FROM application_steps s
   WHERE s.move <> 'correction'
     AND NOT EXISTS (SELECT 1 FROM application_steps c WHERE c.corrects_step_id = s.id)
),
decision AS (
  SELECT application_id, move, basis_date, max(id) AS id FROM live
   WHERE move IN ('approve', 'refuse') GROUP BY application_id
),
notice AS (
  SELECT application_id, move,
         CASE move WHEN 'send_by_post' THEN sent_date ELSE local_date END AS on_date,
         max(id) AS id
    FROM live WHERE move IN ('send_by_post', 'hand_over') GROUP BY application_id
),
returns AS (
  SELECT application_id, count(*) AS n FROM live WHERE move = 'return_for_correction' GROUP BY application_id
)
SELECT a.id AS application_id,
       a.reg_number,
       a.accepted_date,
       a.term_end,
       a.status,
       CASE d.move WHEN 'approve' THEN 'approved' WHEN 'refuse' THEN 'refused' END AS decision,
       d.basis_date AS decided_on,
       CASE n.move WHEN 'send_by_post' THEN 'post' WHEN 'hand_over' THEN 'in_person' END AS notified_how,
       n.on_date AS notified_on,
       coalesce(r.n, 0) AS returns_for_correction,
       CASE WHEN d.id IS NULL OR n.id IS NULL THEN NULL
            WHEN d.basis_date <= a.term_end AND n.on_date <= a.term_end THEN 1 ELSE 0 END AS served_in_term
  FROM applications a
  LEFT JOIN decision d ON d.application_id = a.id
  LEFT JOIN notice n ON n.application_id = a.id
  LEFT JOIN returns r ON r.application_id = a.id;
`;

const SCHEMA = /* sql */ `
-- The status set grows from 'accepted' | 'cancelled' to the whole path. SQLite cannot add a
-- CHECK to an existing column, so the set is enforced by triggers on insert and update.
CREATE TRIGGER applications_status_known_insert BEFORE INSERT ON applications
WHEN NEW.status NOT IN ('accepted', 'under_review', 'returned', 'approved', 'refused', 'notified', 'closed', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'unknown application status'); END;
CREATE TRIGGER applications_status_known_update BEFORE UPDATE OF status ON applications
WHEN NEW.status NOT IN ('accepted', 'under_review', 'returned', 'approved', 'refused', 'notified', 'closed', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'unknown application status'); END;

CREATE TABLE application_steps (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id),
  move TEXT NOT NULL CHECK (move IN ('start_review', 'return_for_correction', 'resubmit', 'approve', 'refuse',
    'send_by_post', 'hand_over', 'close', 'correction')),
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  -- When the step was recorded (UTC) and the office's local day of it.
  at TEXT NOT NULL,
  local_date TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES users (id),
  -- The role at the time: a user's role may change later, the step's authority may not.
  by_role TEXT NOT NULL CHECK (by_role IN ('clerk', 'head', 'deputy', 'admin')),
  -- The document the step rests on, e.g. the head's order (number and date) for a decision.
  basis_number TEXT,
  basis_date TEXT,
  note TEXT,
  -- Why: a return for correction, a correction. Required for those moves (CHECKs below).
  reason TEXT,
  -- approve: from when home social services start and who provides them.
  services_from TEXT,
  social_worker TEXT,
  service_unit TEXT,
  -- refuse: a §17 ground (code of the service definition the application was accepted under)
  -- and the explanation in words that the letter repeats.
  refusal_ground TEXT,
  explanation TEXT,
  -- send_by_post / hand_over: the letter that told the applicant (§16). sent_date is the day it
  -- was handed to the post office — with hand_over's local_date, what indicator 1.1 reads.
  letter_id INTEGER REFERENCES letters (id),
  sent_date TEXT,
  received_by TEXT CHECK (received_by IN ('applicant', 'representative')),
  -- §7.3: collecting the result is the queue's second purpose; the ticket, when there was one.
  queue_ticket_id INTEGER,
  -- correction: the step it voids; a step is voided at most once.
  corrects_step_id INTEGER UNIQUE REFERENCES application_steps (id),
  CHECK (move NOT IN ('approve', 'refuse') OR (basis_number IS NOT NULL AND basis_date IS NOT NULL)),
  CHECK (move <> 'approve' OR (services_from IS NOT NULL AND social_worker IS NOT NULL)),
  CHECK (move <> 'refuse' OR (refusal_ground IS NOT NULL AND explanation IS NOT NULL)),
  CHECK (move NOT IN ('return_for_correction', 'correction') OR reason IS NOT NULL),
  CHECK (move <> 'correction' OR corrects_step_id IS NOT NULL),
  CHECK (move NOT IN ('send_by_post', 'hand_over') OR letter_id IS NOT NULL),
  CHECK (move <> 'send_by_post' OR sent_date IS NOT NULL),
  CHECK (move <> 'hand_over' OR received_by IS NOT NULL)
) STRICT;
CREATE INDEX application_steps_by_application ON application_steps (application_id, id);
CREATE INDEX application_steps_by_sent_date ON application_steps (sent_date) WHERE move = 'send_by_post';

CREATE TRIGGER application_steps_never_updated BEFORE UPDATE ON application_steps
BEGIN SELECT RAISE(ABORT, 'application steps are history: record a correction step instead'); END;
CREATE TRIGGER application_steps_never_deleted BEFORE DELETE ON application_steps
BEGIN SELECT RAISE(ABORT, 'application steps are history: record a correction step instead'); END;

-- The notification letter of one decision (§5, §16). The outgoing number is the office's own:
-- a prefix from the settings and a sequence per calendar year, given on the first print and
-- kept for every reprint. Name and address are kept as printed: the postal register lists
-- what was on the envelope even if the person moves later.
CREATE TABLE letters (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id),
  decision_step_id INTEGER NOT NULL UNIQUE REFERENCES application_steps (id),
  out_year INTEGER NOT NULL,
  out_seq INTEGER NOT NULL,
  out_number TEXT NOT NULL,
  letter_date TEXT NOT NULL,
  addressee_name TEXT NOT NULL,
  addressee_address TEXT NOT NULL,
  -- For a child the letter goes to the legal representative (§12 reading).
  addressee_role TEXT NOT NULL CHECK (addressee_role IN ('applicant', 'representative')),
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users (id),
  UNIQUE (out_year, out_seq)
) STRICT;
CREATE INDEX letters_by_application ON letters (application_id);

-- One printed postal register (the list handed to the post office with the day's letters).
-- The same day printed again with the same letters is a reprint (a copy); a letter added
-- later makes a new list, so a copy never claims more or fewer letters than the original.
CREATE TABLE postal_registers (
  id INTEGER PRIMARY KEY,
  sent_date TEXT NOT NULL,
  -- JSON array of letters.id, ascending.
  letter_ids TEXT NOT NULL,
  -- JSON array of complaint_dispatches.id (answers to complaints posted the same day, §23),
  -- ascending: one register lists every letter the office hands to the post that day.
  complaint_dispatch_ids TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users (id),
  UNIQUE (sent_date, letter_ids, complaint_dispatch_ids)
) STRICT;

-- What the monthly report needs of each application (indicators 1.1 and 2.2), from the steps in
-- force: the decision and its date (the head's order), the notification and its date (posted
-- or handed over), the returns for correction, and whether both came by the §7.1 term.
${OUTCOMES_VIEW_0003}`;

export function updateToSchemaVersion3(db: Db): void {
  db.exec(SCHEMA);
}
