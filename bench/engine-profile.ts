/**
 * The engine alone, without any xlsx I/O: generated counties of 1,000, 10,000 and 100,000 schools (bench/county.ts)
 * go straight to `evaluate()` as grids. Each size runs in a fresh process, so the first run pays its own JIT
 * warm-up as a user's first click would; then the steady state (median and best of repeated runs after a warm-up,
 * with the machine's reference loop), and the same runs split into reading and computing. Last, how much of a run
 * is garbage-collection pauses: the runs again, each followed by a turn of the event loop so that Node can report
 * the collections it made, giving the engine's own time per school apart from collecting its garbage.
 *
 *   npx tsc -p tsconfig.bench.json && node build-bench/bench/engine-profile.js            1k, 10k, 100k
 *   node build-bench/bench/engine-profile.js 10000                                          chosen sizes
 *   node --cpu-prof build-bench/bench/engine-profile.js --one 10000                        profile one size
 */
import { spawnSync } from 'node:child_process';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SHEETS } from '../src/engine/columns';
import { computeResult } from '../src/engine/compute';
import { evaluate } from '../src/engine/evaluate';
import { readWorkbookInput } from '../src/engine/read';
import type { CellValue, WorkbookInput } from '../src/engine/types';
import { benchCountyRows, benchHeaders, generateSchools } from './county';
import { median, steadyTimes } from './cpu-reference';

interface Figures {
  schools: number;
  parts: number;
  issues: number;
  firstMs: number;
  warmMs: number;
  bestMs: number;
  cpuRefMs: number;
  readMs: number;
  computeMs: number;
  /** Mean time of a run and of its garbage-collection pauses, over the runs of `collections`. */
  runMs: number;
  gcMs: number;
}

/** Mean time of `runs` runs and mean garbage-collection pause time during them. */
async function collections(run: () => void, runs: number): Promise<{ runMs: number; gcMs: number }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    total += performance.now() - t;
    // Node reports a collection on a later turn of the event loop.
    await nextTurn();
  }
  await nextTurn();
  observer.disconnect();
  return { runMs: total / runs, gcMs: gcMs / runs };
}

/** The workbook of a generated county: the school sheet and the county sheet, as an adapter would hand them over. */
function benchWorkbook(n: number): WorkbookInput {
  const values: CellValue[][] = [benchHeaders(), ...generateSchools(n).map((s) => s.row)];
  return {
    sheets: [
      { name: SHEETS.school, values },
      { name: SHEETS.county, values: benchCountyRows() },
    ],
  };
}

/** Runs one size in this process and returns its figures. */
async function measureOne(n: number): Promise<Figures> {
  const book = benchWorkbook(n);
  const t0 = performance.now();
  const first = evaluate(book);
  const firstMs = performance.now() - t0;
  if (!first.ok) throw new Error(first.reason);
  const large = n > 10_000;
  const steady = steadyTimes(() => evaluate(book), large ? 2 : 10, large ? 7 : 30);
  const reads: number[] = [];
  const computes: number[] = [];
  for (let i = 0; i < (large ? 3 : 15); i++) {
    // The same run in its two halves, to see where the time goes.
    const b = performance.now();
    const read = readWorkbookInput(book);
    const c = performance.now();
    if (!read.ok) throw new Error(read.reason);
    computeResult(read.input, read.settings);
    reads.push(c - b);
    computes.push(performance.now() - c);
  }
  const gc = await collections(() => evaluate(book), large ? 7 : 30);
  return {
    schools: n,
    parts: first.result.parts.length,
    issues: first.result.issues.length,
    firstMs,
    warmMs: steady.medianMs,
    bestMs: steady.bestMs,
    cpuRefMs: steady.cpuRefMs,
    readMs: median(reads),
    computeMs: median(computes),
    ...gc,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    process.stdout.write(JSON.stringify(await measureOne(Number(args[1]))) + '\n');
    return;
  }
  const sizes = args.map(Number).filter((n) => n > 0);
  if (sizes.length === 0) sizes.push(1_000, 10_000, 100_000);
  const head = [
    'schools',
    'parts',
    'issues',
    'first ms',
    'median ms',
    'best ms',
    'read ms',
    'compute ms',
    'µs/school',
    'cpu ref ms',
    'GC ms/run',
    'µs/school excl. GC',
  ];
  const rows: string[][] = [];
  for (const n of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--one', String(n)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`size ${n}: ${child.stderr}`);
    const f = JSON.parse(child.stdout) as Figures;
    rows.push([
      f.schools.toLocaleString('en'),
      f.parts.toLocaleString('en'),
      f.issues.toLocaleString('en'),
      f.firstMs.toFixed(1),
      f.warmMs.toFixed(1),
      f.bestMs.toFixed(1),
      f.readMs.toFixed(1),
      f.computeMs.toFixed(1),
      ((f.warmMs * 1000) / f.schools).toFixed(2),
      f.cpuRefMs.toFixed(1),
      f.gcMs.toFixed(1),
      (((f.runMs - f.gcMs) * 1000) / f.schools).toFixed(2),
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
