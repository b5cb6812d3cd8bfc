import { describe, expect, it } from 'vitest';
import { fixedClock } from '../kernel/context.ts';
import { ENTRY_CODE_TTL_MS, entryCodes, MAX_PENDING_CODES } from './entry-codes.ts';

describe('one-time entry codes', () => {
  it('are 256 random bits each, and live once', () => {
    const codes = entryCodes(fixedClock('2026-11-25T05:00:00Z'));
    const code = codes.issue();
    expect(Buffer.from(code, 'base64url')).toHaveLength(32);
    expect(codes.issue()).not.toBe(code);
    expect(codes.redeem(code)).toEqual({ ok: true });
    expect(codes.redeem(code)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('are forgotten once used or refused, so nothing waits that could be spent later', () => {
    const clock = fixedClock('2026-11-25T05:00:00Z');
    const codes = entryCodes(clock);
    const used = codes.issue();
    const late = codes.issue();
    expect(codes.pending()).toBe(2);
    codes.redeem(used);
    clock.advanceMinutes(ENTRY_CODE_TTL_MS / 60_000);
    expect(codes.redeem(late)).toEqual({ ok: false, reason: 'expired' });
    expect(codes.pending()).toBe(0);
  });

  it('die at two minutes, to the millisecond', () => {
    const clock = fixedClock('2026-11-25T05:00:00Z');
    const codes = entryCodes(clock);
    const inTime = codes.issue();
    const late = codes.issue();
    clock.set(new Date(Date.parse('2026-11-25T05:00:00Z') + ENTRY_CODE_TTL_MS - 1).toISOString());
    expect(codes.redeem(inTime)).toEqual({ ok: true });
    clock.set(new Date(Date.parse('2026-11-25T05:00:00Z') + ENTRY_CODE_TTL_MS).toISOString());
    expect(codes.redeem(late)).toEqual({ ok: false, reason: 'expired' });
  });

  it('keep at most a handful waiting: a flood of links pushes out the oldest, and expired ones are swept', () => {
    const clock = fixedClock('2026-11-25T05:00:00Z');
    const codes = entryCodes(clock);
    const first = codes.issue();
    const rest = Array.from({ length: 1000 }, () => codes.issue());
    expect(codes.pending()).toBe(MAX_PENDING_CODES);
    expect(codes.redeem(first)).toEqual({ ok: false, reason: 'unknown' });
    expect(codes.redeem(rest.at(-1) as string)).toEqual({ ok: true });
    clock.advanceMinutes(3);
    codes.issue();
    expect(codes.pending()).toBe(1);
  });
});
