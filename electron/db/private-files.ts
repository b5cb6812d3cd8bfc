// The database holds personal and medical data (Law No. 94-V; STANDARD.md §18: safekeeping and
// confidentiality): on Linux and macOS no other local account may read it. SQLite gives its
// -wal and -shm the mode of the database file, so a database created 0600 keeps them 0600 too.
// Windows ignores these modes: there the user-data folder is already the account's own.

import fs from 'node:fs';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;
/** The folders of the data folder whose files the database refers to (printed PDFs, scans). */
export const FILE_FOLDERS = ['documents', 'attachments'] as const;

/** The files SQLite keeps beside a database. */
export function sidecarsOf(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/**
 * A folder the program owns (documents/, backups/, FILE.files/…): only this account may enter;
 * an existing one is tightened.
 */
export function privateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
  fs.chmodSync(dir, PRIVATE_FOLDER);
}

/**
 * A folder someone named (`--out /tmp/x.sqlite`, `--data-dir`): created private when missing,
 * an existing one left as it is — /tmp made 0700 would break the machine.
 */
export function ensureFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
}

/** A file only this account may read: created empty when missing (SQLite then fills it). */
export function privateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
  fs.chmodSync(file, PRIVATE_FILE);
}

/** The database and whatever sidecars it has, tightened (a file made by an older version). */
export function tightenDatabaseFiles(file: string): void {
  privateFile(file);
  for (const side of sidecarsOf(file)) if (fs.existsSync(side)) fs.chmodSync(side, PRIVATE_FILE);
}

/** A failed copy with its sidecars: a copy that failed its check is no backup. */
export function removeCopy(file: string): void {
  for (const f of [file, ...sidecarsOf(file)]) fs.rmSync(f, { force: true });
}
