/** Gazetteer of China's administrative divisions: lookups, ambiguity handling, English names. */
export { DIVISIONS, type Division, type DivisionLevel } from './divisions.ts';
export { lookupName, lookupStem, matchNameAt, matchStemAt, pickDivision } from './lookup.ts';
export { stemOf, ZONE_WORD, ZONE_WORDS } from './names.ts';
export { englishName, romanise } from './english.ts';
