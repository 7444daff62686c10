import { describe, expect, test } from 'vitest';
import { applyPerCapita, lacksPopulation, nearestFigure, perCapitaRefusal, valueKey, type PopulationFigure } from '../../../src/lib/charts/perCapita.ts';
import { makeRow } from './makeRows.ts';

const fig = (name: string, year: number, population: number, extra: Partial<PopulationFigure> = {}): PopulationFigure => ({
  jurisdiction_id: `省/${name}`,
  year,
  population,
  source_title: `${name}统计公报`,
  source_url: null,
  origin: 'bundled',
  ...extra,
});

describe('applyPerCapita', () => {
  test('same year: value per 10,000 residents, with the figure used', () => {
    const r = applyPerCapita([makeRow('利通区', 2020, 388, { period: 'h1' })], [fig('利通区', 2020, 460790)], { unit: 'cases' });
    expect(r.refused).toBeNull();
    expect(r.rows[0]!.value).toBeCloseTo(8.42, 2);
    expect(r.rows[0]!.period).toBe('h1'); // badges come from the row: kept
    expect(r.used.get(valueKey('省/利通区', 2020))).toMatchObject({ count: 388, population: 460790, populationYear: 2020, valueYear: 2020, origin: 'bundled' });
  });

  test('the unit defaults to the rows\' own: {per: 10000} alone refuses percent rows', () => {
    const pct = [makeRow('甲', 2020, 98, { unit: 'percent' })];
    expect(applyPerCapita(pct, [fig('甲', 2020, 1000)], { per: 10000 }).refused).toBe('perCapitaPercent');
    expect(applyPerCapita([makeRow('甲', 2020, 10)], [fig('甲', 2020, 1000)], { per: 10000 }).rows[0]!.value).toBe(100);
  });

  test('per option changes the base', () => {
    const r = applyPerCapita([makeRow('甲', 2020, 50)], [fig('甲', 2020, 1000)], { unit: 'cases', per: 100 });
    expect(r.rows[0]!.value).toBe(5);
  });

  test('missing population: value null (listed, not drawn, never zero) and named', () => {
    const rows = [makeRow('甲', 2021, 100), makeRow('乙', 2021, 40)];
    const r = applyPerCapita(rows, [fig('甲', 2021, 5000)], { unit: 'cases' });
    expect(r.rows.map((x) => x.value)).toEqual([200, null]);
    expect(r.rows[1]!.fact_id).toBe(rows[1]!.fact_id); // the count's source stays known
    expect([...r.noPopulation]).toEqual([['省/乙', [2021]]]);
    expect(lacksPopulation(r, '省/乙', 2021)).toBe(true);
    expect(lacksPopulation(r, '省/乙', null)).toBe(true);
    expect(lacksPopulation(r, '省/甲', 2021)).toBe(false);
  });

  test('a row without data stays a no-data row, not a no-population row', () => {
    const r = applyPerCapita([makeRow('丙', null, null)], [], { unit: 'cases' });
    expect(r.rows[0]!.value).toBeNull();
    expect(r.noPopulation.size).toBe(0);
    expect(lacksPopulation(r, '省/丙', null)).toBe(false);
  });

  test('nearest year when the value year has no figure, and which year is said', () => {
    const r = applyPerCapita([makeRow('甲', 2022, 300)], [fig('甲', 2010, 1000), fig('甲', 2020, 3000)], { unit: 'persons' });
    expect(r.rows[0]!.value).toBe(1000);
    expect(r.used.get('省/甲|2022')).toMatchObject({ populationYear: 2020, valueYear: 2022 });
  });

  test('nearestFigure: exact year wins; ties go to the earlier year; none → null', () => {
    const fs = [{ year: 2018 }, { year: 2022 }, { year: 2020 }];
    expect(nearestFigure(fs, 2020)).toEqual({ year: 2020 });
    expect(nearestFigure([{ year: 2018 }, { year: 2022 }], 2020)).toEqual({ year: 2018 });
    expect(nearestFigure([], 2020)).toBeNull();
  });

  test('percent indicator refused: rows unchanged', () => {
    const rows = [makeRow('甲', 2020, 98.5, { unit: 'percent' })];
    const r = applyPerCapita(rows, [fig('甲', 2020, 1000)], { unit: 'percent' });
    expect(r.refused).toBe('perCapitaPercent');
    expect(r.rows).toEqual(rows);
    expect(r.used.size).toBe(0);
    expect(perCapitaRefusal('percent')).toBe('perCapitaPercent');
    expect(perCapitaRefusal('days')).toBe('perCapitaNotCount');
    expect(perCapitaRefusal('cases')).toBeNull();
    expect(perCapitaRefusal('cny')).toBeNull();
  });

  test('zero, negative and non-finite populations are rejected, never divided by', () => {
    const rows = [makeRow('甲', 2020, 10), makeRow('乙', 2020, 10), makeRow('丙', 2020, 10)];
    const r = applyPerCapita(rows, [fig('甲', 2020, 0), fig('乙', 2020, -5), fig('丙', 2020, Number.NaN), fig('丙', 2019, 100)], { unit: 'cases' });
    expect(r.rejected).toBe(3);
    expect(r.rows.map((x) => x.value)).toEqual([null, null, 1000]);
    expect(r.used.get('省/丙|2020')?.populationYear).toBe(2019);
    expect([...r.noPopulation.keys()]).toEqual(['省/甲', '省/乙']);
  });

  test('empty and all-missing inputs', () => {
    expect(applyPerCapita([], [], { unit: 'cases' }).rows).toEqual([]);
    const r = applyPerCapita([makeRow('甲', 2020, 1), makeRow('乙', 2020, 2)], [], { unit: 'cases' });
    expect(r.rows.every((x) => x.value === null)).toBe(true);
    expect(r.noPopulation.size).toBe(2);
  });

  test('user-supplied figures keep their origin', () => {
    const r = applyPerCapita([makeRow('甲', 2020, 10)], [fig('甲', 2020, 100, { origin: 'user' })], { unit: 'cases' });
    expect(r.used.get('省/甲|2020')?.origin).toBe('user');
  });
});
