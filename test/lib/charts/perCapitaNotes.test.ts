import { describe, expect, test } from 'vitest';
import { applyPerCapita, type PopulationFigure } from '../../../src/lib/charts/perCapita.ts';
import { perCapitaNotes, perCapitaUseOf, populationSourceText } from '../../../src/lib/charts/perCapitaNotes.ts';
import { buildCompareState } from '../../../src/lib/charts/compare/compareState.ts';
import { makeJurisdiction, makeRow } from './makeRows.ts';

const fig = (name: string, year: number, population: number, origin: PopulationFigure['origin'] = 'bundled'): PopulationFigure => ({
  jurisdiction_id: `省/${name}`, year, population, source_title: `${name}公报`, source_url: origin === 'bundled' ? 'http://x.org/p' : null, origin,
});

function marks(rows: ReturnType<typeof makeRow>[], figures: PopulationFigure[]) {
  const result = applyPerCapita(rows, figures, { unit: 'cases' });
  const names = rows.map((r) => makeJurisdiction(r.name_zh));
  const cs = buildCompareState(result.rows, { years: 'latest', jurisdictions: names, label: (j) => j.name_zh }, { width: 640 });
  return { result, values: cs.series.flatMap((g) => [...g.bars, ...g.missing]) };
}

describe('perCapitaNotes', () => {
  test('method, each figure with year and source, nearest year, and who has no figure', () => {
    const { result, values } = marks([makeRow('利通区', 2021, 388), makeRow('花都区', 2021, 4066), makeRow('绍兴市', null, null)], [fig('利通区', 2020, 460790)]);
    expect(perCapitaNotes(result, values, 'en')).toEqual([
      expect.stringContaining('reported figure ÷ resident population × 10,000'),
      'Population: 利通区 2020: 460,790 residents. Source: 利通区公报 (http://x.org/p)',
      '利通区: the 2021 figure uses the 2020 population (nearest year with a figure).',
      'No population figure (not drawn): 花都区.',
    ]);
    // 绍兴市 has no data at all: a no-data row, not a missing-population one.
    const bar = values.find((v) => v.jurisdictionId === '省/利通区')!;
    expect(perCapitaUseOf(result, bar)?.population).toBe(460790);
  });

  test('user-supplied figures are labelled as such, never as sourced', () => {
    const { result, values } = marks([makeRow('花都区', 2021, 4066)], [fig('花都区', 2021, 1_100_000, 'user')]);
    const notes = perCapitaNotes(result, values, 'zh');
    expect(notes[1]).toContain('您上传的表（用户提供，未经核实）');
    expect(populationSourceText(result.used.get('省/花都区|2021')!, 'en')).toBe('your table (user-supplied): 花都区公报');
  });

  test('nothing when per-capita is off or refused', () => {
    expect(perCapitaNotes(null, [], 'en')).toEqual([]);
    const refused = applyPerCapita([makeRow('甲', 2020, 90, { unit: 'percent' })], [], { unit: 'percent' });
    expect(perCapitaNotes(refused, [], 'en')).toEqual([]);
  });
});
