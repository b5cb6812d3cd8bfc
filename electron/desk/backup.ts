// A backup of the whole desk: the database through SQLite's online backup (never a file copy
// of a live database — FACTS.md), and the files the database points to — the printed PDFs
// (documents/) and the complaints' scanned letters (attachments/). Those are written once and
// never changed or deleted, so copying them file by file while the program runs is safe.

import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../db/open.ts';
import type { Desk } from './open-desk.ts';

/** The folders of the data folder whose files the database refers to. */
export const FILE_FOLDERS = ['documents', 'attachments'] as const;

export interface DeskBackup {
  file: string;
  bytes: number;
  /** Where the files went: beside the database copy, `<file>.files/`. */
  filesDir: string;
  files: number;
}

function copyTree(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let n = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) n += copyTree(src, dst);
    else if (entry.isFile()) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
      n++;
    }
  }
  return n;
}

export async function backupDesk(desk: Desk, out: string): Promise<DeskBackup> {
  const db = await backupDatabase(desk.db, out);
  const filesDir = `${db.file}.files`;
  let files = 0;
  for (const folder of FILE_FOLDERS)
    files += copyTree(path.join(desk.dataDir, folder), path.join(filesDir, folder));
  return { ...db, filesDir, files };
}
