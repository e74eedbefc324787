/**
 * The planner's benchmark (issue 19 §7): generated counties of 300 and 10,000 schools planned with HiGHS, against the
 * goals of 5 s and 60 s on this machine, with the proven gap and the cut rounds. The anchor is `evaluate` on the same
 * county in the same run: the ratio says what planning costs over an evaluation.
 *
 *   npm run bench:plan              300 and 10,000 schools
 *   npm run bench:plan -- 300       chosen sizes
 */
import { performance } from 'node:perf_hooks';
import { SHEETS } from '../src/engine/columns';
import { evaluate } from '../src/engine/evaluate';
import { planCounty } from '../src/engine/plan';
import type { WorkbookInput } from '../src/engine/types';
import { highsSolver } from '../src/plan-solver/highs';
import { benchCountyRows, benchHeaders, generateSchools } from './county';

const GOAL_SECONDS: Record<number, number> = { 300: 5, 10000: 60 };

/** A generated county of `n` schools as grids. */
function countyOf(n: number): WorkbookInput {
  const rows = generateSchools(n).map((s) => s.row);
  return {
    sheets: [
      { name: SHEETS.school, values: [benchHeaders(), ...rows] },
      { name: SHEETS.county, values: benchCountyRows() },
    ],
  };
}

async function run(n: number): Promise<void> {
  const book = countyOf(n);
  const e0 = performance.now();
  const evaluated = evaluate(book);
  const evaluateMs = performance.now() - e0;
  if (!evaluated.ok) throw new Error(evaluated.reason);
  const t0 = performance.now();
  const out = await planCounty(book, { solver: highsSolver() });
  const planMs = performance.now() - t0;
  if (!out.ok) throw new Error(out.reason);
  const p = out.plan;
  const goal = GOAL_SECONDS[n];
  const parts = p.parts.length;
  console.log(
    `${n} schools (${parts} parts): plan ${(planMs / 1000).toFixed(2)} s` +
      (goal ? ` (goal ≤ ${goal} s: ${planMs / 1000 <= goal ? 'met' : 'NOT met'})` : '') +
      `, evaluate ${evaluateMs.toFixed(0)} ms, ratio ${(planMs / evaluateMs).toFixed(1)}×; ` +
      `total ${p.total.toFixed(2)} 万元, gap ${(p.gap * 100).toFixed(3)}%, cut rounds ${p.cutRounds}, unmet ${p.unmet.length}`,
  );
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  // The solver's WebAssembly is loaded once before timing, as a long-running pane would have it.
  await run(20);
  for (const n of sizes.length > 0 ? sizes : [300, 10000]) await run(n);
}

void main();
