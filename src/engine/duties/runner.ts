/**
 * The one runner of the 履职 checks: computes a check's figures, applies its rule from `履职评价标准` to the
 * unrounded values and words the result. An input that is missing makes the check 未佐证, never a pass.
 */
import { dutiesMessages as M } from '../messages/duties';
import { atLeast, atMost, tolerance } from '../compute/status';
import type { DutyCheckDef, DutyContext, DutyFigures, DutyKind } from './checks';
import { Inputs, type DutyData } from './inputs';
import type { DutyResult, DutyStatus } from './result';
import type { DutyOp, DutyRule } from './rules';
import type { DutyFormat } from './format';

interface Judgement {
  status: DutyStatus;
  standard: number | null;
  gap: string | null;
}

/** The change from last year: percentage points for a rate, a relative % for an amount. */
function changeOf(
  kind: DutyKind,
  value: number | null,
  previous: number | null,
): Pick<DutyResult, 'change' | 'changeUnit'> {
  if (value === null || previous === null || kind === 'points') return { change: null, changeUnit: null };
  if (kind === 'rate') return { change: (value - previous) * 100, changeUnit: 'pp' };
  if (previous <= 0) return { change: null, changeUnit: null };
  return { change: (value / previous - 1) * 100, changeUnit: '%' };
}

/** A fall of `points` percentage points (rates) or units (amounts) below `from`. */
function lowered(kind: DutyKind, from: number, points: number): number {
  return kind === 'rate' ? from - points / 100 : from - points;
}

function missing(inp: Inputs, ...years: ('now' | 'prev' | 'older')[]): Judgement {
  const lacks = years.flatMap((y) => inp.missing[y]);
  return { status: 'missing', standard: null, gap: M.lacks(lacks.length > 0 ? lacks : [M.cannotCompute]) };
}

/** What an operator looks at: the check, its threshold, the figures (value known) and how to word a difference. */
interface Judged {
  def: DutyCheckDef;
  t: number | null;
  f: DutyFigures;
  value: number;
  inp: Inputs;
  fmt: DutyFormat;
  /** A difference in words: percentage points for rates, never a bare "%" that reads as a relative change. */
  diff: (x: number) => string;
}

const NO_THRESHOLD: Judgement = { status: 'missing', standard: null, gap: M.noThreshold };

const verdict = (pass: boolean, standard: number | null, gap: () => string): Judgement => ({
  status: pass ? 'pass' : 'fail',
  standard,
  gap: pass ? null : gap(),
});

/** A level against the threshold (T1 compares the difference it measured, and shows the level it must reach). */
function level(op: '≥' | '≤' | '>') {
  return ({ t, f, value, diff }: Judged): Judgement => {
    if (t === null) return NO_THRESHOLD;
    const subject = f.measure ?? value;
    const pass = op === '≥' ? atLeast(subject, t) : op === '≤' ? atMost(subject, t) : subject > t + tolerance(t);
    const standard = f.measure !== undefined && f.measure !== null ? value - f.measure + t : t;
    return verdict(pass, standard, () => M.gapLevel(op, diff(Math.abs(subject - t))));
  };
}

/** The operators of `履职评价标准`, one row each: nothing about an operator is written anywhere else. */
const OPERATORS: Record<DutyOp, (j: Judged) => Judgement> = {
  '≥': level('≥'),
  '≤': level('≤'),
  '>': level('>'),
  不低于上年: ({ f, value, inp, diff }) => {
    const p = f.previous ?? null;
    if (p === null) return missing(inp, 'prev');
    return verdict(atLeast(value, p), p, () => M.gapBelowLastYear(diff(p - value)));
  },
  比上年下降不少于: ({ def, t, f, value, inp, fmt, diff }) => {
    const p = f.previous ?? null;
    if (p === null) return missing(inp, 'prev');
    if (t === null) return NO_THRESHOLD;
    const target = lowered(def.kind, p, t);
    return verdict(atMost(value, target), target, () => M.gapFall(diff(p - value), fmt.num(t)));
  },
  较基准年累计下降不少于: ({ def, t, f, value, inp, fmt, diff }) => {
    const { base, years } = f;
    if (base === undefined || base === null || years === undefined || years === null) return missing(inp, 'now');
    if (t === null) return NO_THRESHOLD;
    const target = lowered(def.kind, base, t * years);
    return verdict(atMost(value, target), target, () => M.gapCumulative(diff(base - value), fmt.num(t * years), years));
  },
  // Three years of decline fail; a year not below the last passes at once, whatever the year before.
  不连续三年下降: ({ def, f, value, inp, fmt }) => {
    const p = f.previous ?? null;
    if (p === null) return missing(inp, 'prev');
    if (atLeast(value, p)) return verdict(true, null, () => '');
    const o = f.older ?? null;
    if (o === null) return { ...missing(inp, 'older'), gap: M.lacks([M.trendNeedsOlder, ...inp.missing.older]) };
    const show = (x: number): string => shown(def.kind, def.unit, x, fmt);
    return verdict(!(value < p && p < o), null, () => M.gapTrend(show(o), show(p), show(value)));
  },
};

