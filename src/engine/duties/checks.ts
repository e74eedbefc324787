/**
 * The 履职 checks of DUTIES.md §1.3, declared once as a table: each row says what figure it computes (from
 * `履职数据` or a figure shared with the 优质均衡 inputs) and its default rule. `runDutyCheck` (runner.ts) is the one
 * runner for all of them; nothing about a check is written anywhere else.
 */
import { dutiesMessages as M } from '../messages/duties';
import type { DutyFormat } from './format';
import { DISABLED_CATEGORIES, DUTY_STAGES, stageKey, type DutyStage, type DutyYear } from './items';
import type { FundedSchool, Inputs, SharedFigure, SharedFigures } from './inputs';
import type { DutyOptions, DutyRuleDefaults } from './rules';

/** What a check computed; the runner turns it into a verdict. */
export interface DutyFigures {
  value: number | null;
  previous?: number | null;
  older?: number | null;
  /** H1 cumulative: the base year's rate and the years since it. */
  base?: number | null;
  years?: number | null;
  /** The figure the operator compares when it is not the value itself (T1: teachers' minus civil servants' pay). */
  measure?: number | null;
  /** Words shown as the standard when it comes from the data (T1: the civil servants' pay). */
  standardText?: string;
  basis: string;
  /** Which figure was used when it is shared with the 优质均衡 inputs. */
  source?: string;
  /** The value as shown when it is not a plain rate or amount: a count of schools (`72/73 所`), a wage per year. */
  valueText?: string;
  /** The gap of a 未达标 check in its own terms (`5 条未整改`, `1 所未达到定额`) instead of a difference in points. */
  gapText?: string;
  /** The year `previous` belongs to when it is not last year (H1 累计: the base year). */
  previousYear?: number;
}

export interface DutyContext {
  shared: SharedFigures;
  options: DutyOptions;
  fmt: DutyFormat;
}

/** rate: a fraction shown as %; amount: a quantity in `unit`; points: a difference already in percentage points. */
export type DutyKind = 'rate' | 'amount' | 'points';

export interface DutyCheckDef {
  key: string;
  id: string;
  stage: string | null;
  name: string;
  kind: DutyKind;
  unit: string;
  defaults: DutyRuleDefaults;
  compute: (inp: Inputs, ctx: DutyContext) => DutyFigures;
}

const rule = (
  op: DutyRuleDefaults['op'],
  threshold: number | null,
  source: string,
  info = false,
): DutyRuleDefaults => ({ op, threshold, enabled: true, info, source });

/** a ÷ b, or null when either is missing or b is not positive. */
function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b;
}

/** A figure of one item in two years (F1, H1, activity counts): the value and last year's, both recorded. */
function twoYears(key: string, unit: string, kind: DutyKind) {
  return (inp: Inputs, ctx: DutyContext): DutyFigures => {
    const value = inp.use(key, 'now');
    const previous = inp.use(key, 'prev');
    const show = (x: number | null): string =>
      x === null ? M.blank : kind === 'rate' ? ctx.fmt.pct(x) : `${ctx.fmt.num(x)}${unit}`;
    return { value, previous, basis: M.twoYears(show(value), show(previous)) };
  };
}

/** A figure entered as it is (a rate of schools, a level): last year's is shown when given, never required. */
function level(key: string) {
  return (inp: Inputs, ctx: DutyContext): DutyFigures => {
    const value = inp.use(key, 'now');
    return { value, previous: inp.peek(key, 'prev'), basis: value === null ? M.blank : M.entered(ctx.fmt.pct(value)) };
  };
}

