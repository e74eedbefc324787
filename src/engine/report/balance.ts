/** 二（二）校际均衡: all 14 coefficients, the composites (REPORT.md §2.3) and 表2. */
import { REPORT_INDICATOR_NAMES, reportMessages as R, STAGE_WORDS } from '../messages';
import type { Stage } from '../model';
import { INDICATOR_IDS, type CoefficientResult, type StageCoefficients } from '../result';
import { paragraph, text, type ReportContext } from './context';
import type { Block, TableCell } from './documentModel';
import { cv3, limit2 } from './formats';

const STAGES: readonly Stage[] = ['primary', 'junior'];

/** A coefficient at 3 decimals; a failing one never reads as its limit. */
function cvText(c: CoefficientResult): string {
  if (c.cv === null) return R.balance.notComputable;
  return cv3(c.cv, { standard: c.limit, rule: 'max', pass: c.pass === true });
}

/** "小学7项指标校际差异系数分别为…，均不高于0.50" or the indicators above the limit. */
function stageClause(coeffs: StageCoefficients, stage: Stage): string {
  const B = R.balance;
  const list = INDICATOR_IDS.map((id) => cvText(coeffs[id])).join('、');
  const limit = limit2(coeffs.L1.limit);
  let tail = B.allWithin(limit);
  const above = INDICATOR_IDS.filter((id) => coeffs[id].pass === false);
  if (above.length > 0) {
    tail = B.someAbove(above.map((id) => B.above(REPORT_INDICATOR_NAMES[id], cvText(coeffs[id]), limit)).join('；'));
  } else if (INDICATOR_IDS.some((id) => coeffs[id].cv === null)) tail = `，${B.none(STAGE_WORDS[stage])}`;
  return B.values(STAGE_WORDS[stage], list) + tail;
}

const compositeText = (c: StageCoefficients): string =>
  c.composite === null ? R.balance.notComputable : cv3(c.composite);

/** Whether every coefficient of both 学段 was computed and is within its limit. */
export function balancePasses(ctx: ReportContext): boolean {
  const c = ctx.result.coefficients;
  return STAGES.every((st) => INDICATOR_IDS.every((id) => c[st][id].pass === true));
}

function balanceSentence(ctx: ReportContext): string {
  const B = R.balance;
  const c = ctx.result.coefficients;
  const clauses = STAGES.map((st) => stageClause(c[st], st)).join('；');
  const verdict = balancePasses(ctx) ? B.reached : B.notReached;
  return (
    B.lead +
    B.limits(limit2(c.primary.L1.limit), limit2(c.junior.L1.limit)) +
    B.measured +
    clauses +
    verdict +
    B.composite(compositeText(c.primary), compositeText(c.junior))
  );
}

/** 表2: the 14 coefficients with the composites, limits and a verdict per 学段. */
function table2(ctx: ReportContext): Block {
  const B = R.balance;
  const rows: TableCell[][] = STAGES.map((st) => {
    const c = ctx.result.coefficients[st];
    const ok = INDICATOR_IDS.every((id) => c[id].pass === true);
    const computable = INDICATOR_IDS.every((id) => c[id].pass !== null);
    return [
      { text: STAGE_WORDS[st] },
      ...INDICATOR_IDS.map((id) => ({ text: cvText(c[id]) })),
      { text: compositeText(c) },
      { text: limit2(c.L1.limit) },
      { text: ok ? '达标' : computable ? '未达标' : B.notComputable },
    ];
  });
  return {
    kind: 'table',
    caption: B.caption,
    header: [
      R.resources.stageCol,
      ...INDICATOR_IDS.map((id) => R.shortNames[id]),
      B.compositeCol,
      B.limitCol,
      B.verdictCol,
    ],
    rows,
    widths: [1.1, ...INDICATOR_IDS.map(() => 1.4), 1.5, 1.1, 1.3],
  };
}

/** The section's blocks. */
export function balanceSection(ctx: ReportContext): Block[] {
  return [{ kind: 'heading', level: 2, text: R.h2.balance }, paragraph(text(balanceSentence(ctx))), table2(ctx)];
}
