/**
 * Fake but plausible Chinese place names for synthetic jurisdictions. Every name carries
 * the SYNTHETIC_MARK (zh) / "(synthetic)" (en) so no chart can pass it off as real.
 * Names are unique across the whole hierarchy: index n maps to a distinct syllable pair.
 */

export const SYNTHETIC_MARK = '·合成';

const SYLLABLES: readonly (readonly [string, string])[] = [
  ['青', 'Qing'], ['泽', 'Ze'], ['川', 'Chuan'], ['云', 'Yun'], ['丰', 'Feng'], ['安', 'An'], ['宁', 'Ning'], ['平', 'Ping'],
  ['兴', 'Xing'], ['隆', 'Long'], ['和', 'He'], ['阳', 'Yang'], ['南', 'Nan'], ['北', 'Bei'], ['东', 'Dong'], ['西', 'Xi'],
  ['山', 'Shan'], ['河', 'He'], ['江', 'Jiang'], ['湖', 'Hu'], ['林', 'Lin'], ['石', 'Shi'], ['泉', 'Quan'], ['桥', 'Qiao'],
  ['源', 'Yuan'], ['岭', 'Ling'], ['溪', 'Xi'], ['城', 'Cheng'], ['华', 'Hua'], ['盛', 'Sheng'], ['嘉', 'Jia'], ['德', 'De'],
  ['永', 'Yong'], ['长', 'Chang'], ['广', 'Guang'], ['昌', 'Chang'], ['新', 'Xin'], ['定', 'Ding'], ['康', 'Kang'], ['乐', 'Le'],
  ['福', 'Fu'], ['金', 'Jin'], ['玉', 'Yu'], ['白', 'Bai'], ['松', 'Song'], ['柳', 'Liu'], ['桂', 'Gui'], ['梅', 'Mei'],
  ['临', 'Lin'], ['望', 'Wang'], ['靖', 'Jing'], ['武', 'Wu'], ['文', 'Wen'], ['宜', 'Yi'], ['通', 'Tong'], ['会', 'Hui'],
  ['清', 'Qing'], ['远', 'Yuan'], ['崇', 'Chong'], ['凤', 'Feng'],
];
const N = SYLLABLES.length; // 60 → 3,600 distinct two-syllable names

export type SynthLevel = 'province' | 'prefecture' | 'county';

const SUFFIX: Record<SynthLevel, readonly (readonly [string, string])[]> = {
  province: [['省', 'Province'], ['省', 'Province'], ['省', 'Province'], ['自治区', 'Autonomous Region']],
  prefecture: [['市', 'City'], ['市', 'City'], ['市', 'City'], ['州', 'Prefecture']],
  county: [['县', 'County'], ['县', 'County'], ['区', 'District'], ['市', 'City']],
};

export const MAX_NAMES = N * N;

/** The n-th distinct name (0 ≤ n < MAX_NAMES) at an administrative level; `variant` picks the suffix. */
export function synthName(n: number, level: SynthLevel, variant: number): { zh: string; en: string } {
  if (n < 0 || n >= MAX_NAMES) throw new Error(`synthetic name index out of range: ${n}`);
  // A stride coprime with N*N scatters consecutive indices over the syllable grid.
  const k = (n * 2_207) % MAX_NAMES;
  const [a, ap] = SYLLABLES[Math.floor(k / N)]!;
  const [b, bp] = SYLLABLES[k % N]!;
  const suffixes = SUFFIX[level];
  const [s, sp] = suffixes[variant % suffixes.length]!;
  return { zh: `${a}${b}${s}${SYNTHETIC_MARK}`, en: `${ap}${bp.toLowerCase()} ${sp} (synthetic)` };
}
