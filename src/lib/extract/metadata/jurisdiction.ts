import { labelValue, type Line } from './lines.ts';
import { NO_PLACE, placeAtStart, unlistedCountyAtStart, type Place } from './place.ts';
import { bureauPlace, dominantPlace } from './textPlace.ts';

/**
 * The reporting jurisdiction, from the strongest evidence available: the title, then the
 * page's 发布机构 field, then the body (a bureau writing about itself, or the place the
 * text mentions most).
 */

/** Words before the place name in a title: 关于, 2019年, 2022年度. */
const TITLE_PREFIX = /^(?:中共)?(?:关于\s*)?(?:(?:19|20)\d{2}\s*年度?\s*)?/;

export function titlePlace(title: string, context: string): Place | null {
  const s = title.replace(/\s+/g, '').replace(TITLE_PREFIX, '');
  return placeAtStart(s, context) ?? unlistedCountyAtStart(s, context) ?? townAtStart(s);
}

/** A township's own report (XX镇2020年…): named, but not placed without its county. */
function townAtStart(s: string): Place | null {
  const m = /^([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道))(?=人民政府|政府|党委|办事处|关于|\d|法治|依法)/.exec(s);
  return m ? { ...NO_PLACE, jurisdiction: m[1]! } : null;
}

/**
 * `titles` in order of preference: the report's title, then the line it came from (the
 * notice 巴中市人民政府办公室关于印发…的通知 names the issuer when the issued title does not).
 */
export function detectPlace(titles: readonly (string | null)[], text: string, lines: readonly Line[]): Place {
  for (const title of titles) {
    const fromTitle = title ? titlePlace(title, text) : null;
    if (fromTitle?.jurisdiction) return fromTitle;
  }
  const publisher = labelValue(lines.slice(0, 60), /(发布机构|发文机关)/);
  const fromPublisher = publisher ? placeAtStart(publisher.replace(/\s+/g, ''), text) : null;
  if (fromPublisher?.jurisdiction) return fromPublisher;
  return bureauPlace(text, text) ?? dominantPlace(text);
}
