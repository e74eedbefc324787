/**
 * The engine issue's benchmark: generated counties of 100 to 100,000 school rows. For each size it prints the
 * engine's first run and its steady state (median and best of repeated runs, per school, and the machine's
 * reference loop beside it), read and write times, the peak memory, the engine's share of the whole, and, as the
 * anchor, the same county as a hand-made formula workbook recalculated by LibreOffice
 * (`soffice --headless --convert-to csv`).
 *
 *   npm run bench                 all sizes (LibreOffice up to 10,000 rows)
 *   npm run bench -- 100 1000     chosen sizes
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchWorkbooks } from './workbooks';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out');
const MEASURE = join(__dirname, 'measure.js');
const CLI = join(ROOT, 'bin', 'junheng.js');
const LO_PROFILE = `file://${join(OUT, 'lo-profile')}`;
const LO_LIMIT = 10_000;

interface Measured {
  readMs: number;
  engineMs: number;
  engineWarmMs: number;
  engineBestMs: number;
  cpuRefMs: number;
  writeMs: number;
  totalMs: number;
  peakMB: number;
  parts: number;
}

function timed(cmd: string, args: string[]): { ms: number; ok: boolean; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - t, ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

function soffice(): string | null {
  for (const c of ['soffice', 'libreoffice']) if (spawnSync('which', [c]).status === 0) return c;
  return null;
}

/** Recalculates the formula workbook through LibreOffice and checks that the coefficients came out as numbers. */
function libreOffice(lo: string, formulas: string): { ms: number; ok: boolean } {
  const r = timed(lo, [
    `-env:UserInstallation=${LO_PROFILE}`,
    '--headless',
    '--convert-to',
    // UTF-8 text, so the Chinese labels survive the round trip.
    'csv:Text - txt - csv (StarCalc):44,34,76',
    '--outdir',
    OUT,
    formulas,
  ]);
  const csv = formulas.replace(/\.xlsx$/, '.csv');
  if (!r.ok || !existsSync(csv)) return { ms: r.ms, ok: false };
  const second = readFileSync(csv, 'utf8').split('\n')[2] ?? '';
  const cv = Number(second.split(',').pop());
  return { ms: r.ms, ok: Number.isFinite(cv) && cv > 0 };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  if (sizes.length === 0) sizes.push(100, 1_000, 10_000, 100_000);
  mkdirSync(OUT, { recursive: true });
  const lo = soffice();
  if (lo) {
    // LibreOffice builds its profile on the first start; that one-time cost is not a recalculation.
    const warm = await writeBenchWorkbooks(OUT, 10);
    libreOffice(lo, warm.formulas);
  }
  const rows: string[][] = [];
  let anchorRatio: string | null = null;
  let engineAt10k: Measured | null = null;
  for (const n of sizes) {
    const books = await writeBenchWorkbooks(OUT, n);
    const out = join(OUT, `county-${n}.result.xlsx`);
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', MEASURE, books.county, out, String(n)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`measure ${n}: ${child.stderr}`);
    const m = JSON.parse(child.stdout) as Measured;
    rmSync(out, { force: true });
    const cli = timed(process.execPath, [CLI, 'evaluate', books.county, '--out', out]);
    const anchor = lo && n <= LO_LIMIT ? libreOffice(lo, books.formulas) : null;
    const ratio = anchor?.ok ? cli.ms / anchor.ms : null;
    if (n === 10_000 && ratio !== null) anchorRatio = ratio.toFixed(2);
    if (n === 10_000) engineAt10k = m;
    rows.push([
      n.toLocaleString('en'),
      m.engineMs.toFixed(1),
      m.engineWarmMs.toFixed(1),
      m.engineBestMs.toFixed(1),
      ((m.engineWarmMs * 1000) / n).toFixed(2),
      m.cpuRefMs.toFixed(1),
      m.readMs.toFixed(0),
      m.writeMs.toFixed(0),
      m.peakMB.toFixed(0),
      `${((m.engineMs / m.totalMs) * 100).toFixed(1)}%`,
      cli.ok ? cli.ms.toFixed(0) : 'failed',
      anchor ? (anchor.ok ? anchor.ms.toFixed(0) : 'failed') : '-',
      ratio === null ? '-' : ratio.toFixed(2),
    ]);
  }
  const head = [
    'schools',
    'engine ms',
    'engine median ms',
    'engine best ms',
    'µs/school',
    'cpu ref ms',
    'read ms',
    'write ms',
    'peak MB',
    'engine share',
    'junheng evaluate ms',
    'LibreOffice ms',
    'ratio',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (!lo) console.log('LibreOffice not found: install libreoffice-calc for the anchor column.');
  if (anchorRatio !== null)
    console.log(`10,000 schools: junheng evaluate / LibreOffice recalculation = ${anchorRatio} (target ≤ 1)`);
  if (engineAt10k !== null) {
    const e = engineAt10k;
    console.log(
      `10,000 schools: engine ${e.engineWarmMs.toFixed(1)} ms median, ${e.engineBestMs.toFixed(1)} ms best ` +
        `of repeated runs (target < 50); first run ${e.engineMs.toFixed(0)} ms; reference loop ${e.cpuRefMs.toFixed(1)} ms`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
