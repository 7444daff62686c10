import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * Run a command under GNU time and sample the resident memory of its process tree every
 * `sampleMs`: wall time, CPU time (user + sys) and peak RSS as the kernel counted them.
 */
export interface ProcessMeasure {
  exitCode: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number; // GNU time %M (max RSS of the command)
  rssSamplesMb: number[]; // sampled tree RSS over time
  stderrTail: string;
}

async function childrenOf(pid: number): Promise<number[]> {
  try {
    const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return text.trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function treeRssKb(pid: number): Promise<number> {
  let total = 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
  for (const c of await childrenOf(pid)) total += await treeRssKb(c);
  return total;
}

export async function measureProcess(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; sampleMs?: number }): Promise<ProcessMeasure> {
  const child = spawn('/usr/bin/time', ['-f', '__TIME__ %e %U %S %M', cmd, ...args], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-20_000);
  });
  const samples: number[] = [];
  const timer = setInterval(() => {
    if (child.pid) void treeRssKb(child.pid).then((kb) => kb > 0 && samples.push(kb / 1024));
  }, opts.sampleMs ?? 200);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearInterval(timer);
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
  if (!m) throw new Error(`no timing from /usr/bin/time: ${stderr.slice(-2000)}`);
  return {
    exitCode,
    wallSeconds: Number(m[1]),
    cpuSeconds: Number(m[2]) + Number(m[3]),
    peakRssMb: Number(m[4]) / 1024,
    rssSamplesMb: samples,
    stderrTail: stderr.replace(/__TIME__.*/, '').slice(-1500),
  };
}
