import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFile, defaultUserDataDir, optionValue, resolveDataDir } from './data-dir.ts';

describe('the data folder', () => {
  it('is --data-dir when given, in either spelling, the last one winning', () => {
    expect(resolveDataDir({ argv: ['call', '--data-dir', '/srv/desk'], env: {} })).toBe(
      path.resolve('/srv/desk'),
    );
    expect(resolveDataDir({ argv: ['--data-dir=/a', '--data-dir=/b'], env: {} })).toBe(path.resolve('/b'));
    expect(optionValue(['--data-dir'], '--data-dir')).toBeUndefined();
  });

  it('is QABYLDAU_DATA_DIR without --data-dir, and --data-dir over it', () => {
    const env = { QABYLDAU_DATA_DIR: '/var/qabyldau' };
    expect(resolveDataDir({ argv: [], env })).toBe(path.resolve('/var/qabyldau'));
    expect(resolveDataDir({ argv: ['--data-dir', '/x'], env })).toBe(path.resolve('/x'));
  });

  it('is Electron’s user-data folder in Electron, and the same folder computed in plain Node', () => {
    expect(resolveDataDir({ argv: [], env: {}, electronUserData: '/home/a/.config/Qabyldau' })).toBe(
      '/home/a/.config/Qabyldau',
    );
    expect(resolveDataDir({ argv: [], env: {}, platform: 'linux', home: '/home/a' })).toBe(
      '/home/a/.config/Qabyldau',
    );
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Qabyldau',
    );
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg/Qabyldau');
  });

  it('holds the database as qabyldau.sqlite', () => {
    expect(databaseFile('/d')).toBe(path.join('/d', 'qabyldau.sqlite'));
  });
});
