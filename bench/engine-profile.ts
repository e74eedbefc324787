/**
 * The engine alone, without any xlsx I/O: generated counties of 1,000, 10,000 and 100,000 schools (bench/county.ts)
 * go straight to `evaluate()` as grids. Each size runs in a fresh process, so the first run pays its own JIT
 * warm-up as a user's first click would; then the steady state (median and best of repeated runs after a warm-up,
 * with the machine's reference loop), and the same runs split into reading and computing.
 *
 *   npx tsc -p tsconfig.bench.json && node build-bench/bench/engine-profile.js            1k, 10k, 100k
 *   node build-bench/bench/engine-profile.js 10000                                          chosen sizes
 *   node --cpu-prof build-bench/bench/engine-profile.js --one 10000                        profile one size
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
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
function measureOne(n: number): Figures {
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
  };
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    process.stdout.write(JSON.stringify(measureOne(Number(args[1]))) + '\n');
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
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

main();
