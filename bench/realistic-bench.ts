/**
 * The speed bench on counties as other programs write them (issue 13). For each input variety of a 10,000-school
 * county (exceljs with shared strings; the same file rewritten by LibreOffice; the bench's own inline-string
 * writer) it prints each phase of one run with its share of the whole, then the whole `junheng evaluate` spawned
 * (start-up included), with and without `--json`, against LibreOffice recalculating the formula workbook of the
 * same schools, interleaved and repeated so a busy machine slows both sides alike. Then a 300-school county's
 * wall time, and with `--big` the peak memory of a 100,000-school run.
 *
 *   npm run bench                    10,000 and 300 schools
 *   npm run bench -- --big           also 100,000 schools (peak memory)
 *   npm run bench -- --reps 5        more repetitions (median shown)
 *   npm run bench -- --small         the 300-school county alone
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSchools } from './county';
import { median } from './cpu-reference';
import type { Phases } from './phases';
import { realisticSchools, rewriteWithLibreOffice, writeSharedStringsCounty } from './realistic';
import { writeFormulaCounty, writeTemplateCounty } from './workbooks';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const CLI = join(ROOT, 'bin', 'junheng.js');
const PHASES = join(__dirname, 'phases.js');
const LO_PROFILE = `file://${join(OUT, 'lo-profile')}`;

function wall(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t;
}

function soffice(): string | null {
  for (const c of ['soffice', 'libreoffice']) if (spawnSync('which', [c]).status === 0) return c;
  return null;
}

/** LibreOffice recalculating and exporting the formula workbook (the anchor every ratio is taken against). */
function libreOfficeMs(lo: string, formulas: string): number {
  const csv = 'csv:Text - txt - csv (StarCalc):44,34,76';
  return wall(lo, [
    `-env:UserInstallation=${LO_PROFILE}`,
    '--headless',
    '--convert-to',
    csv,
    '--outdir',
    OUT,
    formulas,
  ]);
}

function evaluateMs(input: string, json: boolean): number {
  const args = [CLI, 'evaluate', input, '--out', join(OUT, 'result.xlsx')];
  if (json) args.push('--json', join(OUT, 'result.json'));
  return wall(process.execPath, args);
}

