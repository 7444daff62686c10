import { pinyin } from 'pinyin-pro';
import type { AdminLevel } from '../tables/types.ts';
import { ZONE_WORDS } from './names.ts';

/**
 * English label of a jurisdiction: pinyin of the place stem plus an English suffix,
 * e.g. 花都区 → "Huadu District", 宁夏回族自治区 → "Ningxia Hui Autonomous Region",
 * 淄博高新区 → "Zibo High-tech Zone", 龙华区司法局 → "Longhua District Justice Bureau".
 * Prefecture- and county-level cities drop 市 ("Shaoxing"), as is usual in English.
 */

/** Conventional spellings that pinyin alone gets wrong (polyphones, established forms). */
const STEM_SPELLING: Record<string, string> = {
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  香港: 'Hong Kong',
  澳门: 'Macao',
  六安: "Lu'an",
  六合: 'Luhe',
  单县: 'Shanxian',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  哈尔滨: 'Harbin',
};
/** Place-name readings of polyphonic characters (都 in 成都, 花都 is dū). */
const CHAR_READING: Record<string, string> = { 都: 'du', 厦: 'xia', 蚌: 'beng', 番: 'pan' };

const ETHNIC_EN: Record<string, string> = {
  回族: 'Hui', 壮族: 'Zhuang', 维吾尔: 'Uyghur', 藏族: 'Tibetan', 蒙古族: 'Mongol', 苗族: 'Miao',
  彝族: 'Yi', 土家族: 'Tujia', 侗族: 'Dong', 瑶族: 'Yao', 白族: 'Bai', 傣族: 'Dai', 黎族: 'Li',
  朝鲜族: 'Korean', 哈萨克: 'Kazakh', 布依族: 'Buyei', 羌族: 'Qiang', 满族: 'Manchu', 畲族: 'She',
};

/** Suffixes, longest first: [Chinese, English, level where it applies or null for any]. */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['特别行政区', 'Special Administrative Region'],
  ['自治区', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ...ZONE_WORDS.map((w) => [w, zoneEnglish(w)] as const),
  ['地区', 'Prefecture'],
  ['林区', 'Forestry District'],
  ['省', 'Province'],
  ['市', ''],
  ['州', 'Prefecture'],
  ['盟', 'League'],
  ['县', 'County'],
  ['区', 'District'],
  ['旗', 'Banner'],
];

function zoneEnglish(word: string): string {
  if (word.startsWith('高新')) return 'High-tech Zone';
  if (word.startsWith('经济技术') || word === '经开区') return 'Economic and Technological Development Zone';
  if (word === '新区') return 'New Area';
  if (word.endsWith('园区')) return 'Industrial Park';
  return 'Development Zone';
}

/** Department words (after the place name), longest first. */
const DEPARTMENTS: ReadonlyArray<readonly [string, string]> = [
  ['人民政府', "People's Government"],
  ['司法行政局', 'Justice Bureau'],
  ['司法局', 'Justice Bureau'],
  ['司法厅', 'Department of Justice'],
  ['公安局', 'Public Security Bureau'],
  ['公安厅', 'Department of Public Security'],
  ['政府办公室', 'Government Office'],
  ['政府', 'Government'],
];

export function romanise(stem: string): string {
  const fixed = STEM_SPELLING[stem];
  if (fixed) return fixed;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' }).map((s, i) => CHAR_READING[stem[i]!] ?? s);
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/ü|v/g, 'u');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Split "宁夏回族" into the place stem and the ethnic groups named after it. */
function splitEthnic(stem: string): { place: string; ethnic: string[] } {
  const ethnic: string[] = [];
  let place = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [zh, en] of Object.entries(ETHNIC_EN)) {
      if (place.length > zh.length && place.endsWith(zh)) {
        ethnic.unshift(en);
        place = place.slice(0, -zh.length);
        changed = true;
      }
    }
  }
  return { place, ethnic };
}

function placeEnglish(name: string, level: AdminLevel | null): string | null {
  for (const [zh, en] of SUFFIXES) {
    if (!name.endsWith(zh) || name.length <= zh.length) continue;
    const { place, ethnic } = splitEthnic(name.slice(0, -zh.length));
    // A one-character stem keeps its suffix in the romanisation (兴县 → Xingxian County).
    const stem = place.length === 1 ? place + zh : place;
    // 市 of a municipality or province-level unit: just the name (Chongqing, Shanghai).
    const suffix = zh === '市' && level === 'province' ? '' : en;
    return [romanise(stem), ...ethnic, suffix].filter(Boolean).join(' ');
  }
  return /^[\u3400-\u9fff]+$/.test(name) ? romanise(name) : null;
}

export function englishName(nameZh: string, level: AdminLevel | null): string | null {
  const name = nameZh.trim();
  if (!name) return null;
  for (const [zh, en] of DEPARTMENTS) {
    if (name.endsWith(zh) && name.length > zh.length) {
      const place = placeEnglish(name.slice(0, -zh.length), null);
      return place ? `${place} ${en}` : null;
    }
  }
  return placeEnglish(name, level);
}
