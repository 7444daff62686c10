import type { DocMeta, Period, Qualifier, Role } from '../tables/types.ts';
import { parseCsv } from './csv.ts';

/** Gold labels as /work/shared/gold/README.md defines them. */
export interface GoldFact {
  doc: string;
  indicator: string;
  value: number;
  qualifier: Qualifier;
  period: Period;
  period_year: number | null;
  role: Role;
  evidence: string;
}

export interface GoldDocument extends DocMeta {
  file: string;
}

const nullable = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

export function parseGoldFacts(csv: string): GoldFact[] {
  return parseCsv(csv).map((r) => ({
    doc: r.doc!,
    indicator: r.indicator!,
    value: Number(r.value),
    qualifier: r.qualifier as Qualifier,
    period: r.period as Period,
    period_year: r.period_year ? Number(r.period_year) : null,
    role: r.role as Role,
    evidence: r.evidence ?? '',
  }));
}

export function parseGoldDocuments(csv: string): GoldDocument[] {
  return parseCsv(csv).map((r) => ({
    file: r.file!,
    jurisdiction: nullable(r.jurisdiction),
    parent: nullable(r.parent),
    province: nullable(r.province),
    admin_level: nullable(r.admin_level) as GoldDocument['admin_level'],
    doc_type: nullable(r.doc_type) as GoldDocument['doc_type'],
    report_year: r.report_year ? Number(r.report_year) : null,
    published: nullable(r.published),
    title: nullable(r.title),
  }));
}

/** Indicator ids of indicators.csv (the evaluation vocabulary). */
export function parseIndicatorIds(csv: string): string[] {
  return parseCsv(csv).map((r) => r.id!);
}
