// The monthly report reads only its period (issue 12). The application_outcomes view of 0003
// grouped every step of every application to answer for one month, and each intake visit of
// the month looked for its application by reading the whole applications table: at an office's
// five years a report took a tenth of a second, at a region's twenty years minutes.
//
// - The view is written again with the same columns and the same meaning — the decision and
//   the notice in force are each the latest step of their kind not voided by a correction —
//   but as a join on each application's own steps, which SQLite flattens into the query that
//   reads it: asked for one application, or for one month's, it reads only theirs.
// - Indexes for the days a report asks about: accepted, due, decided (the head's order), posted,
//   handed over; and an application by the intake visit it came from.
//
// The start screen's papers owed (documents.unprinted: a talon, a list of what is missing, never
// printed) looked for them by reading every application and every intake visit: each is now
// marked when its paper is first printed (a trigger on printed_documents, so no path that prints
// can forget it), and a partial index holds only those still owed — in an office, none or a few.

import type { Db } from '../open.ts';

const IN_FORCE = /* sql */ `NOT EXISTS (SELECT 1 FROM application_steps c WHERE c.corrects_step_id = s.id)`;

const SCHEMA = /* sql */ `
DROP VIEW application_outcomes;
CREATE VIEW application_outcomes AS
SELECT a.id AS application_id,
       a.reg_number,
       a.accepted_date,
       a.term_end,
       a.status,
       CASE d.move WHEN 'approve' THEN 'approved' WHEN 'refuse' THEN 'refused' END AS decision,
       d.basis_date AS decided_on,
       CASE n.move WHEN 'send_by_post' THEN 'post' WHEN 'hand_over' THEN 'in_person' END AS notified_how,
       CASE n.move WHEN 'send_by_post' THEN n.sent_date ELSE n.local_date END AS notified_on,
       (SELECT count(*) FROM application_steps s
         WHERE s.application_id = a.id AND s.move = 'return_for_correction' AND ${IN_FORCE}) AS returns_for_correction,
       CASE WHEN d.id IS NULL OR n.id IS NULL THEN NULL
            WHEN d.basis_date <= a.term_end
             AND (CASE n.move WHEN 'send_by_post' THEN n.sent_date ELSE n.local_date END) <= a.term_end THEN 1
            ELSE 0 END AS served_in_term
  FROM applications a
  LEFT JOIN application_steps d ON d.id = (
    SELECT max(s.id) FROM application_steps s
     WHERE s.application_id = a.id AND s.move IN ('approve', 'refuse') AND ${IN_FORCE})
  LEFT JOIN application_steps n ON n.id = (
    SELECT max(s.id) FROM application_steps s
     WHERE s.application_id = a.id AND s.move IN ('send_by_post', 'hand_over') AND ${IN_FORCE});

CREATE INDEX applications_by_accepted_date ON applications (accepted_date);
CREATE INDEX applications_by_term_end ON applications (term_end);
CREATE INDEX applications_by_attempt ON applications (attempt_id);
CREATE INDEX application_steps_by_decision_date ON application_steps (basis_date) WHERE move IN ('approve', 'refuse');
CREATE INDEX application_steps_by_hand_over_date ON application_steps (local_date) WHERE move = 'hand_over';

ALTER TABLE applications ADD COLUMN talon_printed INTEGER NOT NULL DEFAULT 0 CHECK (talon_printed IN (0, 1));
UPDATE applications SET talon_printed = 1
 WHERE id IN (SELECT entity_id FROM printed_documents WHERE entity = 'application' AND kind = 'talon');
CREATE INDEX applications_talon_owed ON applications (id) WHERE talon_printed = 0;
CREATE TRIGGER printed_documents_talon_printed AFTER INSERT ON printed_documents
WHEN NEW.entity = 'application' AND NEW.kind = 'talon'
BEGIN UPDATE applications SET talon_printed = 1 WHERE id = NEW.entity_id AND talon_printed = 0; END;

ALTER TABLE intake_attempts ADD COLUMN missing_list_printed INTEGER NOT NULL DEFAULT 0
  CHECK (missing_list_printed IN (0, 1));
UPDATE intake_attempts SET missing_list_printed = 1
 WHERE id IN (SELECT entity_id FROM printed_documents WHERE entity = 'intake_attempt' AND kind = 'missing_list');
CREATE INDEX intake_attempts_missing_list_owed ON intake_attempts (id)
 WHERE outcome = 'turned_away' AND missing_list_printed = 0;
CREATE TRIGGER printed_documents_missing_list_printed AFTER INSERT ON printed_documents
WHEN NEW.entity = 'intake_attempt' AND NEW.kind = 'missing_list'
BEGIN UPDATE intake_attempts SET missing_list_printed = 1 WHERE id = NEW.entity_id AND missing_list_printed = 0; END;
`;

export function updateToSchemaVersion15(db: Db): void {
  db.exec(SCHEMA);
}
