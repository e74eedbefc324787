/**
 * The 创建工作实施方案 draft in seed 003's outline (PLAN.md §7), as the report's document model so that the report's
 * .docx renderer writes it in GB/T 9704. Every figure is the plan's or the evaluation's; passages only people can
 * write are 【待填写】.
 */
import { isCompulsoryType } from '../compute/parts';
import { PLAN_ACTION_WORDS, planDocMessages as D } from '../messages/plan';
import type { Block, ReportDocument, TableCell, TextRun } from '../report/documentModel';
import { DEFAULT_REPORT_STYLE } from '../report/documentModel';
import { cn, countyWord, wan } from '../report/formats';
import type { PlanOutcome } from './plan';

type Planned = Extract<PlanOutcome, { ok: true }>;

const para = (...runs: TextRun[]): Block => ({ kind: 'paragraph', runs });
const text = (t: string): TextRun => ({ text: t });
const hole = (what: string): TextRun => ({ text: D.placeholder(what), placeholder: true });
const h1 = (i: number): Block => ({ kind: 'heading', level: 1, text: D.h1[i] });

/** 学校 N 所 by type, as seed 003 counts them (小学 23 所，单办初中 4 所 …). */
function basics(p: Planned): Block[] {
  const schools = p.input.schools.filter((s) => isCompulsoryType(s.type));
  const count = new Map<string, number>();
  for (const s of schools) {
    const word = s.type === '初中' ? '单办初中' : s.type === '九年一贯制' ? '九年一贯制学校' : (s.type as string);
    count.set(word, (count.get(word) ?? 0) + 1);
  }
  const byType = [...count].map(([w, n]) => `${w}${n}所`).join('，');
  const sum = (f: 'primaryStudents' | 'juniorStudents'): number => schools.reduce((t, s) => t + (s.fields[f] ?? 0), 0);
  const parts = p.before.parts.filter((x) => x.included);
  const cvFail = p.plan.coefficients.filter((c) => c.before !== null && c.before > c.limit + 1e-9).length;
  return [
    h1(3),
    para(text(D.basics(schools.length, byType, sum('primaryStudents'), sum('juniorStudents')))),
    para(
      text(
        D.standing(
          p.plan.evaluationYear,
          parts.filter((x) => x.verdict === 'pass').length,
          parts.length,
          parts.filter((x) => x.verdict === 'incomplete').length,
          cvFail,
        ),
      ),
    ),
  ];
}

function problems(p: Planned): Block[] {
  const today = p.before.parts
    .filter((x) => x.included && x.students !== null)
    .reduce((t, x) => t + (x.students as number), 0);
  const then = p.after.parts
    .filter((x) => x.included && x.students !== null)
    .reduce((t, x) => t + (x.students as number), 0);
  const fail = p.before.parts.filter((x) => x.included && x.verdict === 'fail').length;
  const undecided = p.before.parts.filter((x) => x.included && x.verdict === 'incomplete').length;
  const cvFail = p.plan.coefficients.filter((c) => c.before !== null && c.before > c.limit + 1e-9).length;
  const growth = then !== today ? D.growth(today, then, p.plan.targetYear) : '';
  const list = p.plan.byAction.map((a) => `${PLAN_ACTION_WORDS[a.action].name}${a.amount}${a.unit}`).join('，');
  const blocks = [h1(4), para(text(D.problems(fail, undecided, cvFail, growth)))];
  if (list) blocks.push(para(text(D.measures(list, wan(p.plan.total)))));
  return blocks;
}

function steps(p: Planned): Block[] {
  const blocks = [h1(5)];
  p.plan.byYear.forEach((y, i) =>
    blocks.push(para(text(D.step(cn(i + 1), y.year, wan(y.cost), y.passingParts, y.parts, y.newlyPassing.join('、'))))),
  );
  if (p.plan.unmet.length > 0)
    blocks.push(para(text(D.unmet(p.plan.unmet.map((u) => u.replace(/。$/, '')).join('；')))));
  return blocks;
}

/** The investment table: one row per action, one column per year, the totals. */
function investmentTable(p: Planned): Block {
  const years = p.plan.byYear.map((y) => y.year);
  const fmt = (x: number): string => x.toFixed(2);
  const rows: TableCell[][] = p.plan.byAction.map((a) => {
    const of = p.plan.additions.filter((x) => x.action === a.action);
    return [
      { text: PLAN_ACTION_WORDS[a.action].name },
      { text: `${a.amount}${a.unit}` },
      ...years.map((y) => ({ text: fmt(of.filter((x) => x.year === y).reduce((t, x) => t + x.cost, 0)) })),
      { text: fmt(a.cost) },
    ];
  });
  rows.push([
    { text: D.totalRow },
    { text: '' },
    ...p.plan.byYear.map((y) => ({ text: fmt(y.cost) })),
    { text: fmt(p.plan.total) },
  ]);
  return {
    kind: 'table',
    caption: D.tableCaption,
    header: D.tableHeader(years),
    rows,
    widths: [3, 2, ...years.map(() => 1.5), 1.5],
  };
}

/** The draft 实施方案 of a plan, dated `date` (年月日 as the report writes it). */
export function planDocument(p: Planned, date: string): ReportDocument {
  const name = p.input.county.name || D.placeholder('区县名称');
  const word = countyWord(name);
  const blocks: Block[] = [
    para(text(D.lead(word)), hole('省、市有关文件'), text(D.leadTail)),
    h1(0),
    para(hole('指导思想')),
    h1(1),
    para(text(D.goal(p.plan.targetYear, new Set(p.plan.parts.map((x) => x.code)).size, p.plan.parts.length))),
    h1(2),
    ...D.principles.map(([head, body]) => para({ text: head, bold: true }, body ? text(body) : hole('原则内容'))),
    ...basics(p),
    ...problems(p),
    ...steps(p),
    h1(6),
    para({ text: D.guarantee, bold: true }, hole('领导小组及职责')),
    para({ text: D.guaranteeFunds(wan(p.plan.total)), bold: true }),
    investmentTable(p),
    para(text(D.costNote)),
    para({ text: D.supervision, bold: true }, hole('督导与问责安排')),
    { kind: 'signature', office: D.office(name), date },
  ];
  return { county: name, title: D.title(name, word), blocks, style: DEFAULT_REPORT_STYLE };
}
