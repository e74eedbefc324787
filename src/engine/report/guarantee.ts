/** 二（三）政府保障程度: 指标一…十五 in the item-block shape with their data sentences (REPORT.md §2.4). */
import { reportMessages as R } from '../messages';
import type { School } from '../model';
import type { ItemResult, Shortfall } from '../result';
import { num } from '../settings';
import {
  blankSentence,
  countyNumber,
  itemBlock,
  minGuard,
  paragraph,
  percent,
  reportNumber,
  reportRow,
  shortBy,
  text,
  rate,
  yearText,
  type ItemSentence,
  type ReportContext,
} from './context';
import type { Block } from './documentModel';
import { fullWidth, guardedNumber, int, pct, wan } from './formats';
import {
  actionText,
  addTallies,
  failingSchools,
  g3Tallies,
  itemSchools,
  partsOf,
  schoolsOfUnknownSize,
  SCHOOL_TYPE_WORDS,
  schoolsByType,
  type Tally,
} from './facts';
import { summarySentence } from './summary';

/** "高于" / "不低于" / "低于" for a figure against its comparison. */
const compare = (a: number, b: number): string => (a > b + 1e-9 ? '高于' : a >= b - 1e-9 ? '不低于' : '低于');

/** "单设小学1所、初中…" by school type (九年一贯制, 十二年一贯制 and 完全中学 each apart), for G4 and G5. */
function byType(schools: School[]): string {
  return schoolsByType(schools)
    .map(([t, n]) => `${SCHOOL_TYPE_WORDS[t] ?? t}${n}所`)
    .join('、');
}

const g2: ItemSentence = (ctx) => {
  const p = countyNumber(ctx, 'primaryFundingNorm');
  const j = countyNumber(ctx, 'juniorFundingNorm');
  if (p === null || j === null) return null;
  const norms = [`小学${int(p)}元/生/年`, `初中${int(j)}元/生/年`];
  const boarding = reportNumber(ctx, 'boardingNorm');
  if (boarding !== null) norms.push(`农村义务教育寄宿制学校${int(boarding)}元/生/年`);
  const special = reportNumber(ctx, 'specialNorm');
  if (special !== null) norms.push(`随班就读和特殊教育学校学生${int(special)}元/生/年`);
  return `全${ctx.word}按照${norms.join('、')}的标准拨付生均公用经费。`;
};

/** G3 per school part, split by build year as 北碚 reports it (parts of one school count once per 学段). */
const g3: ItemSentence = (ctx, item) => {
  const y = num(ctx.settings, 'G3.oldBuildingYear');
  const [old, fresh, unknown] = g3Tallies(ctx, item, y);
  const all = addTallies([old, fresh, unknown]);
  if (all.total === 0) return blankSentence(item);
  const r = (t: Tally): string =>
    percent(ctx, t.pass / t.total, { standard: 1, rule: 'min', pass: t.pass === t.total });
  const out: string[] = [];
  if (old.total > 0)
    out.push(
      `全${ctx.word}${y}年及之前建成投用的义务教育学校${old.total}所，其中音乐、美术专用教室数量和面积达标学校${old.pass}所，达标率${r(old)}`,
    );
  if (fresh.total > 0)
    out.push(`${y}年之后新建投用的义务教育学校${fresh.total}所，其中达标学校${fresh.pass}所，达标率${r(fresh)}`);
  if (unknown.total > 0 && unknown.total < all.total)
    out.push(`未填报建成年份的学校${unknown.total}所，其中达标学校${unknown.pass}所`);
  const head =
    out.length > 0
      ? `${out.join('；')}。合计${all.total}所学校中达标${all.pass}所，达标率${r(all)}`
      : `全${ctx.word}${all.total}所学校中，音乐、美术专用教室数量和面积达标学校${all.pass}所，达标率${r(all)}`;
  const tails: string[] = [];
  const failing = failingSchools(ctx, item).map((s) => ({ ...s, name: g3Name(ctx, s) }));
  if (failing.length > 0) tails.push(`未达标的${all.fail}所为${schoolShortfalls(ctx, 'G3', failing, BLOCK_SCHOOLS)}`);
  if (all.undecided > 0) tails.push(`另有${all.undecided}所学校的班级数或音乐、美术专用教室数未填报，暂无法判定`);
  return `${head}${tails.length > 0 ? `；${tails.join('；')}` : ''}。`;
};

