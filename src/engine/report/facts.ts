/**
 * The facts the report states, one function per fact, each derived from the evaluation result (and, where the
 * result keeps only codes, the school rows behind them). Every sentence, table and list that prints a count takes
 * it from here, so the same fact is the same number wherever it is printed.
 */
import { SCHOOL_COLUMNS } from '../columns';
import type { School, SchoolNumericField, Stage } from '../model';
import { INDICATOR_IDS, type IndicatorId, type ItemResult, type PartResult } from '../result';
import { scopeRules } from '../compute/parts';
import { schoolFacts } from '../compute/schoolItems';
import type { ReportContext } from './context';

export const STAGES: readonly Stage[] = ['primary', 'junior'];

/** Pass, fail and cannot-be-judged-yet kept apart. */
export interface Tally {
  total: number;
  pass: number;
  fail: number;
  undecided: number;
}

/** Included school parts, the unit every count of 资源配置 uses. */
export function includedParts(ctx: ReportContext): PartResult[] {
  return ctx.result.parts.filter((p) => p.included);
}

/** Included parts of one 学段, or of both when `stage` is left out. */
export function partsOf(ctx: ReportContext, stage?: Stage): PartResult[] {
  return includedParts(ctx).filter((p) => stage === undefined || p.stage === stage);
}

/** How many included parts (of a 学段) pass, fail or cannot be judged yet under the per-school rule. */
export function partTally(ctx: ReportContext, stage?: Stage): Tally {
  const list = partsOf(ctx, stage);
  const pass = list.filter((p) => p.verdict === 'pass').length;
  const fail = list.filter((p) => p.verdict === 'fail').length;
  return { total: list.length, pass, fail, undecided: list.length - pass - fail };
}

export const isCombinedType = (type: string | null | undefined): boolean =>
  type === '九年一贯制' || type === '十二年一贯制';

/** A part as the report names it: "X学校小学部" for a combined school, the school's name otherwise. */
export function partName(p: { name: string; type: string; stage: Stage }): string {
  return isCombinedType(p.type) ? `${p.name}${p.stage === 'primary' ? '小学' : '初中'}部` : p.name;
}

/** What a 学段's count is made of; the kinds add up to `total`. */
export interface Composition {
  total: number;
  /** [kind, count] in the order the report writes them, empty kinds included. */
  kinds: [CompositionKind, number][];
}

export type CompositionKind = '单设小学' | '单设初中' | '九年一贯制' | '十二年一贯制' | '完全中学' | '校区' | '校点';

/** The kind of an included part: a 小学 row named as a 校区 is a campus counted as its own unit (不含本部). */
function kindOf(p: PartResult): CompositionKind {
  if (p.type === '教学点') return '校点';
  if (p.type === '小学') return p.name.includes('校区') ? '校区' : '单设小学';
  if (p.type === '初中') return '单设初中';
  return p.type as CompositionKind;
}

const KINDS: Readonly<Record<Stage, readonly CompositionKind[]>> = {
  primary: ['单设小学', '九年一贯制', '十二年一贯制', '校区', '校点'],
  junior: ['单设初中', '完全中学', '九年一贯制', '十二年一贯制'],
};

/** The included parts of a 学段 by school type: 单设, 九年一贯制, 十二年一贯制, 完全中学, 校区, 校点 each apart. */
export function composition(ctx: ReportContext, stage: Stage): Composition {
  const list = partsOf(ctx, stage);
  const kinds = KINDS[stage].map((k) => [k, list.filter((p) => kindOf(p) === k).length] as [CompositionKind, number]);
  return { total: list.length, kinds };
}

