import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { loadConfigFromFile, PreloadConfigFactory } from 'electron-vite';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_CHANNELS } from '../shared/bridge.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let outDir: string;
let bundle: string;

// The preload as electron-vite builds it from our config, into a temporary folder.
beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-preload-'));
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    path.join(ROOT, 'electron.vite.config.ts'),
    ROOT,
    'silent',
  );
  const preload = await new PreloadConfigFactory(
    config.preload ?? {},
    { logLevel: 'silent' },
    { root: ROOT },
  ).build();
  await build({
    ...preload,
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { ...preload.build, outDir, emptyOutDir: true },
  });
  bundle = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
}, 60_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** Runs the bundle the way a sandboxed preload runs: CommonJS, and only 'electron' to require. */
function runPreload() {
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        invoked.push({ channel, args });
        return { ok: true, value: 'from main' };
      },
    },
  };
  const module = { exports: {} };
  const require = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  vm.runInNewContext(bundle, { module, exports: module.exports, require, console });
  return { exposed, invoked };
}

type Bridge = {
  door: string;
  invoke(channel: string, input: unknown): Promise<unknown>;
  openDocument(id: number): Promise<unknown>;
  printDocument(id: number): Promise<unknown>;
};

describe('the preload bridge', () => {
  it('is CommonJS that requires nothing but electron (a sandboxed preload can load no package)', () => {
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(bundle).not.toMatch(/^\s*import\s/m);
  });

  it('exposes window.qabyldau with named calls only, never ipcRenderer itself', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['qabyldau']);
    const bridge = exposed.get('qabyldau') as Bridge;
    expect(Object.keys(bridge).sort()).toEqual([
      'displays',
      'door',
      'invoke',
      'openDisplay',
      'openDocument',
      'openSurvey',
      'printDocument',
    ]);
    expect(bridge.door).toBe('ipc');
  });

  it('forwards a contract channel and refuses a name the contract does not know', async () => {
    const { exposed, invoked } = runPreload();
    const bridge = exposed.get('qabyldau') as Bridge;
    expect(await bridge.invoke('session.users', {})).toEqual({ ok: true, value: 'from main' });
    expect(await bridge.invoke('db.exec', { sql: 'DROP TABLE users' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    await bridge.printDocument(3);
    expect(invoked).toEqual([
      { channel: 'session.users', args: [{}] },
      { channel: SHELL_CHANNELS.printDocument, args: [3] },
    ]);
  });
});