/** A school as G3 counts it: a combined school with both parts in scope is named with both (it counts twice). */
function g3Name(ctx: ReportContext, s: School): string {
  const parts = partsOf(ctx).filter((p) => p.code === s.code);
  return parts.length > 1 ? `${s.name}（小学部、初中部）` : s.name;
}

/** How many failing schools an item's block names before "等n所学校" (四、存在问题 names them all). */
export const BLOCK_SCHOOLS = 5;

/**
 * "示例县城北小学（义务教育阶段在校生2150人，标准2000人，需减少在校生150人）、…": each failing school of a
 * school-by-school item with its figure and the amount that closes the gap, from 整改台账; past `limit` schools,
 * "等n所学校".
 */
export function schoolShortfalls(ctx: ReportContext, id: string, schools: readonly School[], limit = Infinity): string {
  const named = schools.slice(0, limit).map((s) => {
    const rows = ctx.result.shortfalls.filter((r) => r.item === id && r.code === s.code);
    const figure = rows.length > 0 ? shortfallFigure(ctx, id, rows[0]) : null;
    const actions = rows.map((r) => actionText(r.action));
    const detail = [figure, ...actions].filter((x): x is string => x !== null).join('，');
    return detail ? `${s.name}（${detail}）` : s.name;
  });
  const more = schools.length > limit ? R.problems.moreSchools(int(schools.length)) : '';
  return named.join('、') + more;
}

/** The figure of a failing school as the item measures it; null where the action says it all (G3, G5). */
function shortfallFigure(ctx: ReportContext, id: string, r: Shortfall): string | null {
  if (r.value === null) return null;
  if (id === 'G4') return `义务教育阶段在校生${int(r.value)}人，标准${int(r.standard)}人`;
  if (id === 'G6') return `公用经费预算${wan(r.value)}，应不少于${wan(r.standard)}`;
  if (id === 'Q4')
    return `教师培训经费占本校公用经费预算的${percent(ctx, r.value, { standard: r.standard, rule: 'min', pass: false })}`;
  return null;
}

const g4: ItemSentence = (ctx, item) => {
  if (item.status === 'missing') return R.blank('部分学校的在校生数');
  const over = failingSchools(ctx, item);
  const single = int(num(ctx.settings, 'G4.single'));
  const combined = int(num(ctx.settings, 'G4.combined'));
  if (over.length === 0)
    return `全${ctx.word}所有小学、初中规模均不超过${single}人，九年一贯制学校、十二年一贯制学校义务教育阶段规模均不超过${combined}人。`;
  const applicable = itemSchools(ctx).length;
  const unknown = schoolsOfUnknownSize(ctx).length;
  const rest = applicable - over.length - unknown;
  const tail = unknown > 0 ? `；另有${unknown}所学校在校生数未填报，暂无法判定` : '';
  return `全${ctx.word}${applicable}所义务教育学校中，规模超过标准的${over.length}所，其中${byType(over)}，为${schoolShortfalls(ctx, 'G4', over, BLOCK_SCHOOLS)}；其余${rest}所学校规模均符合要求${tail}。`;
};

const g5: ItemSentence = (ctx, item) => {
  if (item.status === 'missing') return R.blank('部分学校的超标准班额班级数');
  const over = failingSchools(ctx, item);
  if (over.length === 0) return `全${ctx.word}所有小学、初中班级学生数分别不超过45人、50人，无超标准班额班级。`;
  let classes = 0;
  let oversized = 0;
  for (const s of itemSchools(ctx)) {
    classes += (s.fields.primaryClasses ?? 0) + (s.fields.juniorClasses ?? 0);
    oversized += (s.fields.primaryOversized ?? 0) + (s.fields.juniorOversized ?? 0);
  }
  const share = classes > 0 ? `，占班级总数的${pct(oversized / classes, ctx.decimals)}` : '';
  return `全${ctx.word}有超标准班额的学校${over.length}所，其中${byType(over)}，为${schoolShortfalls(ctx, 'G5', over, BLOCK_SCHOOLS)}；超标准班额班级${int(oversized)}个${share}。`;
};

