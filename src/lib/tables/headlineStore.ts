import { factId, type FactRow } from './types.ts';

/**
 * The headline facts of a whole corpus, kept for the cross-document check (conflicting
 * headlines) in typed-array columns (~50 bytes a fact instead of an object of strings), so
 * memory grows as little as possible with the number of reports.
 *
 * `candidates()` returns, as fact rows, only the headlines that share their check group
 * (jurisdiction or document, indicator, period, period_year) with another one: a lone headline
 * cannot conflict. Groups are found by a 32-bit hash of that key, which can only merge groups,
 * never split them, so every real group survives; the check regroups exactly.
 * The text fields the check does not read (evidence, value_text, rule_id) come back empty.
 */

const NULL_YEAR = -(2 ** 31);

/** A Uint32/Int32/Float64 column that doubles its capacity as values arrive. */
class Column<A extends Uint32Array | Int32Array | Float64Array> {
  data: A;
  constructor(private readonly make: (n: number) => A) {
    this.data = make(1024);
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[i] = v;
  }
}

const u32 = () => new Column((n) => new Uint32Array(n));
const i32 = () => new Column((n) => new Int32Array(n));

/** FNV-1a over the UTF-16 code units of a string. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class HeadlineStore {
  private n = 0;
  private readonly docs: { file: string; jurisdictionId: string | null }[] = [];
  /** Repeated short strings (indicator ids, units, enums), each kept once. */
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly cols = {
    key: u32(), doc: u32(), value: new Column((n) => new Float64Array(n)), year: i32(),
    charStart: u32(), charEnd: u32(), valueStart: u32(), valueEnd: u32(),
    indicator: u32(), unit: u32(), qualifier: u32(), period: u32(), role: u32(),
  };

  /** Starts a document; its headline facts follow through `add`. Strings must not share a text's memory. */
  addDocument(file: string, jurisdictionId: string | null): void {
    this.docs.push({ file, jurisdictionId });
  }

  private intern(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      const kept = JSON.parse(JSON.stringify(s)) as string; // a copy that does not pin the text
      this.strings.push(kept);
      this.stringIndex.set(kept, i);
    }
    return i;
  }

  /** A headline fact of the last document added. */
  add(f: FactRow): void {
    const d = this.docs.length - 1;
    const doc = this.docs[d]!;
    const i = this.n++;
    const c = this.cols;
    const group = [doc.jurisdictionId ?? `doc:${doc.file}`, f.indicator_id, f.period, f.period_year ?? ''].join('|');
    c.key.set(i, hash32(group));
    c.doc.set(i, d);
    c.value.set(i, f.value);
    c.year.set(i, f.period_year ?? NULL_YEAR);
    c.charStart.set(i, f.char_start);
    c.charEnd.set(i, f.char_end);
    c.valueStart.set(i, f.value_start);
    c.valueEnd.set(i, f.value_end);
    c.indicator.set(i, this.intern(f.indicator_id));
    c.unit.set(i, this.intern(f.unit));
    c.qualifier.set(i, this.intern(f.qualifier));
    c.period.set(i, this.intern(f.period));
    c.role.set(i, this.intern(f.role));
  }

  get size(): number {
    return this.n;
  }

  private row(i: number): FactRow {
    const c = this.cols;
    const doc = this.docs[c.doc.data[i]!]!;
    const s = (col: Column<Uint32Array>) => this.strings[col.data[i]!]!;
    const year = c.year.data[i]!;
    const indicator_id = s(c.indicator);
    const value_start = c.valueStart.data[i]!;
    return {
      indicator_id, value: c.value.data[i]!, unit: s(c.unit), qualifier: s(c.qualifier) as FactRow['qualifier'], period: s(c.period) as FactRow['period'],
      period_year: year === NULL_YEAR ? null : year, role: s(c.role) as FactRow['role'], evidence: '',
      char_start: c.charStart.data[i]!, char_end: c.charEnd.data[i]!, value_start, value_end: c.valueEnd.data[i]!, value_text: '', rule_id: '',
      fact_id: factId(doc.file, value_start, indicator_id), doc_file: doc.file, jurisdiction_id: doc.jurisdictionId,
    };
  }

  /** Headlines whose group hash another headline shares, in the order they were added. */
  candidates(): FactRow[] {
    const keys = this.cols.key.data;
    const order = new Uint32Array(this.n);
    for (let i = 0; i < this.n; i++) order[i] = i;
    order.sort((a, b) => keys[a]! - keys[b]! || a - b);
    const keep = new Uint8Array(this.n);
    for (let j = 1; j < this.n; j++) {
      if (keys[order[j]!] === keys[order[j - 1]!]) keep[order[j]!] = keep[order[j - 1]!] = 1;
    }
    const rows: FactRow[] = [];
    for (let i = 0; i < this.n; i++) if (keep[i]) rows.push(this.row(i));
    return rows;
  }
}
