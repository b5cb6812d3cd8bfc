// The bench's arithmetic: a median and spread that a reader of the README can trust, and the
// A B A B order that gives both sides of a comparison the same moments of a loaded machine.

import { describe, expect, it } from 'vitest';
import { alternate, summarize } from './stats.ts';

describe('the bench statistics', () => {
  it('gives the median, the 95th percentile and the interquartile range of the samples', () => {
    const s = summarize([5, 1, 4, 2, 3, 100]);
    expect(s).toMatchObject({ n: 6, median: 3.5, min: 1, max: 100 });
    // Linear interpolation between ranks: Q3 = 4 + 0.75 × (5 − 4), Q1 = 2 + 0.25 × (3 − 2).
    expect(s.iqr).toBeCloseTo(4.75 - 2.25);
    expect(s.p95).toBeGreaterThan(5);
  });

  it('runs the two sides alternately after the warm-up, each round A then B', async () => {
    const order: string[] = [];
    const r = await alternate(
      () => order.push('a'),
      () => order.push('b'),
      { warmup: 2, rounds: 3 },
    );
    expect(order.join('')).toBe('ababababab');
    expect(r.a.n).toBe(3);
    expect(r.b.n).toBe(3);
  });
});