/** G6: small 公办 schools (教学点 below the 资源配置 floor included), as the engine counts them. */
const g6: ItemSentence = (ctx, item) => {
  if (item.status === 'missing') return R.blank('小规模学校的公用经费预算或生均公用经费基准定额');
  const limit = num(ctx.settings, 'G6.students');
  const compulsory = (s: School): number =>
    s.type === '完全中学'
      ? (s.fields.juniorStudents ?? 0)
      : (s.fields.primaryStudents ?? 0) + (s.fields.juniorStudents ?? 0);
  const small = ctx.input.schools.filter(
    (s) =>
      !s.isPrivate &&
      s.type !== null &&
      s.type !== '特殊教育学校' &&
      s.type !== '职业学校' &&
      compulsory(s) > 0 &&
      compulsory(s) < limit,
  );
  if (small.length === 0) return `全${ctx.word}没有不足${limit}名学生的村小学和教学点。`;
  const failing = failingSchools(ctx, item);
  const tail =
    failing.length === 0
      ? `全部按照${limit}名学生核定公用经费`
      : `其中${failing.length}所未按${limit}名学生核定公用经费：${schoolShortfalls(ctx, 'G6', failing, BLOCK_SCHOOLS)}`;
  return `全${ctx.word}不足${limit}名学生的村小学和教学点${small.length}所，${tail}。`;
};

const g7: ItemSentence = (ctx, item) => {
  const funding = countyNumber(ctx, 'specialSchoolFunding');
  const students = countyNumber(ctx, 'specialSchoolStudents');
  if (funding === null || students === null || item.status === 'missing') return blankSentence(item);
  const standard = item.standard ?? 6000;
  const k = ctx.input.schools.filter((s) => s.type === '特殊教育学校').length;
  const head = k > 0 ? `全${ctx.word}有特殊教育学校${k}所，` : `全${ctx.word}`;
  if (item.value === null) return `${head}${yearText(ctx)}特殊教育学校无在校学生。`;
  const per = guardedNumber(item.value, 2, minGuard(item.value, standard));
  const short =
    item.value < standard - 1e-9
      ? `的标准${guardedNumber(standard - item.value, 2, { standard: 0, rule: 'max', pass: false })}元`
      : '';
  return `${head}${yearText(ctx)}特殊教育学校在校学生${int(students)}人，安排公用经费${wan(funding)}，生均${per}元，${compare(item.value, standard)}${int(standard)}元/生/年${short}。`;
};

/** G8 on the basis the county states (月 or 年); the inputs are annual, so 月 divides both by 12. */
const g8: ItemSentence = (ctx, item) => {
  const t = countyNumber(ctx, 'teacherAvgSalary');
  const c = countyNumber(ctx, 'civilServantAvgSalary');
  if (t === null || c === null) return blankSentence(item);
  const monthly = reportRow(ctx, 'salaryBasis') === '月';
  const basis = monthly ? '月' : '年';
  const k = monthly ? 12 : 1;
  return `${yearText(ctx)}全${ctx.word}义务教育学校教师${basis}平均工资收入为${int(t / k)}元，${compare(t, c)}当地公务员${basis}平均工资收入${int(c / k)}元的水平${t < c - 1e-9 ? `，相差${Math.round(c / k) - Math.round(t / k)}元` : ''}。`;
};

const ratioSentence =
  (
    build: (ctx: ReportContext, a: number, b: number, p: string) => string,
    numKey: 'trainedTeachers' | 'certifiedTeachers' | 'qualityHighSchoolAllocated',
    denKey: 'fullTimeTeachers' | 'qualityHighSchoolQuota',
  ): ItemSentence =>
  (ctx, item) => {
    const a = countyNumber(ctx, numKey);
    const b = countyNumber(ctx, denKey);
    if (a === null || b === null || item.value === null) return blankSentence(item);
    return build(ctx, a, b, rate(ctx, item.value, item.standard) + shortBy(ctx, item.value, item.standard));
  };

const g9 = ratioSentence(
  (ctx, k, t, p) => `全${ctx.word}专任教师${int(t)}人，5年内完成360学时培训的${int(k)}人，完成率${p}。`,
  'trainedTeachers',
  'fullTimeTeachers',
);
const g12 = ratioSentence(
  (ctx, k, t, p) => `全${ctx.word}义务教育阶段专任教师${int(t)}人，其中持有教师资格证的${int(k)}人，占比${p}。`,
  'certifiedTeachers',
  'fullTimeTeachers',
);
const g14 = ratioSentence(
  (ctx, a, n, p) =>
    `${yearText(ctx)}，全${ctx.word}优质高中招生名额总数${int(n)}人，分配到初中学校的名额${int(a)}人，分配比例${p}${a / n >= 0.5 - 1e-9 ? `，${compare(a / n, 0.5)}50%` : ''}。`,
  'qualityHighSchoolAllocated',
  'qualityHighSchoolQuota',
);