/** The label of a school figure's column (教学仪器设备值), from the template's vocabulary. */
function fieldLabel(key: SchoolNumericField): string {
  return SCHOOL_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/** The blank or unusable figures behind a part's missing indicators: the source cells whose figure is missing. */
function missingFields(school: School | undefined, cells: readonly string[]): string[] {
  if (!school) return [];
  const out: string[] = [];
  for (const cell of cells) {
    const letters = cell.replace(/\d+$/, '');
    const entry = Object.entries(school.layout.fields).find(([, l]) => l === letters);
    if (!entry) continue;
    const key = entry[0] as SchoolNumericField;
    if (school.fields[key] === null) out.push(fieldLabel(key));
  }
  return out;
}

/** An included part that cannot be judged yet, with the figures it lacks (or its indicators, when none is known). */
export interface UndecidedPart {
  name: string;
  stage: Stage;
  missing: string[];
}

/** The undecided parts in sheet order, each with what is missing. */
export function undecidedParts(ctx: ReportContext): UndecidedPart[] {
  return includedParts(ctx)
    .filter((p) => p.verdict === 'incomplete')
    .map((p) => {
      const ids = INDICATOR_IDS.filter((id) => p.indicators[id].status === 'missing');
      const school = ctx.schoolsByCode.get(p.code);
      const fields = [...new Set(ids.flatMap((id) => missingFields(school, p.indicators[id].sources)))];
      return { name: partName(p), stage: p.stage, missing: fields.length > 0 ? fields : ids.map((id) => id) };
    });
}

/** A 学段's 7 coefficients against the limit: pass when all 7 are within it, fail when any is above it. */
export interface StageBalance {
  verdict: 'pass' | 'fail' | 'undecided';
  above: IndicatorId[];
  uncomputable: IndicatorId[];
}

/** The verdict of one 学段's coefficients. */
export function stageBalance(ctx: ReportContext, stage: Stage): StageBalance {
  const c = ctx.result.coefficients[stage];
  const above = INDICATOR_IDS.filter((id) => c[id].pass === false);
  const uncomputable = INDICATOR_IDS.filter((id) => c[id].pass === null);
  const verdict = above.length > 0 ? 'fail' : uncomputable.length > 0 ? 'undecided' : 'pass';
  return { verdict, above, uncomputable };
}

/** A school-by-school item (G4, G5, G6, Q4) on the engine's schools: those failing it, by code. */
export function failingSchools(ctx: ReportContext, item: ItemResult): School[] {
  return (item.failing ?? []).map((c) => ctx.schoolsByCode.get(c)).filter((s): s is School => s !== undefined);
}

/**
 * The schools G3, G4, G5 and Q4 look at, by the engine's own scope rule (every compulsory school with compulsory
 * students, 公办 and 民办 alike, except 特教/职业 and 教学点 below the 资源配置 floor).
 */
export function itemSchools(ctx: ReportContext): School[] {
  const facts = schoolFacts(ctx.input.schools, scopeRules(ctx.settings));
  return ctx.input.schools.filter((_, i) => facts.itemScope[i] === 1);
}

/** The schools of G4's scope whose size is unknown (a blank student count): G4 cannot judge them yet. */
export function schoolsOfUnknownSize(ctx: ReportContext): School[] {
  const facts = schoolFacts(ctx.input.schools, scopeRules(ctx.settings));
  return ctx.input.schools.filter((_, i) => facts.itemScope[i] === 1 && Number.isNaN(facts.compulsory[i]));
}

/** The school types as the report names them, in the order it lists them. */
export const SCHOOL_TYPE_ORDER = ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点'] as const;
export const SCHOOL_TYPE_WORDS: Readonly<Record<string, string>> = {
  小学: '单设小学',
  初中: '单设初中',
  九年一贯制: '九年一贯制学校',
  十二年一贯制: '十二年一贯制学校',
  完全中学: '完全中学',
  教学点: '教学点',
};

/** Schools counted by type, 九年一贯制 and 十二年一贯制 and 完全中学 each apart; [type, count] with count > 0. */
export function schoolsByType(schools: readonly School[]): [string, number][] {
  return SCHOOL_TYPE_ORDER.map((t) => [t, schools.filter((s) => s.type === t).length] as [string, number]).filter(
    ([, n]) => n > 0,
  );
}

/**
 * G3 per school part, as the report counts schools (北碚 counts 54 + 22 = 76 parts): a part fails with its school;
 * it is undecided when its school lacks a figure G3 needs (the class count of a 学段 it has, or the ≥96 m² / ≥90 m²
 * room counts), which is the engine's own rule for 待填报.
 */
export function g3PartOutcome(ctx: ReportContext, item: ItemResult, p: PartResult): 'pass' | 'fail' | 'undecided' {
  if ((item.failing ?? []).includes(p.code)) return 'fail';
  const s = ctx.schoolsByCode.get(p.code);
  if (!s) return 'undecided';
  const stages = partsOf(ctx).filter((x) => x.code === p.code);
  const classesBlank = stages.some(
    (x) => s.fields[x.stage === 'primary' ? 'primaryClasses' : 'juniorClasses'] === null,
  );
  return classesBlank || s.fields.music96 === null || s.fields.art90 === null ? 'undecided' : 'pass';
}

/** G3 by build year on the included parts: [≤ year, > year, year unknown] tallies. */
export function g3Tallies(ctx: ReportContext, item: ItemResult, year: number): [Tally, Tally, Tally] {
  const make = (f: (built: number | null) => boolean): Tally => {
    const list = includedParts(ctx).filter((p) => f(ctx.schoolsByCode.get(p.code)?.builtYear ?? null));
    const outs = list.map((p) => g3PartOutcome(ctx, item, p));
    const pass = outs.filter((o) => o === 'pass').length;
    const fail = outs.filter((o) => o === 'fail').length;
    return { total: list.length, pass, fail, undecided: list.length - pass - fail };
  };
  return [make((b) => b !== null && b <= year), make((b) => b !== null && b > year), make((b) => b === null)];
}

/** The sum of tallies. */
export function addTallies(list: readonly Tally[]): Tally {
  return list.reduce(
    (a, t) => ({
      total: a.total + t.total,
      pass: a.pass + t.pass,
      fail: a.fail + t.fail,
      undecided: a.undecided + t.undecided,
    }),
    { total: 0, pass: 0, fail: 0, undecided: 0 },
  );
}

/** A 履职 check of the evaluation by key (F1, I3.校园网); null when the workbook has no such figure. */
export function duty(ctx: ReportContext, key: string): { value: number; previous: number | null } | null {
  const d = (ctx.result.duties ?? []).find((x) => x.key === key);
  if (!d || d.value === null) return null;
  return { value: d.value, previous: d.previous };
}

/** A 整改台账 action as the report writes it: no spaces or digit grouping, 平方米 for m², 万元 trimmed. */
export function actionText(action: string): string {
  return (
    action
      .replace(/\s+/g, '')
      .replace(/(\d),(?=\d{3})/g, '$1')
      .replace(/m²/g, '平方米')
      // Money as the report writes 万元 everywhere: trailing zeros dropped (7.0万元 → 7万元).
      .replace(/(\d+)\.0+(?=万元)/g, '$1')
      .replace(/(\d+\.\d*[1-9])0+(?=万元)/g, '$1')
  );
}
