import type { AdminLevel } from '../../tables/types.ts';
import {
  lookupName,
  lookupStem,
  matchNameAt,
  matchStemAt,
  pickDivision,
  ZONE_WORD,
  type Division,
} from '../../gazetteer/index.ts';

/**
 * The reporting jurisdiction named at the start of a title (or of a 发布机构 field):
 * a chain of division names (广州市花都区), optionally followed by a development-zone word
 * (淄博高新区) or a bureau (龙华区司法局 → a department whose parent is 龙华区).
 */

export interface Place {
  jurisdiction: string | null;
  parent: string | null;
  province: string | null;
  admin_level: AdminLevel | null;
}

export const NO_PLACE: Place = { jurisdiction: null, parent: null, province: null, admin_level: null };

/** A bureau right after the place name; offices of the government itself are not departments. */
const DEPARTMENT = /^([\u4e00-\u9fa5]{1,12}?(?:局|厅))/;
const NOT_DEPARTMENT = /(人民政府|政府|办公|委员会|人大|党委|法院|检察院)/;

export function placeOf(d: Division, name = d.name): Place {
  const top = d.level === 'province' || d.level === 'prefecture';
  return { jurisdiction: name, parent: top ? null : d.parent, province: d.province, admin_level: d.level };
}

/** What all candidates agree on, when a name cannot be resolved to one division. */
function commonPlace(name: string, candidates: readonly Division[]): Place {
  const same = <T>(f: (d: Division) => T): T | null =>
    candidates.every((d) => f(d) === f(candidates[0]!)) ? f(candidates[0]!) : null;
  return { jurisdiction: name, parent: same((d) => d.parent), province: same((d) => d.province), admin_level: same((d) => d.level) };
}

export function resolveName(name: string, hints: readonly string[], context: string): Place {
  const candidates = lookupName(name);
  const d = pickDivision(candidates, hints, context);
  return d ? placeOf(d, name) : commonPlace(name, candidates);
}

function zoneParent(stemOrName: string, hints: readonly string[], context: string): Place {
  const full = lookupName(stemOrName);
  const candidates = full.length ? full : lookupStem(stemOrName).filter((d) => d.level !== 'zone');
  // A zone named after a city or county belongs to it (淄博高新区 → 淄博市); cities first.
  const prefectures = candidates.filter((d) => d.level === 'prefecture' || d.level === 'province');
  const d = pickDivision(prefectures.length ? prefectures : candidates, hints, context);
  if (!d) return NO_PLACE;
  return { jurisdiction: null, parent: d.level === 'province' ? null : d.name, province: d.province, admin_level: null };
}

/**
 * Leading chain of division names in `s` (广州市花都区 → [广州市, 花都区]). A short name may
 * stand for an enclosing division when a full name follows (深圳龙华区 → [深圳, 龙华区]).
 */
function leadingChain(s: string): { names: string[]; end: number } {
  const names: string[] = [];
  let end = 0;
  for (;;) {
    const full = matchNameAt(s, end);
    const stem = full ? null : matchStemAt(s, end);
    const next = full ?? (stem && matchNameAt(s, end + stem.length) ? stem : null);
    if (!next) break;
    names.push(next);
    end += next.length;
  }
  // A chain must end with a full name (a trailing short name is not a jurisdiction).
  while (names.length && !lookupName(names[names.length - 1]!).length) end -= names.pop()!.length;
  return { names, end };
}

/** A township or street office right after the place chain (…区新华街道2020年…). */
const TOWN = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道))(?=人民政府|政府|党委|办事处|关于|\d|法治|依法|$)/;

/** Place named at the very start of `s`, or null. `context` (the whole text) breaks ties. */
export function placeAtStart(s: string, context: string): Place | null {
  const { names, end } = leadingChain(s);
  const rest = s.slice(end);
  if (names.length === 0) {
    const stem = matchStemAt(s, 0);
    const zone = stem ? ZONE_WORD.exec(s.slice(stem.length)) : null;
    if (stem && zone) {
      const parent = zoneParent(stem, [], context);
      return { ...parent, jurisdiction: stem + zone[1]!, admin_level: 'zone' };
    }
    return null;
  }
  const last = names[names.length - 1]!;
  const hints = names.slice(0, -1);
  const zone = ZONE_WORD.exec(rest);
  if (zone && !/^新区/.test(rest)) {
    const parent = zoneParent(last, hints, context);
    return { ...parent, jurisdiction: last + zone[1]!, admin_level: 'zone' };
  }
  const place = resolveName(last, hints, context);
  const town = TOWN.exec(rest);
  if (town) {
    // Townships have no level of their own in the tables: keep the name, leave the level open.
    return { jurisdiction: town[1]!, parent: last, province: place.province, admin_level: null };
  }
  const dept = DEPARTMENT.exec(rest);
  if (dept && !NOT_DEPARTMENT.test(dept[1]!)) {
    return { jurisdiction: last + dept[1]!, parent: last, province: place.province, admin_level: 'department' };
  }
  return place;
}

/**
 * A county-level name missing from today's gazetteer (株洲县, abolished 2018) at the start
 * of a title, accepted only when the text names its government (株洲县人民政府, 中共株洲县委).
 */
export function unlistedCountyAtStart(s: string, context: string): Place | null {
  const m = /^([\u4e00-\u9fa5]{1,4}?(?:县|区|旗))/.exec(s);
  if (!m) return null;
  const name = m[1]!;
  if (!context.includes(`${name}人民政府`) && !context.includes(`中共${name}委`)) return null;
  // Such a county is usually named after its city (株洲县 → 株洲市).
  const city = lookupName(`${name.slice(0, -1)}市`).filter((d) => d.level === 'prefecture');
  const d = city.length === 1 ? city[0]! : null;
  return { jurisdiction: name, parent: d?.name ?? null, province: d?.province ?? null, admin_level: 'county' };
}