/** The 学年 of G11: the row as typed ("2022-2023" → "2022—2023"), else the school year ending in 评估年度. */
function schoolYear(ctx: ReportContext): string {
  const typed = reportRow(ctx, 'rotationSchoolYear');
  if (typed !== null) return fullWidth(typed).replace(/学年度?$/, '');
  return ctx.year !== null ? `${ctx.year - 1}—${ctx.year}` : R.placeholder('学年');
}

const g11: ItemSentence = (ctx, item) => {
  const e = countyNumber(ctx, 'rotationEligible');
  const r = countyNumber(ctx, 'rotationActual');
  const k = countyNumber(ctx, 'rotationBackbone');
  if (e === null || r === null || k === null || item.value === null) return blankSentence(item);
  const first = `${schoolYear(ctx)}学年度，全${ctx.word}符合交流轮岗条件教师${int(e)}名，实际交流轮岗教师${int(r)}名，占符合交流轮岗条件教师总数的${rate(ctx, item.value, item.standard)}${shortBy(ctx, item.value, item.standard)}`;
  const second =
    item.value2 === null || item.value2 === undefined
      ? ''
      : `；交流轮岗的骨干教师${int(k)}名，占交流轮岗教师总数的${rate(ctx, item.value2, item.standard2 ?? null)}${shortBy(ctx, item.value2, item.standard2 ?? null)}`;
  return `${first}${second}。`;
};

/** G13's shortfall, by 学段: "，其中小学低于100%的标准0.5个百分点". */
function g13Short(ctx: ReportContext, item: ItemResult): string {
  const parts = [
    ['小学', item.value, item.standard],
    ['初中', item.value2, item.standard2],
  ] as const;
  const short = parts
    .filter(([, v, st]) => v !== null && v !== undefined && st !== null && st !== undefined && v < st - 1e-9)
    .map(([w, v, st]) => `${w}${shortBy(ctx, v as number, st ?? null).slice(1)}`);
  return short.length > 0 ? `，其中${short.join('，')}` : '';
}

const g13: ItemSentence = (ctx, item) => {
  if (item.value === null || item.value2 === null || item.value2 === undefined) return blankSentence(item);
  return `城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别为${rate(ctx, item.value, item.standard)}、${rate(ctx, item.value2, item.standard2 ?? null)}${g13Short(ctx, item)}。`;
};

/** The 学期 of a figure: the row as typed, else the autumn term of 评估年度. */
export function term(ctx: ReportContext, key: 'migrantTerm' | 'disabledTerm'): string {
  const typed = reportRow(ctx, key);
  if (typed !== null) return fullWidth(typed);
  return ctx.year !== null ? `${ctx.year}年秋季` : R.placeholder('统计时点');
}

const g15: ItemSentence = (ctx, item) => {
  const n = countyNumber(ctx, 'migrantEligible');
  const a = countyNumber(ctx, 'migrantPublic');
  const b = countyNumber(ctx, 'migrantPurchased');
  if (n === null || a === null || b === null || item.value === null) return blankSentence(item);
  const head = `${term(ctx, 'migrantTerm')}，全${ctx.word}符合条件的随迁子女${int(n)}人，`;
  const p = rate(ctx, item.value, item.standard) + shortBy(ctx, item.value, item.standard);
  if (b === 0 && a === n) return `${head}全部在公办学校就读，占比${p}。`;
  return `${head}其中在公办学校就读${int(a)}人，在政府购买服务的民办学校就读${int(b)}人，合计${int(a + b)}人，占比${p}。`;
};

const SENTENCES: Readonly<Record<string, ItemSentence>> = {
  G2: g2,
  G3: g3,
  G4: g4,
  G5: g5,
  G6: g6,
  G7: g7,
  G8: g8,
  G9: g9,
  G11: g11,
  G12: g12,
  G13: g13,
  G14: g14,
  G15: g15,
};

/** The data sentence of an item (null for the items only people can write). */
export function guaranteeSentence(ctx: ReportContext, item: ItemResult): string | null {
  const f = SENTENCES[item.id];
  return f ? f(ctx, item) : null;
}

/** The section's blocks: the summary derived from the 15 verdicts, then 指标一…十五. */
export function guaranteeSection(ctx: ReportContext, cnOf: (n: number) => string): Block[] {
  const items = ctx.result.guarantee;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: R.h2.guarantee },
    paragraph(text(R.summary.guaranteeIntro(`全${ctx.word}`) + summarySentence(ctx, items))),
  ];
  items.forEach((item, i) => blocks.push(...itemBlock(item, cnOf(i + 1), guaranteeSentence(ctx, item))));
  return blocks;
}