/** Σ numerator items ÷ denominator item, in one year. */
function shareOf(numKeys: readonly string[], denKey: string, year: DutyYear, inp: Inputs, ctx: DutyContext) {
  const parts = numKeys.map((k) => inp.use(k, year));
  const den = inp.use(denKey, year);
  if (parts.some((p) => p === null) || den === null) return { value: null, basis: M.blank };
  const num = (parts as number[]).reduce((a, b) => a + b, 0);
  const value = ratio(num, den);
  const top = parts.length > 1 ? `(${parts.map((p) => ctx.fmt.num(p as number)).join('+')})` : ctx.fmt.num(num);
  if (value === null) return { value: null, basis: M.zeroDenominator(DUTY_LABEL(denKey)) };
  return { value, basis: `${top} ÷ ${ctx.fmt.num(den)} = ${ctx.fmt.pct(value)}` };
}

const DUTY_LABEL = (key: string): string => M.itemLabel(key);

/** A share in the data year, with last year's shown when both its inputs are there. */
function share(numKeys: readonly string[], denKey: string) {
  return (inp: Inputs, ctx: DutyContext): DutyFigures => {
    const now = shareOf(numKeys, denKey, 'now', inp, ctx);
    const prevNum = numKeys.map((k) => inp.peek(k, 'prev'));
    const prev = prevNum.some((p) => p === null)
      ? null
      : ratio(
          (prevNum as number[]).reduce((a, b) => a + b, 0),
          inp.peek(denKey, 'prev'),
        );
    return { value: now.value, previous: prev, basis: now.basis };
  };
}

/** Amount per student (中职 生均用地, 生均校舍). */
function perStudent(areaKey: string, studentsKey: string, unit: string) {
  return (inp: Inputs, ctx: DutyContext): DutyFigures => {
    const area = inp.use(areaKey);
    const n = inp.use(studentsKey);
    const value = ratio(area, n);
    if (area === null || n === null) return { value: null, basis: M.blank };
    if (value === null) return { value: null, basis: M.zeroDenominator(DUTY_LABEL(studentsKey)) };
    return { value, basis: `${ctx.fmt.num(area)}${unit} ÷ ${ctx.fmt.num(n)}人 = ${ctx.fmt.num(value)}${unit}` };
  };
}

/** 生均一般公共预算教育经费 of a 学段 in one year: 经费 ÷ 在校生 when both are given, else the 生均 row. */
function perPupil(
  inp: Inputs,
  stage: DutyStage,
  year: DutyYear,
  ctx: DutyContext,
): { value: number | null; text: string } {
  const spend = stageKey('spend', stage);
  const students = stageKey('students', stage);
  const direct = stageKey('perPupil', stage);
  if (inp.peek(spend, year) === null || inp.peek(students, year) === null) {
    if (inp.peek(direct, year) !== null) {
      const v = inp.use(direct, year) as number;
      return { value: v, text: `${ctx.fmt.num(v)}元` };
    }
  }
  const e = inp.use(spend, year);
  const n = inp.use(students, year);
  const v = e === null || n === null || n <= 0 ? null : (e * 10000) / n;
  if (v === null || e === null || n === null) return { value: null, text: M.blank };
  return { value: v, text: `${ctx.fmt.num(e)}万元 ÷ ${ctx.fmt.num(n)}人 = ${ctx.fmt.num(v)}元` };
}

function f2(stage: DutyStage): DutyCheckDef {
  return {
    key: `F2.${stage}`,
    id: 'F2',
    stage,
    name: M.checkName.F2,
    kind: 'amount',
    unit: '元/生',
    defaults: rule('不低于上年', null, M.sources.F1),
    compute: (inp, ctx) => {
      const now = perPupil(inp, stage, 'now', ctx);
      const prev = perPupil(inp, stage, 'prev', ctx);
      return { value: now.value, previous: prev.value, basis: M.twoYears(now.text, prev.text) };
    },
  };
}

/** F3: growth of 教育支出 minus growth of 经常性收入, in percentage points. */
function f3(inp: Inputs, ctx: DutyContext): DutyFigures {
  const e1 = inp.use('eduSpending', 'now');
  const e0 = inp.use('eduSpending', 'prev');
  const r1 = inp.use('recurrentRevenue', 'now');
  const r0 = inp.use('recurrentRevenue', 'prev');
  if (e1 === null || e0 === null || r1 === null || r0 === null || e0 <= 0 || r0 <= 0) {
    return { value: null, basis: M.blank };
  }
  const ge = (e1 / e0 - 1) * 100;
  const gr = (r1 / r0 - 1) * 100;
  return { value: ge - gr, basis: M.f3(ctx.fmt.num(ge), ctx.fmt.num(gr), ctx.fmt.num(ge - gr)) };
}

