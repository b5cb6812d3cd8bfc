// Letters that go in one envelope (issue 11): addresses in their parts, and a refusal's §17
// explanation in the language of each letter.
//
// Addresses. Every place that keeps a postal address gets a column with its parts as a JSON
// object ({oblast, district, settlement, street, house, flat, postcode}: PostalAddress in
// shared/domain/postal-address.ts), printed in Kazpost's order. The free-text column stays: a new
// address writes it too (the one-line text the screens, the search and the postal register read),
// and an old row keeps only its free text — NULL parts — shown and printed as it was typed.
// Letters and posted answers keep the parts as printed, like the name and the free text beside.
//
// Explanations. The decision step records the language its explanation was written in (the
// steps are never updated, so rows from before read NULL and shared/domain/explanation.ts tells
// their language by its letters: Kazakh has ә ғ қ ң ө ұ ү һ і, Russian none of them). A letter printed in the other language carries a
// second text in that language, typed once by whoever prints it and kept here with who and when.

import type { Db } from '../open.ts';

const SCHEMA = /* sql */ `
ALTER TABLE applicants ADD COLUMN postal_address TEXT
  CHECK (postal_address IS NULL OR json_valid(postal_address));
ALTER TABLE representatives ADD COLUMN postal_address TEXT
  CHECK (postal_address IS NULL OR json_valid(postal_address));
ALTER TABLE complaints ADD COLUMN complainant_postal_address TEXT
  CHECK (complainant_postal_address IS NULL OR json_valid(complainant_postal_address));
ALTER TABLE letters ADD COLUMN addressee_postal_address TEXT
  CHECK (addressee_postal_address IS NULL OR json_valid(addressee_postal_address));
ALTER TABLE complaint_dispatches ADD COLUMN postal_address TEXT
  CHECK (postal_address IS NULL OR json_valid(postal_address));

ALTER TABLE application_steps ADD COLUMN explanation_lang TEXT
  CHECK (explanation_lang IS NULL OR explanation_lang IN ('kk', 'ru'));

CREATE TABLE refusal_explanations (
  id INTEGER PRIMARY KEY,
  decision_step_id INTEGER NOT NULL REFERENCES application_steps (id),
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
  explanation TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES users (id),
  UNIQUE (decision_step_id, lang)
) STRICT;
`;

export function updateToSchemaVersion11(db: Db): void {
  db.exec(SCHEMA);
}
