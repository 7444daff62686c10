import type { IndicatorRow } from '../tables/types.ts';

/** STUB (owned by the extraction work): the indicator taxonomy as table rows. */
export const INDICATORS: IndicatorRow[] = [];