/** S1: 已整改 ÷ 排查发现; a shortfall is told as the hazards still open. */
function s1(inp: Inputs, ctx: DutyContext): DutyFigures {
  const f = share(['hazardsFixed'], 'hazardsFound')(inp, ctx);
  const found = inp.peek('hazardsFound');
  const fixed = inp.peek('hazardsFixed');
  return found === null || fixed === null ? f : { ...f, gapText: M.s1Gap(found - fixed) };
}

/** The number of students a school is funded for under the small-school bands. */
export function fundedStudents(n: number, bands: DutyOptions['bands']): number {
  const band = bands.find((b) => n >= b.from && n < b.to);
  return band ? Math.max(n, band.as) : n;
}

/** The 公用经费 a school must budget (元): 特教 at its own rate, others by 学段 with the small-school bands. */
function fundingNeeded(s: FundedSchool, n: number, o: DutyOptions): number {
  if (s.special) return n * o.specialRate;
  // A small school's floor is shared between its 学段 in proportion to their students.
  const scale = fundedStudents(n, o.bands) / n;
  return ((s.primary ?? 0) * o.primaryRate + (s.junior ?? 0) * o.juniorRate + (s.senior ?? 0) * o.seniorRate) * scale;
}

/**
 * F4: every school's 公用经费预算 against the 定额 of its 学段 (fundingNeeded). A school with a 高中部 budgets for its
 * 高中 pupils too, so they count at the 高中 定额.
 */
function f4(inp: Inputs, ctx: DutyContext): DutyFigures {
  let checked = 0;
  const failing: string[] = [];
  for (const s of ctx.shared.schools) {
    const n = (s.primary ?? 0) + (s.junior ?? 0) + (s.senior ?? 0);
    if (s.budget === null || (s.primary === null && s.junior === null) || n <= 0) continue;
    checked++;
    const needed = fundingNeeded(s, n, ctx.options);
    const budget = s.budget * 10000;
    if (budget < needed - 1e-6) {
      failing.push(M.f4School(s.name, ctx.fmt.num(budget), ctx.fmt.num(needed)));
      inp.cells.push(s.ref);
    }
  }
  if (checked === 0) {
    inp.missing.now.push(M.f4NoSchools);
    return { value: null, basis: M.blank };
  }
  const ok = checked - failing.length;
  return {
    value: ok / checked,
    valueText: M.schoolCount(ok, checked),
    gapText: M.f4Gap(failing.length),
    basis: M.f4(ok, checked, failing),
    source: M.schoolSheetSource,
  };
}

/** E1's categories: from `履职数据` when its total is there, else the four figures of 区县数据. */
function e1(inp: Inputs, ctx: DutyContext): DutyFigures {
  const { enrolNumerator, enrolExcluded } = ctx.options;
  const keyOf = (w: string): string => DISABLED_CATEGORIES.find((c) => c.word === w)?.key ?? w;
  if (inp.peek('disabled.total') === null && ctx.shared.disabledTotal.value !== null) return e1Shared(inp, ctx);
  const total = inp.use('disabled.total');
  const top = enrolNumerator.map((w) => inp.use(keyOf(w)));
  const out = enrolExcluded.map((w) => inp.use(keyOf(w)));
  if (total === null || top.some((x) => x === null) || out.some((x) => x === null)) {
    return { value: null, basis: M.blank };
  }
  const num = (top as number[]).reduce((a, b) => a + b, 0);
  const den = total - (out as number[]).reduce((a, b) => a + b, 0);
  if (den <= 0) return { value: null, basis: M.zeroDenominator(M.e1Denominator) };
  const value = num / den;
  const f = ctx.fmt;
  const denText = [total, ...(out as number[])].map((x) => f.num(x)).join('−');
  const numText = (top as number[]).map((x) => f.num(x)).join('+');
  return {
    value,
    basis: `(${numText}) ÷ (${denText}) = ${f.num(num)} ÷ ${f.num(den)} = ${f.pct(value)}`,
  };
}

