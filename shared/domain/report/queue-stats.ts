// Statistics of the walk-in queue for a day or a month, by purpose (§7.2, §7.3) and together:
// tickets, waits (median, 90th percentile, share within the limit and within the 40 minutes of
// indicator 1.2), no-shows, breaches. A pure function of the tickets' final facts.
//
// Whose wait counts: every ticket whose wait is over — called (served or not), or closed at the
// end of the day unserved (it waited at least until closing, so it counts, and usually as a
// breach). A ticket withdrawn by the clerk (issued by mistake) is counted apart and not in the
// waits; a ticket still waiting is counted apart too, its wait is not known yet.

import { median, type Purpose, percentile } from '../queue.ts';

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'served' | 'no_show' | 'closed' | 'cancelled';

export interface TicketFacts {
  number: string;
  localDate: string;
  purpose: Purpose;
  status: TicketStatus;
  /** Reception seconds from issue to the first call (or to closing); null while still waiting. */
  waitSeconds: number | null;
  /** §7.2/§7.3 limit in force when the ticket was issued. */
  limitMinutes: number;
  /** From the first call to the end of service; null unless served. */
  serviceSeconds: number | null;
}

export interface QueueFigures {
  issued: number;
  served: number;
  noShows: number;
  /** Still waiting when the day was closed. */
  closedUnserved: number;
  cancelled: number;
  /** Waiting, called or at the desk right now. */
  open: number;
  /** Tickets whose wait is over (the denominator of the shares). */
  waits: number;
  medianWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  /** Share (0–1) of finished waits within the §7 limit; null when there are none. */
  withinLimitShare: number | null;
  /** Indicator 1.2: share of finished waits of no more than 40 minutes. */
  withinIndicatorShare: number | null;
  breaches: number;
  medianServiceMinutes: number | null;
}

export interface Breach {
  number: string;
  localDate: string;
  purpose: Purpose;
  waitMinutes: number;
  limitMinutes: number;
}

export interface QueueStatistics {
  total: QueueFigures;
  byPurpose: Record<Purpose, QueueFigures>;
  breaches: Breach[];
}

const minutes = (s: number) => Math.round((s / 60) * 10) / 10;
const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** A wait over the limit: more than limit × 60 seconds (20:00 is within, §7.2 "at most"). */
export const isBreach = (t: TicketFacts) => t.waitSeconds !== null && t.waitSeconds > t.limitMinutes * 60;

function figures(tickets: readonly TicketFacts[], indicatorMinutes: number): QueueFigures {
  const finished = tickets.filter((t) => t.status !== 'cancelled' && t.waitSeconds !== null);
  const waits = finished.map((t) => t.waitSeconds as number);
  const services = tickets.flatMap((t) =>
    t.status === 'served' && t.serviceSeconds !== null ? [t.serviceSeconds] : [],
  );
  const share = (ok: number) => (finished.length ? ok / finished.length : null);
  const m = orNull(median(waits));
  const p90 = orNull(percentile(waits, 90));
  const ms = orNull(median(services));
  return {
    issued: tickets.length,
    served: tickets.filter((t) => t.status === 'served').length,
    noShows: tickets.filter((t) => t.status === 'no_show').length,
    closedUnserved: tickets.filter((t) => t.status === 'closed').length,
    cancelled: tickets.filter((t) => t.status === 'cancelled').length,
    open: tickets.filter((t) => ['waiting', 'called', 'serving'].includes(t.status)).length,
    waits: finished.length,
    medianWaitMinutes: m === null ? null : minutes(m),
    p90WaitMinutes: p90 === null ? null : minutes(p90),
    withinLimitShare: share(finished.filter((t) => !isBreach(t)).length),
    withinIndicatorShare: share(waits.filter((w) => w <= indicatorMinutes * 60).length),
    breaches: finished.filter(isBreach).length,
    medianServiceMinutes: ms === null ? null : minutes(ms),
  };
}

export function queueStatistics(tickets: readonly TicketFacts[], indicatorMinutes: number): QueueStatistics {
  return {
    total: figures(tickets, indicatorMinutes),
    byPurpose: {
      hand_in: figures(
        tickets.filter((t) => t.purpose === 'hand_in'),
        indicatorMinutes,
      ),
      collect: figures(
        tickets.filter((t) => t.purpose === 'collect'),
        indicatorMinutes,
      ),
    },
    breaches: tickets
      .filter((t) => t.status !== 'cancelled' && isBreach(t))
      .map((t) => ({
        number: t.number,
        localDate: t.localDate,
        purpose: t.purpose,
        waitMinutes: minutes(t.waitSeconds as number),
        limitMinutes: t.limitMinutes,
      })),
  };
}
