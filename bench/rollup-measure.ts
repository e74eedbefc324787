/**
 * Measures one `junheng rollup` in this process (worker threads included, since they share it) and prints one JSON
 * line: wall time, CPU time of all threads, peak resident memory and the number of counties rolled up. Run by rollup-bench in a fresh
 * process per case, so each peak belongs to one run.
 *
 *   node build-bench/bench/rollup-measure.js <list of county files> <out.xlsx> <threads>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main';

async function measure(list: string, out: string, threads: string): Promise<void> {
  const files = readFileSync(list, 'utf8')
    .split('\n')
    .filter((f) => f !== '');
  const lines: string[] = [];
  const t0 = performance.now();
  const status = await main(['rollup', ...files, '--out', out], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
    env: { JUNHENG_THREADS: threads, JUNHENG_NOW: '2026-12-01T00:00:00Z' },
  });
  const ms = performance.now() - t0;
  if (status !== 0) throw new Error(lines.join('\n'));
  const usage = process.resourceUsage();
  // CPU time of every thread of the process: on a busy machine it shows the work apart from the waiting.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const peakMB = usage.maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakMB, counties: files.length, first: lines[0] })}\n`);
}

measure(process.argv[2], process.argv[3], process.argv[4]).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
