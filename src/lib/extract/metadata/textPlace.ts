import { lookupName, lookupStem, matchNameAt, matchStemAt, pickDivision, stemOf, type Division } from '../../gazetteer/index.ts';
import { NO_PLACE, placeOf, resolveName, type Place } from './place.ts';

/**
 * The reporting jurisdiction when no title names it: the place the text talks about most
 * (溧阳 in a 溧阳 news item), with its level taken from how the text refers to itself
 * (我市/全市 → a 市, 全省 → a province), and a justice bureau (我局 … 司法行政) as a department.
 */

/**
 * Place names (or short names) that are also everyday words or too generic to count as
 * mentions: 共和 (中华人民共和国), 资源, 合作, 和政 (…和政府), 乐业 (安居乐业), 长治 (长治久安).
 */
const GENERIC = new Set([
  '共和', '资源', '合作', '和政', '政和', '开平', '新建', '会同', '和县', '乐业', '互助', '通道', '长治',
  '江山', '大方', '威信', '双城', '运河', '安定', '永和', '民和', '正安', '永新', '红星', '建华', '阳高',
  '三都', '开阳', '东至', '宁安', '城步', '安远', '大同', '太和', '和田', '古城', '同心',
  '城区', '郊区', '矿区', '新区', '市中', '城中', '城关', '新城', '东区', '南区', '西区', '北区', '中区',
  '河东', '河西', '江北', '江南', '城北', '城东', '城西', '城南', '中山', '和平', '新华', '长安', '平安',
  '永安', '东方', '白云', '青山', '向阳', '红旗', '铁东', '铁西', '桥东', '桥西', '开发', '高新', '经开',
  '全州', '公安', '普陀', '南山', '宝山', '通州', '中原', '西安区', '东城', '西城', '江东', '吉安', '新市', '大通',
]);

/** Minimum mentions for the most-mentioned place to be taken as the jurisdiction. */
const MIN_MENTIONS = 2;

/** Mentions per place key (a stem like 溧阳, or a full name without a stem like 兴县). */
export function countPlaceMentions(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    const hit = matchNameAt(text, i) ?? matchStemAt(text, i);
    if (!hit) {
      i++;
      continue;
    }
    const key = lookupName(hit).length ? (stemOf(hit) ?? hit) : hit;
    if (!GENERIC.has(hit)) counts.set(key, (counts.get(key) ?? 0) + 1);
    i += hit.length;
  }
  return counts;
}

type SelfLevel = '省' | '市' | '区' | '县' | null;

/** How the text refers to its own jurisdiction (我市, 全区, 本县 …), by frequency. */
export function selfReference(text: string): SelfLevel {
  const counts: Record<string, number> = { 省: 0, 市: 0, 区: 0, 县: 0 };
  for (const m of text.matchAll(/(?:我|全|本)(省|市|区|县)/g)) counts[m[1]!]!++;
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? (best as SelfLevel) : null;
}

function candidatesOf(key: string): Division[] {
  const all = [...lookupName(key), ...lookupStem(key)];
  return all.filter((d, i) => all.indexOf(d) === i && d.level !== 'zone');
}

/** Candidates whose kind fits how the text calls itself (我市 → a 市); none fit → none. */
function bySelfLevel(candidates: Division[], self: SelfLevel): Division[] {
  if (!self) return candidates;
  return candidates.filter((d) =>
    self === '省' ? d.level === 'province' : d.name.endsWith(self) || (self === '区' && d.name.endsWith('旗')),
  );
}

export function dominantPlace(text: string): Place {
  const ranked = [...countPlaceMentions(text)].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < MIN_MENTIONS || (second && second[1] === top[1])) return NO_PLACE;
  const self = selfReference(text);
  const candidates = bySelfLevel(candidatesOf(top[0]), self);
  const d = pickDivision(candidates, [], text);
  return d ? placeOf(d) : NO_PLACE;
}

/** `<place>司法局` written in the text, the first whose place is a known division. */
function namedBureau(text: string): string | null {
  for (const m of text.matchAll(/司法局/g)) {
    for (let k = Math.max(0, m.index - 12); k < m.index - 1; k++) {
      const name = matchNameAt(text, k);
      if (name && k + name.length === m.index) return name;
    }
  }
  return null;
}

/** A report written by a justice bureau about itself (我局 …), or null. */
export function bureauPlace(text: string, context: string): Place | null {
  if (!/我局/.test(text)) return null;
  const named = namedBureau(text);
  let place: Place | null = named ? resolveName(named, [], context) : null;
  if (!place && /司法行政/.test(text)) {
    const dominant = dominantPlace(text);
    place = dominant.jurisdiction ? dominant : null;
  }
  if (!place?.jurisdiction) return null;
  return { jurisdiction: `${place.jurisdiction}司法局`, parent: place.jurisdiction, province: place.province, admin_level: 'department' };
}
