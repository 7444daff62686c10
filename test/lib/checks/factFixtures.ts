import { factId, type FactRow } from '../../../src/lib/tables/types.ts';

/**
 * Synthetic facts for the check tests. Text is laid out so each fact's value sits at a known
 * offset: `placeFacts` writes the sentence and records where every value is.
 */
export function makeFact(over: Partial<FactRow> & Pick<FactRow, 'indicator_id' | 'value'>): FactRow {
  const doc_file = over.doc_file ?? 'a.txt';
  const value_start = over.value_start ?? 0;
  const value_text = over.value_text ?? String(over.value);
  const base: FactRow = {
    fact_id: '',
    doc_file,
    jurisdiction_id: '广东省/广州市/花都区',
    indicator_id: over.indicator_id,
    value: over.value,
    unit: over.indicator_id.endsWith('_rate') ? 'percent' : 'cases',
    qualifier: 'exact',
    period: 'year',
    period_year: 2019,
    role: 'headline',
    evidence: value_text,
    char_start: value_start,
    char_end: value_start + value_text.length,
    value_start,
    value_end: value_start + value_text.length,
    value_text,
    rule_id: 'test',
  };
  const fact = { ...base, ...over };
  return { ...fact, fact_id: over.fact_id ?? factId(fact.doc_file, fact.value_start, fact.indicator_id) };
}

/** The texts map the checks need: one sentence per document unless the test says otherwise. */
export function textsFor(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}
