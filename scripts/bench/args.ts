/**
 * Command line of `npm run bench`:
 *   --quick                 bundled + 50k facts, few repeats, small corpora (a smoke test)
 *   --sizes=bundled,1m,10m  which datasets to run in the browser (k/m suffixes: 300k, 2m…)
 *   --ingest=2500,10000     corpus sizes for the ingest bench
 *   --skip=ingest,browser,range   skip sections
 *   --cold=N --warm=N --interactions=N   repeats
 *   --regen                 regenerate synthetic data even if present
 */
export interface BenchArgs {
  quick: boolean;
  sizes: string[];
  ingestSizes: number[];
  skip: Set<string>;
  cold: number;
  warm: number;
  interactions: number;
  regen: boolean;
}

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`invalid size ${JSON.stringify(s)} (use e.g. 300k, 1m, 10m or bundled)`);
  const mult = { '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * mult);
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const quick = argv.includes('--quick');
  const args: BenchArgs = {
    quick,
    sizes: quick ? ['bundled', '50k'] : ['bundled', '1m', '10m'],
    ingestSizes: quick ? [100, 400] : [2500, 10000],
    skip: new Set(),
    cold: quick ? 2 : 5,
    warm: quick ? 2 : 5,
    interactions: quick ? 3 : 20,
    regen: false,
  };
  for (const a of argv) {
    const [k, v = ''] = a.split('=', 2) as [string, string?];
    if (k === '--quick') continue;
    else if (k === '--sizes') args.sizes = v.split(',').filter(Boolean);
    else if (k === '--ingest') args.ingestSizes = v.split(',').filter(Boolean).map(parseSize);
    else if (k === '--skip') args.skip = new Set(v.split(',').filter(Boolean));
    else if (k === '--cold') args.cold = Number(v);
    else if (k === '--warm') args.warm = Number(v);
    else if (k === '--interactions') args.interactions = Number(v);
    else if (k === '--regen') args.regen = true;
    else throw new Error(`unknown option ${a}`);
  }
  for (const s of args.sizes) if (s !== 'bundled') parseSize(s);
  return args;
}
