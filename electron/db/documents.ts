// The register of printed documents; the files themselves live in <data dir>/documents.

import type { PrintedDocument } from '../../shared/contract/common.ts';
import type { Db } from './open.ts';

export interface NewPrintedDocument {
  kind: string;
  entity: string;
  entityId: number | null;
  lang: 'kk' | 'ru';
  layout: string;
  pages: number;
  fileName: string;
  sha256: string;
  copy: boolean;
  printedAt: string;
  printedBy: number;
}

export function insertPrintedDocument(db: Db, d: NewPrintedDocument): number {
  return Number(
    db
      .prepare(
        `INSERT INTO printed_documents (kind, entity, entity_id, lang, layout, pages, file_name, sha256, copy,
           printed_at, printed_by)
         VALUES (@kind, @entity, @entityId, @lang, @layout, @pages, @fileName, @sha256, @copy, @printedAt, @printedBy)`,
      )
      .run({ ...d, copy: d.copy ? 1 : 0 }).lastInsertRowid,
  );
}

/** The file is named after the row's id (documents/<YYYY>/<id>-<kind>.pdf), known only after the insert. */
export function setPrintedDocumentFile(db: Db, id: number, fileName: string): void {
  db.prepare('UPDATE printed_documents SET file_name = ? WHERE id = ?').run(fileName, id);
}

const SELECT = `SELECT id, kind, file_name AS fileName, lang, layout, pages, copy, printed_at AS printedAt
  FROM printed_documents`;

type Row = Omit<PrintedDocument, 'copy'> & { copy: number };
const toDoc = (r: Row): PrintedDocument => ({ ...r, copy: r.copy === 1 });

export function getPrintedDocument(db: Db, id: number): PrintedDocument | undefined {
  const r = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  return r && toDoc(r);
}

/** What a kept paper is about (an application, a letter, the journal…), for the log of who opened it. */
export function printedDocumentSubject(
  db: Db,
  id: number,
): { entity: string; entityId: number | null } | undefined {
  return db.prepare('SELECT entity, entity_id AS entityId FROM printed_documents WHERE id = ?').get(id) as
    | { entity: string; entityId: number | null }
    | undefined;
}

export function listPrintedDocuments(db: Db, entity: string, entityId: number): PrintedDocument[] {
  return (
    db.prepare(`${SELECT} WHERE entity = ? AND entity_id = ? ORDER BY id`).all(entity, entityId) as Row[]
  ).map(toDoc);
}

/**
 * How many times a document was printed for an entity; with `lang`, in that language only — a
 * copy is a second print of the same paper in the same language (a ru letter after the kk one is
 * the first ru paper, not a copy of the kk one).
 */
export function countPrinted(
  db: Db,
  kind: string,
  entity: string,
  entityId: number,
  lang?: 'kk' | 'ru',
): number {
  const sql = 'SELECT count(*) AS n FROM printed_documents WHERE kind = ? AND entity = ? AND entity_id = ?';
  const row =
    lang === undefined
      ? db.prepare(sql).get(kind, entity, entityId)
      : db.prepare(`${sql} AND lang = ?`).get(kind, entity, entityId, lang);
  return (row as { n: number }).n;
}
