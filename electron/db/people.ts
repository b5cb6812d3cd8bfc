// Applicants and legal representatives: one row per IIN, updated in place when a returning
// person's address or phone changed (the audit log keeps the old values). Every write keeps
// the folded name the search reads (name_folded, migration 0009) in step with the name.

import type { Person } from '../../shared/contract/common.ts';
import { foldedFullName } from '../../shared/domain/fold-name.ts';
import { type PostalAddress, partsFromJson, partsToJson } from '../../shared/domain/postal-address.ts';
import { rewriteNameWords } from './applications.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export type PersonTable = 'applicants' | 'representatives';

export interface PersonFields {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: 'male' | 'female';
  /** The one-line text of the address (its parts', or the free text typed before them). */
  address: string;
  /** The parts; null for an address kept as free text (migration 0011). */
  postalAddress: PostalAddress | null;
  phone: string | null;
}

const columns = `id, iin, last_name AS lastName, first_name AS firstName, middle_name AS middleName,
  birth_date AS birthDate, sex, address, postal_address AS postalAddress, phone`;

function personOf(row: unknown): Person | undefined {
  if (!row) return undefined;
  const r = row as Omit<Person, 'postalAddress'> & { postalAddress: string | null };
  return { ...r, postalAddress: partsFromJson(r.postalAddress) };
}

export function findPersonByIin(db: Db, table: PersonTable, iin: string): Person | undefined {
  return personOf(prepared(db, `SELECT ${columns} FROM ${table} WHERE iin = ?`).get(iin));
}

export function getPerson(db: Db, table: PersonTable, id: number): Person {
  return personOf(prepared(db, `SELECT ${columns} FROM ${table} WHERE id = ?`).get(id)) as Person;
}

export function insertPerson(db: Db, table: PersonTable, p: PersonFields, at: string): number {
  return Number(
    prepared(
      db,
      `INSERT INTO ${table} (iin, last_name, first_name, middle_name, name_folded, birth_date, sex, address,
         postal_address, phone, created_at, updated_at)
       VALUES (@iin, @lastName, @firstName, @middleName, @nameFolded, @birthDate, @sex, @address, @parts, @phone,
         @at, @at)`,
    ).run({ ...p, nameFolded: foldedFullName(p), parts: partsToJson(p.postalAddress), at }).lastInsertRowid,
  );
}

export function updatePerson(db: Db, table: PersonTable, id: number, p: PersonFields, at: string): void {
  prepared(
    db,
    `UPDATE ${table} SET last_name = @lastName, first_name = @firstName, middle_name = @middleName,
       name_folded = @nameFolded, address = @address, postal_address = @parts, phone = @phone, updated_at = @at
       WHERE id = @id`,
  ).run({ ...p, nameFolded: foldedFullName(p), parts: partsToJson(p.postalAddress), id, at });
  rewriteNameWords(db, table, id);
}
