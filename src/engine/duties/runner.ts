/**
 * The one runner of the 履职 checks: computes a check's figures, applies its rule from `履职评价标准` to the
 * unrounded values and words the result. An input that is missing makes the check 未佐证, never a pass.
 */
import { dutiesMessages as M } from '../messages/duties';
import { atLeast, atMost, tolerance } from '../compute/status';
import type { DutyCheckDef, DutyContext, DutyFigures, DutyKind } from './checks';
import { Inputs, type DutyData } from './inputs';
import type { DutyResult, DutyStatus } from './result';
import type { DutyRule } from './rules';
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

/** Applies the rule to the figures. */
function judge(def: DutyCheckDef, rule: DutyRule, f: DutyFigures, inp: Inputs, fmt: DutyFormat): Judgement {
  const { value } = f;
  if (value === null) return missing(inp, 'now', 'prev', 'older');
  const t = rule.threshold;
  // Differences of rates are in percentage points, never a bare "%" that could be read as a relative change.
  const show = (x: number): string => (def.kind === 'rate' ? fmt.points(x) : shown(def.kind, def.unit, x, fmt));
  switch (rule.op) {
    case '≥':
    case '≤':
    case '>': {
      if (t === null) return { status: 'missing', standard: null, gap: M.noThreshold };
      const subject = f.measure ?? value;
      const pass =
        rule.op === '≥' ? atLeast(subject, t) : rule.op === '≤' ? atMost(subject, t) : subject > t + tolerance(t);
      const standard = f.measure !== undefined && f.measure !== null ? value - f.measure + t : t;
      return {
        status: pass ? 'pass' : 'fail',
        standard,
        gap: pass ? null : M.gapLevel(rule.op, show(Math.abs(subject - t))),
      };
    }
    case '不低于上年': {
      const p = f.previous ?? null;
      if (p === null) return missing(inp, 'prev');
      const pass = atLeast(value, p);
      return { status: pass ? 'pass' : 'fail', standard: p, gap: pass ? null : M.gapBelowLastYear(show(p - value)) };
    }
    case '比上年下降不少于': {
      const p = f.previous ?? null;
      if (p === null) return missing(inp, 'prev');
      if (t === null) return { status: 'missing', standard: null, gap: M.noThreshold };
      const target = lowered(def.kind, p, t);
      const pass = atMost(value, target);
      return {
        status: pass ? 'pass' : 'fail',
        standard: target,
        gap: pass ? null : M.gapFall(show(p - value), fmt.num(t)),
      };
    }
    case '较基准年累计下降不少于': {
      if (f.base === undefined || f.base === null || f.years === undefined || f.years === null)
        return missing(inp, 'now');
      if (t === null) return { status: 'missing', standard: null, gap: M.noThreshold };
      const target = lowered(def.kind, f.base, t * f.years);
      const pass = atMost(value, target);
      return {
        status: pass ? 'pass' : 'fail',
        standard: target,
        gap: pass ? null : M.gapCumulative(show(f.base - value), fmt.num(t * f.years), f.years),
      };
    }
    case '不连续三年下降': {
      const p = f.previous ?? null;
      if (p === null) return missing(inp, 'prev');
      if (atLeast(value, p)) return { status: 'pass', standard: null, gap: null };
      const o = f.older ?? null;
      if (o === null) return { ...missing(inp, 'older'), gap: M.lacks([M.trendNeedsOlder, ...inp.missing.older]) };
      const falling = value < p && p < o;
      const level = (x: number): string => shown(def.kind, def.unit, x, fmt);
      return {
        status: falling ? 'fail' : 'pass',
        standard: null,
        gap: falling ? M.gapTrend(level(o), level(p), level(value)) : null,
      };
    }
  }
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

/** Runs one check under its rule; null when the rule switches it off. */
export function runDutyCheck(def: DutyCheckDef, rule: DutyRule, data: DutyData, ctx: DutyContext): DutyResult | null {
  if (!rule.enabled) return null;
  const inp = new Inputs(data);
  const f = def.compute(inp, ctx);
  const previous = f.previous ?? null;
  const j: Judgement = rule.info ? { status: 'info', standard: null, gap: null } : judge(def, rule, f, inp, ctx.fmt);
  const change = changeOf(def.kind, f.value, previous);
  const fmt = ctx.fmt;
  const text = {
    value: f.value === null ? '' : shown(def.kind, def.unit, f.value, fmt),
    previous: previous === null ? '' : shown(def.kind, def.unit, previous, fmt),
    change: change.change === null ? '' : fmt.change(change.change, change.changeUnit as 'pp' | '%'),
    standard: rule.info ? M.infoOnly : (f.standardText ?? ruleText(def, rule, fmt)),
  };
  return {
    id: def.id,
    key: def.key,
    name: def.name,
    stage: def.stage,
    value: f.value,
    previous,
    ...change,
    standard: j.standard,
    status: j.status,
    basis: f.basis,
    rule: text.standard,
    unit: def.kind === 'rate' ? '%' : def.unit,
    source: f.source ?? null,
    cells: [...new Set(inp.cells)],
    gap: j.gap,
    text,
  };
}
