// Where the office's database lives. One rule for the three doors, so that the Electron window,
// the browser mode and the command line of the same machine open the same file.
//
// Law No. 94-V Art. 12: the personal data stay on this machine; the folder is local, never a
// synced or cloud folder chosen by us.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threeLanguages } from '../db/file-errors.ts';
import { FILE_FOLDERS, PRIVATE_FOLDER, privateFolder } from '../db/private-files.ts';

export const DATABASE_FILE = 'qabyldau.sqlite';
export const DATA_DIR_ENV = 'QABYLDAU_DATA_DIR';
/** The name Electron gives the user-data folder (package.json productName). */
export const PRODUCT_NAME = 'Qabyldau';

export interface DataDirSources {
  argv?: readonly string[];
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
  /** Electron's app.getPath('userData') when running inside Electron. */
  electronUserData?: string;
}

/** The value of `--name VALUE` or `--name=VALUE`, the last one winning. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === name && i + 1 < argv.length) found = argv[++i];
    else if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
  }
  return found;
}

/** `--data-dir DIR`, else $QABYLDAU_DATA_DIR, else the user-data folder of the OS. */
export function resolveDataDir(src: DataDirSources = {}): string {
  const argv = src.argv ?? process.argv.slice(2);
  const env = src.env ?? process.env;
  const fromArgs = optionValue(argv, '--data-dir');
  if (fromArgs) return path.resolve(fromArgs);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  if (src.electronUserData) return src.electronUserData;
  return defaultUserDataDir(src.platform ?? process.platform, env, src.home ?? os.homedir());
}

/** The folder Electron's app.getPath('userData') gives, computed without Electron. */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

export type DataDirProblem = 'not_a_folder' | 'no_access' | 'unusable';

const DATA_DIR_PROBLEM: Record<DataDirProblem, [string, string, string]> = {
  not_a_folder: [
    'бұл жол қалта емес (онда немесе оның бір бөлігінде файл тұр)',
    'этот путь — не папка (на его месте или в его части файл)',
    'this path is not a folder (a file is there, or in a part of it)',
  ],
  no_access: [
    'бұл есептік жазбаның онда жазуға рұқсаты жоқ',
    'у этой учётной записи нет права писать туда',
    'this account may not write there',
  ],
  unusable: ['қалтаны ашу мүмкін болмады', 'папку не удалось открыть', 'the folder could not be opened'],
};

/** The data folder cannot hold the database: which folder, why, and what to do. */
export class DataDirError extends Error {
  readonly dir: string;
  readonly problem: DataDirProblem;
  constructor(dir: string, problem: DataDirProblem, detail?: string) {
    const [kk, ru, en] = DATA_DIR_PROBLEM[problem];
    const extra = detail ? ` (${detail})` : '';
    super(
      threeLanguages(
        `Деректер қалтасын пайдалану мүмкін емес: ${dir} — ${kk}${extra}. Өз қалтаңызды --data-dir DIR (немесе QABYLDAU_DATA_DIR) арқылы көрсетіңіз.`,
        `Папку данных использовать нельзя: ${dir} — ${ru}${extra}. Укажите свою папку: --data-dir DIR (или QABYLDAU_DATA_DIR).`,
        `The data folder ${dir} cannot be used: ${en}${extra}. Choose a folder of your own with --data-dir DIR (or QABYLDAU_DATA_DIR).`,
      ),
    );
    this.name = 'DataDirError';
    this.dir = dir;
    this.problem = problem;
  }
}

function problemOf(e: unknown): DataDirProblem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'not_a_folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no_access';
  return 'unusable';
}

/**
 * Makes the data folder ready before the database is opened: a folder (not a file), writable,
 * private (0700, Law No. 94-V: no other local account reads personal data) with its documents/,
 * attachments/ and backups/. An existing folder is tightened only when it is the desk's own (it holds the
 * database): `--data-dir /tmp` must not make /tmp private.
 */
export function prepareDataDir(dataDir: string): void {
  try {
    const existed = fs.existsSync(dataDir);
    if (existed && !fs.statSync(dataDir).isDirectory()) throw new DataDirError(dataDir, 'not_a_folder');
    fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER });
    if (!existed || fs.existsSync(databaseFile(dataDir))) fs.chmodSync(dataDir, PRIVATE_FOLDER);
    fs.accessSync(dataDir, fs.constants.W_OK);
    for (const folder of [...FILE_FOLDERS, 'backups']) privateFolder(path.join(dataDir, folder));
  } catch (e) {
    if (e instanceof DataDirError) throw e;
    const problem = problemOf(e);
    throw new DataDirError(dataDir, problem, problem === 'unusable' ? (e as Error).message : undefined);
  }
}
