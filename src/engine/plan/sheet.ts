/**
 * The `创建规划` sheet (PLAN.md §7): totals by year and by action, the additions school by school, each part's
 * indicators before and after, each coefficient before and after with its limit, what is left unmet and the settings
 * used. Built with the output sheets' SheetBuilder, so it prints like them (A4 landscape, one page wide).
 */
import { INDICATORS } from '../compute/indicators';
import { COEFFICIENT_WORDS, VERDICT_WORDS } from '../messages/output';
import { PLAN_ACTION_WORDS, planMessages as M, planSheetMessages as S, planStageWord } from '../messages/plan';
import { FORMATS, SheetBuilder, type FillKind } from '../output/sheetBuilder';
import type { Verdict } from '../result';
import type { SheetSpec } from '../sheetSpec';
import type { Plan, PlanPart } from './types';

const COLS = S.partsHeader.length;
const FILL: Record<string, FillKind | undefined> = { pass: 'pass', fail: 'fail', incomplete: 'missing' };

/** Writes a table's caption, header and bordered body from `start`; returns the next free row. */
function table(b: SheetBuilder, start: number, title: string, header: readonly string[], rows: number): number {
  b.caption(start, title, COLS);
  b.header(start + 1, header);
  b.box(start + 1, 0, rows + 1, header.length);
  return start + 2;
}

function byYear(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.byYearTitle, S.byYearHeader, plan.byYear.length + 1);
  b.merge(r0 + 1, 4, 1, COLS - 4);
  b.box(r0 + 1, 4, plan.byYear.length + 2, COLS - 4);
  for (const y of plan.byYear) {
    b.row(r, [y.year]);
    b.set(r, 1, y.cost, { format: FORMATS.money });
    b.row(r, [y.passingParts, y.parts, y.newlyPassing.join('、') || null], {}, 2);
    b.merge(r, 4, 1, COLS - 4);
    r++;
  }
  b.set(r, 0, S.totalRow, { bold: true });
  b.set(r, 1, plan.total, { format: FORMATS.money, bold: true });
  return r + 2;
}

function byAction(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.byActionTitle, S.byActionHeader, Math.max(1, plan.byAction.length));
  if (plan.byAction.length === 0) b.set(r++, 0, S.noAdditions);
  for (const a of plan.byAction) {
    b.row(r, [PLAN_ACTION_WORDS[a.action].name, a.amount, a.unit]);
    b.set(r, 3, a.cost, { format: FORMATS.money });
    r++;
  }
  return r + 1;
}

function additions(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.additionsTitle, S.additionsHeader, Math.max(1, plan.additions.length));
  if (plan.additions.length === 0) b.set(r++, 0, S.noAdditions);
  for (const a of plan.additions) {
    const w = PLAN_ACTION_WORDS[a.action];
    b.row(r, [a.code, a.name, w.name, a.stage ? planStageWord(a.stage) : null, a.amount, a.unit, a.year]);
    b.set(r, 7, a.cost, { format: FORMATS.money });
    r++;
  }
  return r + 1;
}

/** One row of a part at one moment. */
function partRow(b: SheetBuilder, r: number, p: PlanPart, when: 'before' | 'after'): void {
  const s = p[when];
  b.row(r, [p.code, p.name, planStageWord(p.stage), when === 'before' ? S.beforeWord : S.afterWord]);
  b.set(r, 4, when === 'after' ? p.students : null);
  INDICATORS.forEach((d, k) => b.set(r, 5 + k, s.values[d.id], { format: FORMATS.value }));
  b.set(r, 12, s.passCount);
  b.set(r, 13, VERDICT_WORDS[s.verdict as Verdict] ?? s.verdict, { fill: FILL[s.verdict] });
}

function parts(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.partsTitle, S.partsHeader, plan.parts.length * 2);
  for (const p of plan.parts) {
    partRow(b, r++, p, 'before');
    partRow(b, r++, p, 'after');
  }
  return r + 1;
}

function coefficients(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.coefficientsTitle, S.coefficientsHeader, plan.coefficients.length);
  for (const c of plan.coefficients) {
    b.row(r, [planStageWord(c.stage), c.id]);
    b.set(r, 2, c.before, { format: FORMATS.cv });
    b.set(r, 3, c.after, { format: FORMATS.cv });
    b.set(r, 4, c.limit, { format: FORMATS.limit });
    const word =
      c.after === null
        ? COEFFICIENT_WORDS.none
        : c.after <= c.limit + 1e-9
          ? COEFFICIENT_WORDS.pass
          : COEFFICIENT_WORDS.fail;
    b.set(r, 5, word, { fill: c.after === null ? 'missing' : c.after <= c.limit + 1e-9 ? 'pass' : 'fail' });
    r++;
  }
  return r + 1;
}

function unmet(b: SheetBuilder, r0: number, plan: Plan): number {
  b.caption(r0, S.unmetTitle, COLS);
  const lines = plan.unmet.length > 0 ? plan.unmet.map((u, i) => `${i + 1}. ${u}`) : [S.noUnmet];
  lines.forEach((line, i) => {
    b.set(r0 + 1 + i, 0, line);
    b.merge(r0 + 1 + i, 0, 1, COLS);
  });
  return r0 + lines.length + 2;
}

function settings(b: SheetBuilder, r0: number, plan: Plan): number {
  let r = table(b, r0, S.settingsTitle, S.settingsHeader, plan.settings.length);
  for (const s of plan.settings) {
    const [label, unit] = M.settingLabels[s.key];
    const value =
      typeof s.value === 'boolean'
        ? s.value
          ? M.yes
          : M.no
        : s.value === null
          ? S.none
          : s.key === 'transferShare'
            ? s.value * 100
            : s.value;
    b.row(r, [label, value, unit, s.fromSheet ? M.sourceSheet : M.sourceDefault]);
    r++;
  }
  b.set(r, 0, M.costNote);
  b.merge(r, 0, 1, COLS);
  return r + 1;
}

/** The `创建规划` sheet of a plan. */
export function buildPlanSheet(plan: Plan, county: string): SheetSpec {
  const b = new SheetBuilder(M.sheets.output);
  b.title(S.title(county, plan.targetYear), COLS);
  const gap = `${(plan.gap * 100).toFixed(2)}%`;
  b.set(1, 0, S.summary(plan.total.toFixed(2), gap, plan.seconds.toFixed(1), plan.cutRounds));
  b.merge(1, 0, 1, COLS);
  let r = 3;
  for (const section of [byYear, byAction, additions, parts, coefficients, unmet, settings]) r = section(b, r, plan);
  return b.build([12, 18, 16, 8, 8, 8, 8, 8, 8, 8, 9, 8, 8, 10]);
}
