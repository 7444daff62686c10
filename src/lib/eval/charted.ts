import type { Period, Role } from '../tables/types.ts';

/**
 * The value the project charts for one document (or jurisdiction-year) and indicator:
 * the headline fact, preferring the period that describes the report's year best:
 * year > other_year > ytd > h1. Among other_year headlines the latest year wins; remaining
 * ties go to the first fact given. Detail facts are never charted. The dashboard mirrors this.
 */
export const PERIOD_PRECEDENCE: readonly Period[] = ['year', 'other_year', 'ytd', 'h1'];

export interface ChartableFact {
  role: Role;
  period: Period;
  period_year: number | null;
  value: number;
}

export function chartedFact<F extends ChartableFact>(facts: readonly F[]): F | null {
  let best: F | null = null;
  for (const f of facts) {
    if (f.role !== 'headline') continue;
    if (best === null || better(f, best)) best = f;
  }
  return best;
}

function better(a: ChartableFact, b: ChartableFact): boolean {
  const pa = PERIOD_PRECEDENCE.indexOf(a.period);
  const pb = PERIOD_PRECEDENCE.indexOf(b.period);
  if (pa !== pb) return pa < pb;
  return (a.period_year ?? -Infinity) > (b.period_year ?? -Infinity);
}