/** E1 from 区县数据 (优质均衡 Q2's figures): no exclusion categories there, so the denominator is the total. */
function e1Shared(inp: Inputs, ctx: DutyContext): DutyFigures {
  const sh = ctx.shared;
  const byWord: Record<string, SharedFigure> = {
    特校就读: sh.disabledSpecial,
    随班就读: sh.disabledInclusive,
    送教上门: sh.disabledHome,
  };
  const total = inp.shared(sh.disabledTotal, M.itemLabel('disabled.total'));
  const words = ctx.options.enrolNumerator.filter((w) => byWord[w] !== undefined);
  const top = words.map((w) => inp.shared(byWord[w], w));
  if (total === null || top.some((x) => x === null)) return { value: null, basis: M.blank, source: M.countySource };
  const num = (top as number[]).reduce((a, b) => a + b, 0);
  const value = ratio(num, total);
  if (value === null) return { value: null, basis: M.zeroDenominator(M.e1Denominator), source: M.countySource };
  const f = ctx.fmt;
  return {
    value,
    basis: `(${(top as number[]).map((x) => f.num(x)).join('+')}) ÷ ${f.num(total)} = ${f.pct(value)}`,
    source: M.countySource,
  };
}

/** H1 cumulative: the fall since the base year's rate, over the years since then. */
function h1Cumulative(inp: Inputs, ctx: DutyContext): DutyFigures {
  const value = inp.use('myopia');
  const base = inp.use('myopiaBase');
  const year = inp.use('dataYear');
  const years = year === null ? null : year - ctx.options.myopiaBaseYear;
  const baseYear = ctx.options.myopiaBaseYear;
  const basis =
    value === null || base === null || years === null
      ? M.blank
      : M.h1Cumulative(baseYear, ctx.fmt.pct(base), year as number, ctx.fmt.pct(value), ctx.fmt.points(base - value));
  // The row compares with the base year, not last year: its 上年 column shows the base year's rate, labelled.
  return { value, previous: base, previousYear: baseYear, base, years, basis };
}

/** One wage and its period: 履职数据 when filled (元/月 or 元/年), else 区县数据 (yearly). */
function wage(inp: Inputs, key: string, shared: SharedFigure): { v: number | null; month: boolean; shared: boolean } {
  if (inp.peek(key) !== null)
    return { v: inp.use(key), month: inp.data.wagePeriods.get(key) === 'month', shared: false };
  if (shared.value !== null) return { v: inp.shared(shared, M.itemLabel(key)), month: false, shared: true };
  return { v: inp.use(key), month: false, shared: false };
}

/** T1: teachers' average pay against civil servants', like with like (a monthly figure is made yearly ×12). */
function t1(inp: Inputs, ctx: DutyContext): DutyFigures {
  const t = wage(inp, 'teacherWage', ctx.shared.teacherWage);
  const c = wage(inp, 'civilWage', ctx.shared.civilWage);
  const source = t.shared || c.shared ? M.countySource : undefined;
  if (t.v === null || c.v === null) return { value: null, basis: M.blank, source, standardText: M.t1Standard('', '') };
  const mixed = t.month !== c.month;
  const tv = mixed && t.month ? t.v * 12 : t.v;
  const cv = mixed && c.month ? c.v * 12 : c.v;
  const unit = t.month && c.month ? '元/月' : '元/年';
  const f = ctx.fmt;
  return {
    value: tv,
    valueText: `${f.num(tv)}${unit}`,
    measure: tv - cv,
    standardText: M.t1Standard(f.num(cv), unit),
    basis: `${M.t1(f.num(tv), f.num(cv), f.num(tv - cv), unit)}${mixed ? M.t1Yearly : ''}`,
    source,
  };
}