/** Applies the rule to the figures: 未佐证 when the value itself could not be computed. */
function judge(def: DutyCheckDef, rule: DutyRule, f: DutyFigures, inp: Inputs, fmt: DutyFormat): Judgement {
  const { value } = f;
  if (value === null) return missing(inp, 'now', 'prev', 'older');
  const diff = (x: number): string => (def.kind === 'rate' ? fmt.points(x) : shown(def.kind, def.unit, x, fmt));
  return OPERATORS[rule.op]({ def, t: rule.threshold, f, value, inp, fmt, diff });
}

/** A figure in its unit as the report shows it. */
export function shown(kind: DutyKind, unit: string, x: number, fmt: DutyFormat): string {
  if (kind === 'rate') return fmt.pct(x);
  return `${fmt.num(x)}${unit}`;
}

/** The rule in words: `≥97%`, `不低于上年`, `比上年下降不少于0.5个百分点`. */
export function ruleText(def: DutyCheckDef, rule: DutyRule, fmt: DutyFormat): string {
  const t = rule.threshold;
  if (rule.op === '不低于上年' || rule.op === '不连续三年下降') return rule.op;
  if (t === null) return rule.op;
  if (rule.op === '比上年下降不少于' || rule.op === '较基准年累计下降不少于') {
    return `${rule.op}${def.kind === 'rate' ? `${fmt.num(t)}个百分点` : `${fmt.num(t)}${def.unit}`}${rule.op.startsWith('较') ? M.perYear : ''}`;
  }
  const n = def.kind === 'rate' ? `${Number((t * 100).toPrecision(12))}%` : `${fmt.num(t)}${def.unit}`;
  return `${rule.op}${n}`;
}

/**
 * The basis with the arithmetic of the change when the check compares two years and its basis does not already end
 * in it: `本年 208177万元；上年 199958.7万元；208177 ÷ 199958.7 − 1 = +4.11%`.
 */
function withChange(def: DutyCheckDef, f: DutyFigures, change: number | null, fmt: DutyFormat): string {
  const p = f.previous ?? null;
  // H1.累计 words its fall since the base year itself.
  if (change === null || f.value === null || p === null || f.basis === M.blank || f.previousYear !== undefined) {
    return f.basis;
  }
  const arithmetic =
    def.kind === 'rate'
      ? M.rateChange(fmt.pct(f.value), fmt.pct(p), fmt.change(change, 'pp'))
      : M.amountChange(fmt.num(f.value), fmt.num(p), fmt.change(change, '%'));
  return `${f.basis}；${arithmetic}`;
}

/** Runs one check under its rule; null when the rule switches it off. */
export function runDutyCheck(def: DutyCheckDef, rule: DutyRule, data: DutyData, ctx: DutyContext): DutyResult | null {
  if (!rule.enabled) return null;
  const inp = new Inputs(data);
  const f = def.compute(inp, ctx);
  const previous = f.previous ?? null;
  const j: Judgement = rule.info ? { status: 'info', standard: null, gap: null } : judge(def, rule, f, inp, ctx.fmt);
  const change = changeOf(def.kind, f.value, previous);
  const fmt = ctx.fmt;
  const since = f.previousYear === undefined ? '' : M.sinceYear(f.previousYear);
  const text = {
    value: f.value === null ? '' : (f.valueText ?? shown(def.kind, def.unit, f.value, fmt)),
    previous: previous === null ? '' : `${shown(def.kind, def.unit, previous, fmt)}${since}`,
    change: change.change === null ? '' : `${fmt.change(change.change, change.changeUnit as 'pp' | '%')}${since}`,
    standard: rule.info ? M.infoOnly : (f.standardText ?? ruleText(def, rule, fmt)),
  };
  const gap = j.status === 'fail' && f.gapText !== undefined ? f.gapText : j.gap;
  return {
    id: def.key,
    key: def.key,
    item: def.id,
    name: def.name,
    stage: def.stage,
    value: f.value,
    previous,
    ...change,
    previousYear: f.previousYear ?? null,
    standard: j.standard,
    status: j.status,
    basis: withChange(def, f, change.change, fmt),
    rule: text.standard,
    unit: def.kind === 'rate' ? '%' : def.unit,
    source: f.source ?? null,
    cells: [...new Set(inp.cells)],
    gap,
    text,
  };
}
