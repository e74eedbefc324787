/**
 * One `junheng evaluate --json` split into its phases, in this process and through the command's own functions:
 * read (readCheckedGrids), evaluate, build the output sheets, write the package, JSON; and the time spent
 * in garbage collection across them (perf_hooks `gc` entries). Prints one JSON line.
 *
 *   node build-bench/bench/phases.js county.xlsx out.xlsx out.json
 */
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine/evaluate';
import { buildOutputSheets, buildSettingsSheet } from '../src/engine/output';
import { readCheckedGrids, writeSheetsIntoPackage } from '../src/workbook/xlsxPackage';
import { jsonContent } from '../src/cli/files';

/** Milliseconds of each phase, GC included in the phase it interrupted and also summed on its own. */
export interface Phases {
  readMs: number;
  evaluateMs: number;
  buildMs: number;
  writeMs: number;
  jsonMs: number;
  gcMs: number;
  totalMs: number;
  peakMB: number;
}

async function run(input: string, output: string, json: string): Promise<Phases> {
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const bytes = readFileSync(input);
  const grids = readCheckedGrids(bytes);
  const t1 = performance.now();
  const outcome = evaluate(grids);
  if (!outcome.ok) throw new Error(outcome.reason);
  const t2 = performance.now();
  const sheets = buildOutputSheets(outcome.result, { runTime: '2026-11-22 00:00:00（北京时间）' });
  const t3 = performance.now();
  writeFileSync(
    output,
    writeSheetsIntoPackage(bytes, sheets, 'replace', { addMissing: [buildSettingsSheet()], checked: true }),
  );
  const t4 = performance.now();
  const fd = openSync(json, 'w');
  await jsonContent(outcome.result)(fd);
  closeSync(fd);
  const t5 = performance.now();
  // gc entries arrive after the event loop turns.
  await new Promise((r) => setTimeout(r, 20));
  gc.disconnect();
  return {
    readMs: t1 - t0,
    evaluateMs: t2 - t1,
    buildMs: t3 - t2,
    writeMs: t4 - t3,
    jsonMs: t5 - t4,
    gcMs,
    totalMs: t5 - t0,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}

run(process.argv[2], process.argv[3], process.argv[4]).then(
  (p) => process.stdout.write(JSON.stringify(p) + '\n'),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
