/** Labels of the taxonomy's indicator categories (IndicatorRow.category); unknown ids pass through. */
import type { Lang } from '../url/state.ts';

const CATEGORIES: Record<string, { zh: string; en: string }> = {
  disputes: { zh: '矛盾纠纷化解', en: 'Dispute resolution' },
  transparency: { zh: '政务公开', en: 'Transparency' },
  oversight: { zh: '监督', en: 'Oversight' },
  rules: { zh: '制度建设', en: 'Rules and normative documents' },
  decisions: { zh: '依法决策', en: 'Lawful decision-making' },
  functions: { zh: '政府职能', en: 'Government functions' },
  enforcement: { zh: '行政执法', en: 'Administrative enforcement' },
  capacity: { zh: '法治能力', en: 'Rule-of-law capacity' },
};

export function categoryLabel(category: string, lang: Lang): string {
  return CATEGORIES[category]?.[lang] ?? category;
}