function phases(input: string): Phases {
  const r = spawnSync(process.execPath, [PHASES, input, join(OUT, 'phases.xlsx'), join(OUT, 'phases.json')], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`phases ${input}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Phases;
}

function phaseLine(name: string, p: Phases): string {
  const share = (ms: number) => `${ms.toFixed(0)} ms (${((ms / p.totalMs) * 100).toFixed(0)}%)`;
  return (
    `  ${name}: read ${share(p.readMs)}, evaluate ${share(p.evaluateMs)}, build sheets ${share(p.buildMs)}, ` +
    `write ${share(p.writeMs)}, JSON ${share(p.jsonMs)}; GC ${share(p.gcMs)} of the whole ${p.totalMs.toFixed(0)} ms; ` +
    `peak ${p.peakMB.toFixed(0)} MB`
  );
}

/** The input varieties of one size, written once; the LibreOffice rewrite only where LibreOffice is installed. */
async function varieties(n: number, lo: string | null): Promise<[string, string][]> {
  const schools = realisticSchools(n);
  const shared = join(OUT, `real-${n}.xlsx`);
  await writeSharedStringsCounty(shared, schools);
  const own = join(OUT, `own-${n}.xlsx`);
  await writeTemplateCounty(own, schools);
  const out: [string, string][] = [
    ['exceljs, shared strings', shared],
    ['bench writer, inline strings', own],
  ];
  const rewritten = join(OUT, `lo-${n}.xlsx`);
  if (lo && rewriteWithLibreOffice(lo, LO_PROFILE, shared, rewritten))
    out.push(['rewritten by LibreOffice', rewritten]);
  return out;
}

async function tenThousand(lo: string | null, reps: number): Promise<void> {
  const n = 10_000;
  const formulas = join(OUT, `formulas-${n}.xlsx`);
  await writeFormulaCounty(formulas, generateSchools(n));
  console.log(`${n.toLocaleString('en')} schools, every template column (median of ${reps} interleaved runs):`);
  for (const [name, file] of await varieties(n, lo)) {
    console.log(phaseLine(name, phases(file)));
    const plain: number[] = [];
    const json: number[] = [];
    const anchor: number[] = [];
    for (let i = 0; i < reps; i++) {
      plain.push(evaluateMs(file, false));
      json.push(evaluateMs(file, true));
      if (lo) anchor.push(libreOfficeMs(lo, formulas));
    }
    const [p, j] = [median(plain), median(json)];
    const ratio = lo
      ? ` / LibreOffice ${median(anchor).toFixed(0)} ms = ${(p / median(anchor)).toFixed(2)}× (target ≤ 0.25)`
      : '';
    console.log(`    junheng evaluate ${p.toFixed(0)} ms${ratio}`);
    console.log(`    with --json ${j.toFixed(0)} ms = ${(((j - p) / p) * 100).toFixed(0)}% slower (target ≤ 10%)`);
  }
}

async function smallCounty(reps: number): Promise<void> {
  const n = 300;
  const file = join(OUT, `real-${n}.xlsx`);
  await writeSharedStringsCounty(file, realisticSchools(n));
  const runs: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < Math.max(5, reps); i++) {
    // Node starting and stopping with nothing to do: the floor under any command on this machine at this moment.
    const both = [() => runs.push(evaluateMs(file, false)), () => bare.push(wall(process.execPath, ['-e', '0']))];
    // In a random order each round: with a fixed order, a disturbance that recurs with the rounds (seen on this
    // machine: one slot of three 20-30 ms slower, whatever ran in it) would always fall on the same side.
    if (Math.random() < 0.5) both.reverse();
    for (const run of both) run();
  }
  console.log(
    `300 schools: junheng evaluate ${median(runs).toFixed(0)} ms wall, start-up included (target ≤ 300); ` +
      `node alone ${median(bare).toFixed(0)} ms`,
  );
}

/** Peak resident memory of the command on a 100,000-school county, from GNU time when it is there. */
async function bigCounty(): Promise<void> {
  const n = 100_000;
  const file = join(OUT, `real-${n}.xlsx`);
  await writeSharedStringsCounty(file, realisticSchools(n));
  for (const json of [false, true]) {
    const args = ['-f', '%M', process.execPath, CLI, 'evaluate', file, '--out', join(OUT, 'result.xlsx')];
    if (json) args.push('--json', join(OUT, 'result.json'));
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
    const ms = performance.now() - t;
    const kb = Number(r.stderr.trim().split('\n').pop());
    const peak = r.status === 0 && Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB peak` : 'failed';
    const what = json ? 'junheng evaluate --json' : 'junheng evaluate';
    console.log(`100,000 schools: ${what} ${ms.toFixed(0)} ms, ${peak} (target ≤ 1536 MB)`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repsAt = args.indexOf('--reps');
  const reps = repsAt >= 0 ? Math.max(1, Number(args[repsAt + 1]) || 3) : 3;
  mkdirSync(OUT, { recursive: true });
  if (args.includes('--small')) return smallCounty(reps);
  const lo = soffice();
  if (lo) {
    // LibreOffice builds its profile on the first start; that one-time cost is not a recalculation.
    const warm = join(OUT, 'formulas-10.xlsx');
    await writeFormulaCounty(warm, generateSchools(10));
    libreOfficeMs(lo, warm);
  } else console.log('LibreOffice not found: install libreoffice-calc for the anchor and the rewritten input.');
  const load = loadavg().map((x) => x.toFixed(1));
  console.log(`machine load before: ${load.join(' ')} (${process.version})`);
  await tenThousand(lo, reps);
  await smallCounty(reps);
  if (args.includes('--big')) await bigCounty();
  console.log(
    `machine load after: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  rmSync(join(OUT, 'result.xlsx'), { force: true });
  rmSync(join(OUT, 'result.json'), { force: true });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