/** T2: 教师培训经费 ÷ the base chosen in the rules. */
function t2(inp: Inputs, ctx: DutyContext): DutyFigures {
  const r = shareOf(['trainingFund'], `trainingBase.${ctx.options.trainingBase}`, 'now', inp, ctx);
  return { value: r.value, basis: r.value === null ? r.basis : `${M.t2Base(ctx.options.trainingBase)}：${r.basis}` };
}

/** I1 of a 学段: the school sheet's figure of 资源配置 when there is one, else the 履职数据 row. */
function i1(stage: '小学' | '初中', standard: number): DutyCheckDef {
  return {
    key: `I1.${stage}`,
    id: 'I1',
    stage,
    name: M.checkName.I1,
    kind: 'amount',
    unit: '间',
    defaults: rule('≥', standard, M.sources.I1),
    compute: (inp, ctx) => {
      const fromSchools = ctx.shared.media[stage];
      if (fromSchools.value !== null) {
        const v = inp.shared(fromSchools, M.checkName.I1);
        return { value: v, basis: M.i1Schools(ctx.fmt.num(v as number)), source: M.schoolSheetSource };
      }
      const v = inp.use(`media.${stage}`);
      return { value: v, basis: v === null ? M.blank : M.entered(`${ctx.fmt.num(v)}间`) };
    },
  };
}

const I3_ITEMS = [
  ['I3.校园网', 'campusNet'],
  ['I3.班班通', 'classroomTech'],
  ['I3.学习空间', 'learningSpace'],
] as const;

const COUNTS = [
  ['A1', 'meetings', '次'],
  ['A2', 'lawVicePrincipals', '人'],
  ['A3', 'drills', '次'],
  ['A4', 'patrols', '次'],
] as const;

