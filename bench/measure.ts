/**
 * Measures one `junheng evaluate` run on a workbook file in this process, through the same path as the command
 * (package-level read, engine, package-level write), and prints one JSON line: read, engine and write times and
 * the peak resident memory; then the engine's steady state on the same grids (median and best of repeated runs,
 * with the machine's reference loop). Run by engine-bench in a fresh process per size, so each peak belongs to one
 * county.
 *
 *   node build-bench/bench/measure.js county.xlsx out.xlsx [schools]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine/evaluate';
import { steadyTimes } from './cpu-reference';
import { buildOutputSheets, buildSettingsSheet } from '../src/engine/output';
import { readGrids, writeSheetsIntoPackage } from '../src/workbook/xlsxPackage';

/** One `junheng evaluate` as the command runs it; only the grids outlive it, as they do in the command. */
function commandRun(input: string, output: string) {
  const t0 = performance.now();
  const bytes = readFileSync(input);
  const grids = readGrids(bytes);
  const t1 = performance.now();
  const outcome = evaluate(grids);
  const t2 = performance.now();
  if (!outcome.ok) throw new Error(outcome.reason);
  const sheets = buildOutputSheets(outcome.result, { runTime: '2026-11-22 00:00:00 UTC' });
  writeFileSync(output, writeSheetsIntoPackage(bytes, sheets, 'replace', { addMissing: [buildSettingsSheet()] }));
  const t3 = performance.now();
  const times = { readMs: t1 - t0, engineMs: t2 - t1, writeMs: t3 - t2, totalMs: t3 - t0 };
  return { grids, times, parts: outcome.result.parts.length };
}

function measure(input: string, output: string, schools: number): void {
  const { grids, times, parts } = commandRun(input, output);
  // The first engine run pays for JIT warm-up; after a few more, repeated runs give the steady figure a county
  // re-run would see. Fewer of them for the largest counties, whose runs take a second each. The first run's
  // result, output sheets and file bytes are no longer reachable here: kept alive, they made every garbage
  // collection of the steady runs mark a heap several times larger than a run of the command has.
  const large = schools > 10_000;
  const steady = steadyTimes(() => evaluate(grids), large ? 2 : 10, large ? 7 : 30);
  process.stdout.write(
    JSON.stringify({
      ...times,
      engineWarmMs: steady.medianMs,
      engineBestMs: steady.bestMs,
      cpuRefMs: steady.cpuRefMs,
      peakMB: process.resourceUsage().maxRSS / 1024,
      parts,
    }) + '\n',
  );
}

try {
  measure(process.argv[2], process.argv[3], Number(process.argv[4] ?? 0));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
