/**
 * Measures one `junheng evaluate` run on a workbook file in this process, through the same path as the command
 * (package-level read, engine, package-level write), and prints one JSON line: read, engine and write times and
 * the peak resident memory. Run by engine-bench in a fresh process per size, so each peak belongs to one county.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine/evaluate';
import { buildOutputSheets, buildSettingsSheet } from '../src/engine/output';
import { readGrids, writeSheetsIntoPackage } from '../src/workbook/xlsxPackage';

function measure(input: string, output: string): void {
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
  // The first engine run pays for JIT warm-up; a few more give the steady figure a county re-run would see.
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    evaluate(grids);
    warm.push(performance.now() - s);
  }
  warm.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      readMs: t1 - t0,
      engineMs: t2 - t1,
      engineWarmMs: warm[2],
      writeMs: t3 - t2,
      totalMs: t3 - t0,
      peakMB: process.resourceUsage().maxRSS / 1024,
      parts: outcome.result.parts.length,
    }) + '\n',
  );
}

try {
  measure(process.argv[2], process.argv[3]);
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