/** The check table, in the order of the output sheet. */
export const DUTY_CHECKS: readonly DutyCheckDef[] = [
  {
    key: 'F1',
    id: 'F1',
    stage: null,
    name: M.checkName.F1,
    kind: 'amount',
    unit: '万元',
    defaults: rule('不低于上年', null, M.sources.F1),
    compute: twoYears('eduSpending', '万元', 'amount'),
  },
  {
    key: 'F1.总投入',
    id: 'F1',
    stage: null,
    name: M.checkName.F1total,
    kind: 'amount',
    unit: '万元',
    defaults: rule('不低于上年', null, M.sources.F1total, true),
    compute: twoYears('fiscalEduTotal', '万元', 'amount'),
  },
  ...DUTY_STAGES.map(f2),
  {
    key: 'F3',
    id: 'F3',
    stage: null,
    name: M.checkName.F3,
    kind: 'points',
    unit: '个百分点',
    defaults: rule('>', 0, M.sources.F3),
    compute: f3,
  },
  {
    key: 'F4',
    id: 'F4',
    stage: null,
    name: M.checkName.F4,
    kind: 'rate',
    unit: '%',
    defaults: rule('≥', 1, M.sources.F4),
    compute: f4,
  },
  {
    key: 'F5',
    id: 'F5',
    stage: null,
    name: M.checkName.F5,
    kind: 'rate',
    unit: '%',
    defaults: rule('≥', null, M.sources.F5, true),
    compute: share(['eduSpending'], 'publicSpending'),
  },
  rateCheck('P1', M.checkName.P1, share([stageKey('students', '学前')], 'kinderAge'), 0.85, M.sources.P1),
  rateCheck(
    'P2',
    M.checkName.P2,
    share(['kinderPublic', 'kinderInclusive'], stageKey('students', '学前')),
    0.8,
    M.sources.P2,
  ),
  rateCheck('P3', M.checkName.P3, share(['kinderPublic'], stageKey('students', '学前')), 0.5, M.sources.P3),
  rateCheck('E1', M.checkName.E1, e1, 0.97, M.sources.E1),
  {
    ...rateCheck('E2', M.checkName.E2, share(['classes.large'], 'classes.total'), 0.05, M.sources.E2),
    defaults: rule('≤', 0.05, M.sources.E2),
  },
  {
    ...rateCheck('E2.超大', M.checkName.E2super, share(['classes.super'], 'classes.total'), 0.02, M.sources.E2),
    id: 'E2',
    defaults: rule('≤', 0.02, M.sources.E2),
  },
  rateCheck('E3', M.checkName.E3, share(['retention.graduates'], 'retention.entrants'), 0.95, M.sources.E3),
  {
    ...rateCheck('H1', M.checkName.H1, twoYears('myopia', '', 'rate'), null, M.sources.H1),
    defaults: rule('比上年下降不少于', 0.5, M.sources.H1),
  },
  {
    ...rateCheck('H1.累计', M.checkName.H1cumulative, h1Cumulative, null, M.sources.H1),
    id: 'H1',
    defaults: rule('较基准年累计下降不少于', 0.5, M.sources.H1),
  },
  rateCheck('H2', M.checkName.H2, level('fitness'), 0.5, M.sources.H2),
  {
    ...rateCheck('H2.趋势', M.checkName.H2trend, threeYears('fitness'), null, M.sources.H2trend),
    id: 'H2',
    defaults: rule('不连续三年下降', null, M.sources.H2trend),
  },
  rateCheck('H3', M.checkName.H3, level('counselors'), 1, M.sources.H3),
  amountCheck('V1', M.checkName.V1, '㎡', perStudent('vocLand', stageKey('students', '中职'), '㎡'), 33, M.sources.V),
  amountCheck('V2', M.checkName.V2, '㎡', perStudent('vocFloor', stageKey('students', '中职'), '㎡'), 20, M.sources.V),
  { ...amountCheck('T1', M.checkName.T1, '元', t1, 0, M.sources.T1) },
  rateCheck('T2', M.checkName.T2, t2, 0.05, M.sources.T2),
  rateCheck('S1', M.checkName.S1, s1, 1, M.sources.S1),
  i1('小学', 2.3),
  i1('初中', 2.4),
  {
    ...rateCheck('I2', M.checkName.I2, share(['cyberFund'], 'itFund'), null, M.sources.I2),
    defaults: rule('≥', null, M.sources.I2, true),
  },
  ...I3_ITEMS.map(([key, item]) => ({
    ...rateCheck(key, M.itemLabel(item), level(item), 1, M.sources.I3),
    id: 'I3',
  })),
  ...COUNTS.map(([id, item, unit]) => ({
    ...amountCheck(id, M.itemLabel(item), unit, twoYears(item, unit, 'amount'), null, M.sources.counts),
    defaults: rule('不低于上年', null, M.sources.counts, true),
  })),
];

/** 体质健康 in three years, all recorded (the trend rule decides which it needs). */
function threeYears(key: string) {
  return (inp: Inputs, ctx: DutyContext): DutyFigures => {
    const value = inp.use(key, 'now');
    const previous = inp.use(key, 'prev');
    const older = inp.use(key, 'older');
    const show = (x: number | null): string => (x === null ? M.blank : ctx.fmt.pct(x));
    return { value, previous, older, basis: M.threeYears(show(older), show(previous), show(value)) };
  };
}

function rateCheck(
  key: string,
  name: string,
  compute: DutyCheckDef['compute'],
  threshold: number | null,
  source: string,
): DutyCheckDef {
  return { key, id: key, stage: null, name, kind: 'rate', unit: '%', defaults: rule('≥', threshold, source), compute };
}

function amountCheck(
  key: string,
  name: string,
  unit: string,
  compute: DutyCheckDef['compute'],
  threshold: number | null,
  source: string,
): DutyCheckDef {
  return { key, id: key, stage: null, name, kind: 'amount', unit, defaults: rule('≥', threshold, source), compute };
}
