/** Okabe–Ito colour-blind-safe palette, ordered so the first colours have good contrast on white. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'] as const;

export function colourAt(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length]!;
}

/** Colour for marks without a series (single-year bars). */
export const BAR_COLOUR = '#0072B2';
export const MISSING_COLOUR = '#9a9a9a';
