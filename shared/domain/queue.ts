// The walk-in queue's rules as pure functions (STANDARD.md §7.2, §7.3, §10): two purposes with
// their own numbering per day, one line in order of arrival (no priority, no booking), the
// 20-minute limits read from the service definition, and an honest estimate of the wait.

import type { ServiceDefinition } from '../standard/service-definition.ts';
import { addReceptionSeconds, type ReceptionDay } from './queue-hours.ts';

/** hand_in: to hand in documents (§7.2); collect: to collect the result (§7.3). */
export type Purpose = 'hand_in' | 'collect';
export const PURPOSES: readonly Purpose[] = ['hand_in', 'collect'];

/** The letter a purpose's numbers start with on the ticket and on the waiting-room screen. */
export const PURPOSE_LETTER: Record<Purpose, string> = { hand_in: 'A', collect: 'B' };

/** the letter of the purpose and the ticket's place in that purpose's line of the day. */
export function ticketNumber(purpose: Purpose, seq: number): string {
  return `${PURPOSE_LETTER[purpose]}-${String(seq).padStart(3, '0')}`;
}

/** §7.2, §7.3 — the longest acceptable wait for the purpose, minutes. */
export function limitMinutes(def: ServiceDefinition, purpose: Purpose): number {
  return purpose === 'hand_in' ? def.queueLimitMinutes.handIn : def.queueLimitMinutes.collect;
}

/**
 * The clerk is warned when a wait reaches three quarters of its limit (15 of 20 minutes): time
 * enough to call that visitor before the limit passes. A product choice, not the standard's.
 */
export const NEAR_LIMIT_SHARE = 0.75;

export type WaitLevel = 'ok' | 'near' | 'breach';

/** "At most 20 minutes" (§7.2): 20:00 is within the limit, 20:01 is a breach. */
export function waitLevel(waitSeconds: number, limit: number): WaitLevel {
  if (waitSeconds > limit * 60) return 'breach';
  if (waitSeconds >= limit * 60 * NEAR_LIMIT_SHARE) return 'near';
  return 'ok';
}

/** Fewer finished services than this and the office's usual service time is used instead. */
export const MIN_SAMPLES = 3;

/** The median of today's service times of a purpose, or the office's setting until there are enough. */
export function typicalServiceSeconds(samples: readonly number[], fallbackMinutes: number): number {
  if (samples.length < MIN_SAMPLES) return fallbackMinutes * 60;
  return median(samples);
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The p-th percentile by the nearest-rank method: the smallest value with p % at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

export interface WaitEstimateInput {
  now: Date;
  day: ReceptionDay;
  /** Purposes of the tickets ahead in the line (issued earlier, not yet served). */
  ahead: readonly Purpose[];
  /** Visitors at the desk now: their purpose and since when (the call). */
  atDesk: readonly { purpose: Purpose; since: Date }[];
  typicalSeconds: Record<Purpose, number>;
}

export interface WaitEstimate {
  /** Real minutes from now until the expected call, lunch included: what the visitor lives. */
  minutes: number;
  expectedAt: Date;
  /** The expected call falls at or after closing: the ticket says the day may not reach it. */
  afterClosing: boolean;
}

/**
 * One desk serves the line in order of arrival (room No. 8): the expected call is after the
 * visitors at the desk finish (at least a minute each, even when they run long) and everyone
 * ahead takes the typical time of their purpose; lunch pauses the line. An estimate, and the
 * ticket says so.
 */
export function estimateWait(i: WaitEstimateInput): WaitEstimate {
  let seconds = 0;
  for (const v of i.atDesk) {
    const elapsed = (i.now.getTime() - v.since.getTime()) / 1000;
    seconds += Math.max(60, i.typicalSeconds[v.purpose] - elapsed);
  }
  for (const p of i.ahead) seconds += i.typicalSeconds[p];
  const expectedAt = addReceptionSeconds(i.now, seconds, i.day);
  return {
    minutes: Math.max(0, Math.ceil((expectedAt.getTime() - i.now.getTime()) / 60_000)),
    expectedAt,
    afterClosing: expectedAt.getTime() >= i.day.close.getTime(),
  };
}
