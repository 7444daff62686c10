import { PERIODS, QUALIFIERS, ROLES, type ExtractedFact } from './types.ts';
import { compareCodePoints } from './order.ts';

/**
 * Guards the facts table against extractor slips: a fact must point at real text (offsets in
 * range, evidence and value_text equal to their slices), carry a finite value, a known
 * indicator and valid enums, and not repeat another fact's (value_start, indicator) key.
 * Bad facts are dropped and counted, never silently.
 */

export interface ValidatedFacts {
  facts: ExtractedFact[];
  dropped: Map<string, number>; // reason → count
}

function problem(f: ExtractedFact, text: string, indicators: ReadonlySet<string> | null): string | null {
  const inRange = (a: number, b: number) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length;
  if (indicators && !indicators.has(f.indicator_id)) return `unknown indicator ${f.indicator_id}`;
  if (typeof f.value !== 'number' || !Number.isFinite(f.value)) return 'value is not a finite number';
  if (!inRange(f.char_start, f.char_end) || !inRange(f.value_start, f.value_end)) return 'offsets outside the text';
  if (text.slice(f.char_start, f.char_end) !== f.evidence) return 'evidence differs from text.slice(char_start, char_end)';
  if (text.slice(f.value_start, f.value_end) !== f.value_text) return 'value_text differs from text.slice(value_start, value_end)';
  if (!QUALIFIERS.includes(f.qualifier)) return `invalid qualifier ${String(f.qualifier)}`;
  if (!PERIODS.includes(f.period)) return `invalid period ${String(f.period)}`;
  if (!ROLES.includes(f.role)) return `invalid role ${String(f.role)}`;
  if (f.period_year !== null && !Number.isInteger(f.period_year)) return 'period_year is not an integer';
  return null;
}

/** `indicators` null = accept any indicator id (no taxonomy loaded yet). */
export function validateFacts(extracted: ExtractedFact[], text: string, indicators: ReadonlySet<string> | null): ValidatedFacts {
  const dropped = new Map<string, number>();
  const seen = new Set<string>();
  const facts: ExtractedFact[] = [];
  const sorted = [...extracted].sort((a, b) => a.value_start - b.value_start || compareCodePoints(a.indicator_id, b.indicator_id));
  for (const f of sorted) {
    let reason = problem(f, text, indicators);
    const key = `${f.value_start}:${f.indicator_id}`;
    if (!reason && seen.has(key)) reason = 'same indicator twice at one offset';
    if (reason) {
      dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
      continue;
    }
    seen.add(key);
    facts.push(f);
  }
  return { facts, dropped };
}

export function describeDropped(dropped: Map<string, number>): string {
  if (!dropped.size) return '';
  const total = [...dropped.values()].reduce((a, b) => a + b, 0);
  const reasons = [...dropped.entries()].map(([r, n]) => `${n}× ${r}`).join(', ');
  return `dropped ${total} invalid extracted fact(s): ${reasons}`;
}
