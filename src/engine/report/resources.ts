/** 二（一）资源配置: the three-way split by indicator (REPORT.md §2.2) and 表1 (§3.1). */
import { REPORT_INDICATOR_NAMES, reportMessages as R, STAGE_WORDS } from '../messages';
import type { Stage } from '../model';
import { INDICATOR_IDS, type IndicatorId, type PartResult } from '../result';
import { paragraph, percent, text, type ReportContext } from './context';
import type { Block, TableCell } from './documentModel';
import { partsOf, partTally, STAGES, undecidedParts } from './facts';
import { guardedNumber, int } from './formats';

/** Parts by outcome: all 7 met; passing with one indicator near; failing; undecided. */
interface Split {
  all7: number;
  near: Map<IndicatorId, number>;
  nearTotal: number;
  failed: Map<IndicatorId | 'multiple', number>;
  failedTotal: number;
  incomplete: number;
}

const bump = <K>(m: Map<K, number>, k: K): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/** Classifies each part; a failing part with one unmet indicator is counted under that indicator. */
export function resourceSplit(parts: readonly PartResult[]): Split {
  const s: Split = { all7: 0, near: new Map(), nearTotal: 0, failed: new Map(), failedTotal: 0, incomplete: 0 };
  for (const p of parts) {
    const unmet = INDICATOR_IDS.filter((id) => p.indicators[id].status !== 'pass');
    if (p.verdict === 'incomplete') s.incomplete++;
    else if (unmet.length === 0) s.all7++;
    else if (p.verdict === 'pass') {
      s.nearTotal++;
      bump(s.near, unmet[0]);
    } else {
      s.failedTotal++;
      bump(s.failed, unmet.length === 1 ? unmet[0] : 'multiple');
    }
  }
  return s;
}

/** The rule sentence with its clauses in the order of REPORT.md, empty ones left out. */
function splitSentence(ctx: ReportContext, parts: PartResult[]): string {
  const s = resourceSplit(parts);
  const M = R.resources;
  const byName = <K extends string>(m: Map<K, number>, f: (name: string, k: string) => string): string =>
    INDICATOR_IDS.filter((id) => m.has(id as K))
      .map((id) => f(REPORT_INDICATOR_NAMES[id], int(m.get(id as K) ?? 0)))
      .join('、');
  const clauses: string[] = [];
  if (s.all7 > 0) clauses.push(M.all7(int(s.all7)));
  if (s.nearTotal > 0) clauses.push(M.near(int(s.nearTotal), byName(s.near, M.byIndicator)));
  if (s.failedTotal > 0) {
    const detail = [byName(s.failed, M.failIndicator)];
    const multi = s.failed.get('multiple');
    if (multi) detail.push(M.multiple(int(multi)));
    clauses.push(M.failed(int(s.failedTotal), detail.filter((d) => d !== '').join('、')));
  }
  if (s.incomplete > 0) clauses.push(M.incomplete(int(s.incomplete), undecidedList(ctx)));
  const stages = STAGES.map((st) => stageClause(ctx, st)).filter((x): x is string => x !== null);
  return `${M.lead}${M.total(ctx.word, int(parts.length))}${clauses.join('；')}。${M.byStage(stages.join('；'))}`;
}

/** "示例县向阳小学缺教学仪器设备值、…": the undecided parts, each with the figures it lacks. */
export function undecidedList(ctx: ReportContext): string {
  return undecidedParts(ctx)
    .map((u) => R.resources.lacks(u.name, u.missing.join('、')))
    .join('；');
}

/** "小学55所中达标50所、达标率90.91%，未达标3所，暂无法判定2所": the three outcomes of a 学段 kept apart. */
function stageClause(ctx: ReportContext, st: Stage): string | null {
  const t = partTally(ctx, st);
  if (t.total === 0) return null;
  const rate = percent(ctx, t.pass / t.total, { standard: 1, rule: 'min', pass: t.pass === t.total });
  const rest = [
    t.fail > 0 ? R.resources.stageFail(int(t.fail)) : '',
    t.undecided > 0 ? R.resources.stageUndecided(int(t.undecided)) : '',
  ];
  return R.resources.stage(STAGE_WORDS[st], int(t.total), int(t.pass), rate) + rest.join('');
}

/** The note under 表1: what 综合评价 counts and, when some parts cannot be judged yet, that they are not counted. */
function table1Note(ctx: ReportContext): string {
  const undecided = STAGES.map((st) => [st, partTally(ctx, st).undecided] as const).filter(([, n]) => n > 0);
  const tail =
    undecided.length === 0
      ? ''
      : R.resources.noteUndecided(undecided.map(([st, n]) => `${STAGE_WORDS[st]}${int(n)}所`).join('、'));
  return `${R.resources.note}${tail}。`;
}

/** A share of parts as 表1 writes it: "94.55", never "100" unless every part meets it. */
function share(ctx: ReportContext, k: number, n: number): string {
  return guardedNumber((k / n) * 100, ctx.decimals, { standard: 100, rule: 'min', pass: k === n });
}

/** 表1: per 学段, the parts meeting each indicator and the parts passing the per-school rule (综合评价). */
function table1(ctx: ReportContext): Block {
  const M = R.resources;
  const rows: TableCell[][] = [];
  for (const st of STAGES) {
    const list = partsOf(ctx, st);
    if (list.length === 0) continue;
    const counts = INDICATOR_IDS.map((id) => list.filter((p) => p.indicators[id].status === 'pass').length);
    counts.push(partTally(ctx, st).pass);
    rows.push([{ text: STAGE_WORDS[st], rowSpan: 2 }, { text: M.countRow }, ...counts.map((c) => ({ text: int(c) }))]);
    rows.push([{ text: M.shareRow }, ...counts.map((c) => ({ text: share(ctx, c, list.length) }))]);
  }
  return {
    kind: 'table',
    caption: M.caption,
    header: [M.stageCol, M.kindCol, ...INDICATOR_IDS.map((id) => REPORT_INDICATOR_NAMES[id]), M.composite],
    rows,
    // 学段 and 类别 are short; the eight counts share the rest.
    widths: [1.1, 2.1, ...INDICATOR_IDS.map(() => 1.5), 1.5],
    note: table1Note(ctx),
  };
}

/** The section's blocks. */
export function resourcesSection(ctx: ReportContext): Block[] {
  return [
    { kind: 'heading', level: 2, text: R.h2.resources },
    paragraph(text(splitSentence(ctx, partsOf(ctx)))),
    table1(ctx),
  ];
}
