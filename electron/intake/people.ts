// Registering the people of an intake: the applicant and, for a child, the legal
// representative. Birth date and sex come from the IIN (never typed twice); a returning
// person's row is updated and the audit log keeps what it said before.

import type { PersonInput } from '../../shared/contract/common.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { parseIin } from '../../shared/domain/iin.ts';
import type { AppContext } from '../app/context.ts';
import { writeAudit } from '../db/audit.ts';
import {
  findPersonByIin,
  getPerson,
  insertPerson,
  type PersonFields,
  type PersonTable,
  updatePerson,
} from '../db/people.ts';

export function personFields(p: Required<PersonInput> | PersonInputParsed): PersonFields {
  const r = parseIin(p.iin);
  if (!r.ok) throw new DomainError('iin_invalid', { problem: r.problem, iin: p.iin });
  return {
    iin: r.info.iin,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName ?? null,
    birthDate: r.info.birthDate,
    sex: r.info.sex,
    address: p.address,
    phone: p.phone ?? null,
  };
}

interface PersonInputParsed {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  address: string;
  phone: string | null;
}

const ENTITY: Record<PersonTable, string> = { applicants: 'applicant', representatives: 'representative' };

/** Inserts or updates by IIN inside the caller's transaction; returns the row id. */
export function upsertPerson(ctx: AppContext, table: PersonTable, fields: PersonFields): number {
  const at = ctx.clock.now().toISOString();
  const existing = findPersonByIin(ctx.db, table, fields.iin);
  if (!existing) {
    const id = insertPerson(ctx.db, table, fields, at);
    writeAudit(ctx, {
      action: 'create',
      entity: ENTITY[table],
      entityId: id,
      after: getPerson(ctx.db, table, id),
    });
    return id;
  }
  const changed =
    existing.lastName !== fields.lastName ||
    existing.firstName !== fields.firstName ||
    existing.middleName !== fields.middleName ||
    existing.address !== fields.address ||
    existing.phone !== fields.phone;
  if (changed) {
    updatePerson(ctx.db, table, existing.id, fields, at);
    writeAudit(ctx, {
      action: 'update',
      entity: ENTITY[table],
      entityId: existing.id,
      before: existing,
      after: getPerson(ctx.db, table, existing.id),
    });
  }
  return existing.id;
}
