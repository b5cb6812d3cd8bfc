import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own YAML reader and schema validator (its dependencies), so the file is
// checked exactly as `npm run dist` would read it — without downloading Electron.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const ROOT = path.resolve(import.meta.dirname, '../..');
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema (and the check would catch a misspelt key)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });

  it('flips the security fuses of the checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the bundles and the fonts, unpacks better-sqlite3 and rebuilds nothing', () => {
    expect(config.appId).toBe('kz.gov.zhambyl.qabyldau');
    expect(config.directories.output).toBe('dist');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'assets/**', 'package.json']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'assets/fonts/PTSans-Regular.ttf'))).toBe(true);
  });

  it('builds an NSIS installer for Windows x64 and AppImage and deb for Linux, with the icon', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
    const png = fs.readFileSync(path.join(ROOT, config.win.icon));
    // PNG header, then the IHDR width and height: 512 × 512.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
