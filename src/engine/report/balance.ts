/** 二（二）校际均衡: all 14 coefficients, the composites (REPORT.md §2.3) and 表2. */
import { REPORT_INDICATOR_NAMES, reportMessages as R, STAGE_WORDS } from '../messages';
import type { Stage } from '../model';
import { INDICATOR_IDS, type CoefficientResult, type StageCoefficients } from '../result';
import { paragraph, text, type ReportContext } from './context';
import type { Block, TableCell } from './documentModel';
import { stageBalance, STAGES } from './facts';
import { cv3, limit2 } from './formats';

/** A coefficient at 3 decimals; a failing one never reads as its limit. */
function cvText(c: CoefficientResult): string {
  if (c.cv === null) return R.balance.notComputable;
  return cv3(c.cv, { standard: c.limit, rule: 'max', pass: c.pass === true });
}

/** "小学7项指标校际差异系数分别为…，均不高于0.50" or, without repeating the verdict, the ones above the limit. */
function stageClause(ctx: ReportContext, stage: Stage): string {
  const B = R.balance;
  const coeffs = ctx.result.coefficients[stage];
  const list = INDICATOR_IDS.map((id) => cvText(coeffs[id])).join('、');
  const limit = limit2(coeffs.L1.limit);
  const f = stageBalance(ctx, stage);
  let tail = B.allWithin(limit);
  if (f.above.length > 0) {
    tail = B.someAbove(f.above.map((id) => B.above(REPORT_INDICATOR_NAMES[id], cvText(coeffs[id]), limit)).join('，'));
  } else if (f.uncomputable.length > 0) tail = `，${B.none(STAGE_WORDS[stage])}`;
  return B.values(STAGE_WORDS[stage], list) + tail;
}

const compositeText = (c: StageCoefficients): string =>
  c.composite === null ? R.balance.notComputable : cv3(c.composite);

/** Whether every coefficient of both 学段 was computed and is within its limit. */
export function balancePasses(ctx: ReportContext): boolean {
  return STAGES.every((st) => stageBalance(ctx, st).verdict === 'pass');
}

/**
 * The verdict of each 学段, said once. Short (the section, after the values that name the failing ones): "小学达到
 * 评估标准，初中未达到评估标准"; long (综上): "小学7项指标校际差异系数均达到评估标准，初中生均教学仪器设备值校际
 * 差异系数未达到评估标准".
 */
export function balanceVerdict(ctx: ReportContext, long: boolean): string {
  const B = R.balance;
  const facts = STAGES.map((st) => [st, stageBalance(ctx, st)] as const);
  if (facts.every(([, f]) => f.verdict === 'pass')) return long ? B.bothReachedLong : B.bothReached;
  return facts
    .map(([st, f]) => {
      const word = STAGE_WORDS[st];
      const names = f.above.map((id) => REPORT_INDICATOR_NAMES[id]).join('、');
      if (f.verdict === 'pass') return long ? B.stageReachedLong(word) : B.stageReached(word);
      if (f.verdict === 'fail') return long ? B.stageAboveLong(word, names) : B.stageAbove(word);
      return long ? B.stageUndecidedLong(word) : B.stageUndecided(word);
    })
    .join('，');
}

function balanceSentence(ctx: ReportContext): string {
  const B = R.balance;
  const c = ctx.result.coefficients;
  const clauses = STAGES.map((st) => stageClause(ctx, st)).join('；');
  return (
    B.lead +
    B.limits(limit2(c.primary.L1.limit), limit2(c.junior.L1.limit)) +
    B.measured +
    clauses +
    `。${balanceVerdict(ctx, false)}。` +
    B.composite(compositeText(c.primary), compositeText(c.junior))
  );
}

/** 表2: the 14 coefficients with the composites, limits and a verdict per 学段. */
function table2(ctx: ReportContext): Block {
  const B = R.balance;
  const rows: TableCell[][] = STAGES.map((st) => {
    const c = ctx.result.coefficients[st];
    const v = stageBalance(ctx, st).verdict;
    return [
      { text: STAGE_WORDS[st] },
      ...INDICATOR_IDS.map((id) => ({ text: cvText(c[id]) })),
      { text: compositeText(c) },
      { text: limit2(c.L1.limit) },
      { text: v === 'pass' ? '达标' : v === 'fail' ? '未达标' : B.undecided },
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
