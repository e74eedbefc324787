/**
 * `junheng rollup <county.xlsx>… [--out <city.xlsx>] [--json <city.json>]`: every county workbook evaluated (on
 * worker threads, one per core), summarised, and rolled up in input order into 区县汇总, 区县对比 and 数据问题.
 * An unreadable workbook is listed with its reason; exit 2 only when no county could be used.
 */
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { VERDICT_WORDS, cliMessages as C, rollupMessages as M } from '../engine/messages';
import { buildRollup, rollupJson, type CountyOutcome } from '../engine/monitoring/rollup';
import { buildRollupSheets } from '../engine/output/rollupSheets';
import { evaluateCountyFile } from './countyFile';
import { expandInputs } from './inputs';
import { UsageError, parseArgs, runTime, type CliIo } from './args';
import { bytesContent, checkOutputs, jsonContent, markedZip, ownMark, refuseExisting, writeAll } from './files';
import { newWorkbookBytes } from './newWorkbook';

/** Counties listed on the terminal after a run; the workbook has them all. */
const LISTED_COUNTIES = 50;

/** Default name of the roll-up workbook, beside the first county. */
export const DEFAULT_ROLLUP_NAME = '区县汇总.xlsx';

/** Runs the command; resolves to the exit status. */
export async function runRollup(args: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseArgs(args, ['--out', '--json'], ['--force']);
  if (positional.length === 0) throw new UsageError(M.noInputs);
  const out = typeof options['--out'] === 'string' ? options['--out'] : await defaultOut(positional[0]);
  const json = typeof options['--json'] === 'string' ? options['--json'] : null;
  const outputs = json === null ? [out] : [out, json];
  const { files, ids } = await expandInputs(positional, outputs);
  if (files.length === 0) throw new UsageError(M.noInputs);
  // Every output checked against every county workbook, named or found in a folder, before any is evaluated.
  const targets = await checkOutputs(ids, outputs);
  refuseExisting(
    [
      { given: out, typed: typeof options['--out'] === 'string', own: { zip: ownMark('rollup') } },
      ...(json === null ? [] : [{ given: json, typed: true, own: { jsonKeys: ['counties'] } }]),
    ],
    options['--force'] === true,
  );

  const outcomes = await evaluateCounties(files, threadCount(io, files.length));
  const rollup = buildRollup(outcomes);
  if (rollup.usable === 0) throw new UsageError(M.nothingUsable(files.length));

  const written = [
    {
      out: targets[0],
      content: bytesContent(
        markedZip(await newWorkbookBytes(buildRollupSheets(rollup), runTime(io)), ownMark('rollup')),
      ),
    },
  ];
  if (json !== null) written.push({ out: targets[1], content: jsonContent(rollupJson(rollup)) });
  await writeAll(written);
  io.out(M.rollupDone(rollup.usable, outcomes.length - rollup.usable));
  // A city's counties are listed one per line; a province's or the nation's only in the workbook.
  for (const c of outcomes.slice(0, LISTED_COUNTIES)) {
    const name = 'summary' in c ? c.summary.county || c.file : c.file;
    io.out(M.rollupCountyLine(name, 'summary' in c ? VERDICT_WORDS[c.summary.verdict] : M.unreadable));
  }
  if (outcomes.length > LISTED_COUNTIES) io.out(M.rollupMoreCounties(outcomes.length - LISTED_COUNTIES));
  io.out(M.rollupWritten(out));
  if (json !== null) io.out(M.rollupJsonWritten(json));
  return 0;
}

/** `区县汇总.xlsx` in the folder given first, or beside the first workbook. */
async function defaultOut(first: string): Promise<string> {
  const isDir = await fs.stat(first).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return path.join(isDir ? first : path.dirname(first), DEFAULT_ROLLUP_NAME);
}

/** Threads to use: one per core (`JUNHENG_THREADS` overrides), never more than there are workbooks. */
export function threadCount(io: CliIo, files: number): number {
  const fixed = Number(io.env.JUNHENG_THREADS);
  const cores = Number.isInteger(fixed) && fixed > 0 ? fixed : os.availableParallelism();
  return Math.max(1, Math.min(cores, files));
}

/** Evaluates every workbook, in parallel when `threads` > 1; the outcomes come back in input order. */
export async function evaluateCounties(files: string[], threads: number): Promise<CountyOutcome[]> {
  const workerFile = path.join(__dirname, 'rollupWorker.js');
  // Under the TypeScript test runner there is no compiled worker; the same code then runs in this thread.
  if (threads <= 1 || !existsSync(workerFile)) {
    const outcomes: CountyOutcome[] = [];
    for (const f of files) outcomes.push(await evaluateCountyFile(f));
    return outcomes;
  }
  const outcomes: CountyOutcome[] = new Array<CountyOutcome>(files.length);
  const queue = { next: 0 };
  await Promise.all(Array.from({ length: threads }, () => drain(workerFile, files, outcomes, queue)));
  return outcomes;
}

/**
 * One worker taking files off the shared queue until it is empty. A worker that dies (a county too large for its
 * heap) fails only the file it held: that file is listed with the reason and a fresh worker takes the rest.
 */
function drain(workerFile: string, files: string[], outcomes: CountyOutcome[], queue: { next: number }): Promise<void> {
  return new Promise((resolve) => {
    let current = -1;
    let worker = start();
    function start(): Worker {
      const w = new Worker(workerFile);
      w.on('message', (m: { index: number; outcome: CountyOutcome }) => {
        outcomes[m.index] = m.outcome;
        feed();
      });
      w.on('error', (e) => {
        if (current >= 0) outcomes[current] = { file: files[current], error: C.unreadable(files[current], e.message) };
        worker = start();
        feed();
      });
      return w;
    }
    function feed(): void {
      if (queue.next >= files.length) {
        current = -1;
        void worker.terminate().then(() => resolve());
        return;
      }
      current = queue.next++;
      worker.postMessage({ index: current, file: files[current] });
    }
    feed();
  });
}
