/**
 * The roll-up's benchmark (MONITORING.md §2): 40 generated counties of 300 schools rolled up on one thread and on
 * every core (the speed-up is the ratio), then 2,800 county workbooks (the nation) streamed through the same
 * command, whose peak memory is compared with 2 GB. The 40 counties are distinct; the 2,800 are those 40 under
 * 2,800 names (hard links), each read and evaluated on its own as any other file would be.
 *
 *   npm run bench:rollup              40 and 2,800 counties
 *   npm run bench:rollup -- 40 400    chosen numbers of counties
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSchools } from './county';
import { writeTemplateCounty } from './workbooks';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out', 'rollup');
const MEASURE = join(__dirname, 'rollup-measure.js');
const SCHOOLS = 300;
const DISTINCT = 40;
const LIMIT_MB = 2048;

interface Measured {
  ms: number;
  cpuMs: number;
  peakMB: number;
  counties: number;
  first: string;
}

/** Writes the distinct counties once (seeded, so every run sees the same ones) and names `n` files after them. */
async function counties(n: number): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  for (let i = 0; i < DISTINCT; i++) {
    const file = join(OUT, `county-${i}.xlsx`);
    if (!existsSync(file)) await writeTemplateCounty(file, generateSchools(SCHOOLS, 20261201 + i));
  }
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = join(OUT, `county-${i}.xlsx`);
    if (!existsSync(file)) linkSync(join(OUT, `county-${i % DISTINCT}.xlsx`), file);
    files.push(file);
  }
  const list = join(OUT, `list-${n}.txt`);
  writeFileSync(list, files.join('\n'));
  return list;
}

function run(list: string, threads: number): Measured {
  const out = join(OUT, `city-${threads}.xlsx`);
  // The main thread gets 2 GB of heap at most: the roll-up must stream, not hold the counties.
  const child = spawnSync(process.execPath, [`--max-old-space-size=${LIMIT_MB}`, MEASURE, list, out, String(threads)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`rollup on ${threads} thread(s): ${child.stderr}`);
  return JSON.parse(child.stdout) as Measured;
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  if (sizes.length === 0) sizes.push(DISTINCT, 2_800);
  const cores = availableParallelism();
  const rows: string[][] = [];
  for (const n of sizes) {
    const list = await counties(n);
    // The speed-up is measured where it is asked for (40 counties); the nation runs on every core only.
    const single = n <= DISTINCT ? run(list, 1) : null;
    const all = run(list, cores);
    for (const [threads, m] of [
      [1, single],
      [cores, all],
    ] as const) {
      if (m === null) continue;
      rows.push([
        n.toLocaleString('en'),
        String(threads),
        m.ms.toFixed(0),
        (m.ms / n).toFixed(1),
        (m.cpuMs / n).toFixed(1),
        m.peakMB.toFixed(0),
        single && threads === cores ? (single.ms / m.ms).toFixed(2) : '-',
        (m.peakMB / LIMIT_MB).toFixed(2),
      ]);
    }
    console.error(all.first);
  }
  const head = [
    'counties',
    'threads',
    'total ms',
    'ms/county',
    'cpu ms/county',
    'peak MB',
    'speed-up vs 1 thread',
    'peak / 2 GB',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(`${SCHOOLS} schools per county, ${cores} cores, load average ${loadavg()[0].toFixed(1)} at the end`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
