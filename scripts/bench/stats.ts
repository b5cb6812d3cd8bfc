// Medians and spreads of repeated timings, and the A B A B order that keeps a ratio honest on a
// machine whose load changes during the run (both sides see the same moments).

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** The interquartile range: how much the middle half of the runs spread. */
  iqr: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    min: s[0] ?? Number.NaN,
    max: s.at(-1) ?? Number.NaN,
    iqr: quantile(s, 0.75) - quantile(s, 0.25),
  };
}

export async function timeOnce(work: () => unknown): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

/**
 * Runs `a` and `b` alternately (A B A B …) after `warmup` rounds of each, and returns both
 * samples and the ratio of their medians (b / a).
 */
export async function alternate(
  a: () => unknown,
  b: () => unknown,
  o: { warmup: number; rounds: number },
): Promise<{ a: Summary; b: Summary; ratio: number }> {
  for (let i = 0; i < o.warmup; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < o.rounds; i++) {
    as.push(await timeOnce(a));
    bs.push(await timeOnce(b));
  }
  const sa = summarize(as);
  const sb = summarize(bs);
  return { a: sa, b: sb, ratio: sb.median / sa.median };
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));
