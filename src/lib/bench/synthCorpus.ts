import { Rng } from './random.ts';
import { FACT_SENTENCES, PROSE_SENTENCES, SECTION_HEADINGS } from './reportTemplates.ts';
import { synthName } from './synthNames.ts';

/**
 * Report-like texts for the ingest benchmark: a title, a publication line and sections of
 * genre sentences with varied numbers, 8–20 KB of UTF-8 like the real reports. Report i is
 * a pure function of (seed, i), so a corpus of any size is generated file by file.
 */

export interface TemplateVars {
  J: string;
  P: string;
  Y: number;
}

/** Fill one template; each numeric placeholder draws a fresh plausible number. */
export function fillTemplate(template: string, vars: TemplateVars, rng: Rng): string {
  return template.replace(/\{(J|P|Y|Y1|Y2|N|M|K|R)\}/g, (_m, key: string) => {
    switch (key) {
      case 'J': return vars.J;
      case 'P': return vars.P;
      case 'Y': return String(vars.Y);
      case 'Y1': return String(vars.Y - 1);
      case 'Y2': return String(vars.Y + 1);
      case 'N': return String(Math.round(Math.exp(4 + 2.5 * rng.next())));
      case 'M': return String(Math.round(Math.exp(3 + 2 * rng.next())));
      case 'K': return String(rng.int(2, 60));
      default: return (85 + 15 * rng.next()).toFixed(1);
    }
  });
}

export interface SynthReport {
  fileName: string;
  text: string;
}

export function synthReport(seed: number, index: number): SynthReport {
  const rng = new Rng(seed, 7, index);
  const place = synthName(index % 3_000, 'county', rng.int(0, 3));
  const parent = synthName(3_000 + (index % 500), 'prefecture', rng.int(0, 3));
  const year = 2015 + (index % 10);
  const vars: TemplateVars = { J: place.zh, P: parent.zh, Y: year };
  const lines: string[] = [
    `${parent.zh}${place.zh}${year}年法治政府建设情况报告`,
    '',
    `发布日期:${year + 1}-0${rng.int(1, 4)}-${String(rng.int(10, 28))} 文章来源:${place.zh}人民政府`,
    '',
  ];
  const targetChars = rng.int(3_000, 7_000); // ≈ 9–21 KB of UTF-8
  let chars = 0;
  let section = 0;
  while (chars < targetChars) {
    const heading = fillTemplate(SECTION_HEADINGS[section % SECTION_HEADINGS.length]!, vars, rng);
    section++;
    const sentences: string[] = [];
    const n = rng.int(4, 9);
    for (let s = 0; s < n; s++) {
      const pool = rng.next() < 0.35 ? FACT_SENTENCES : PROSE_SENTENCES;
      sentences.push(fillTemplate(rng.pick(pool), vars, rng));
    }
    const paragraph = `  ${sentences.join('')}`;
    lines.push(`  ${heading}`, '', paragraph, '');
    chars += heading.length + paragraph.length;
  }
  lines.push(`${place.zh}人民政府`, `${year + 1}年3月${rng.int(1, 28)}日`);
  return { fileName: `synthetic_${String(index).padStart(6, '0')}.txt`, text: lines.join('\n') };
}
