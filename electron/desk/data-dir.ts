// Where the office's database lives. One rule for the three doors, so that the Electron window,
// the browser mode and the command line of the same machine open the same file.
//
// Law No. 94-V Art. 12: the personal data stay on this machine; the folder is local, never a
// synced or cloud folder chosen by us.

import os from 'node:os';
import path from 'node:path';

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
