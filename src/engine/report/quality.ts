/** 二（四）教育质量: 指标一…九 in the item-block shape (REPORT.md §2.5), and the optional 社会认可度. */
import { reportMessages as R } from '../messages';
import { includedParts } from './basics';
import {
  blankSentence,
  countyNumber,
  itemBlock,
  paragraph,
  percent,
  text,
  rate,
  yearText,
  type ItemSentence,
  type ReportContext,
} from './context';
import type { Block } from './documentModel';
import { cv3, int, wan } from './formats';
import { term } from './guarantee';
import { summarySentence } from './summary';

/** Q1 in the words of the formula in force (标准公式 names the transfers; 简单公式 does not). */
const q1: ItemSentence = (ctx, item) => {
  const g = countyNumber(ctx, 'juniorGraduates');
  const e = countyNumber(ctx, 'grade7ThreeYearsAgo');
  if (g === null || e === null || item.value === null) return blankSentence(item);
  const head = `${yearText(ctx)}全${ctx.word}初中毕业生${int(g)}人，三年前初中一年级在校生${int(e)}人，`;
  const p = `初中三年巩固率为${rate(ctx, item.value, item.standard)}。`;
  if (ctx.settings['Q1.formula'] === '简单公式') return head + p;
  const inc = countyNumber(ctx, 'transfersIn') ?? 0;
  const out = countyNumber(ctx, 'transfersOut') ?? 0;
  const deaths = countyNumber(ctx, 'deaths') ?? 0;
  const d = deaths > 0 ? `，死亡${int(deaths)}人` : '';
  return `${head}三年来复学、转入等正常增加${int(inc)}人，休学、转出等正常减少${int(out)}人${d}，${p}`;
};

const q2: ItemSentence = (ctx, item) => {
  const n = countyNumber(ctx, 'disabledTotal');
  const a = countyNumber(ctx, 'disabledInclusive');
  const b = countyNumber(ctx, 'disabledHomeTaught');
  const c = countyNumber(ctx, 'disabledSpecialSchool');
  if (n === null || a === null || b === null || c === null || item.value === null) return blankSentence(item);
  return `${term(ctx, 'disabledTerm')}，全${ctx.word}适龄残疾儿童少年${int(n)}人，已入学${int(a + b + c)}人，其中普通学校随班就读${int(a)}人、送教上门${int(b)}人、特殊教育学校就读${int(c)}人，残疾儿童少年入学率为${rate(ctx, item.value, item.standard)}。`;
};

/** Q4 from the school sheet's budgets (county totals, the lowest school share), or the county's own ratio. */
const q4: ItemSentence = (ctx, item) => {
  if (item.status === 'missing') return blankSentence(item);
  const standard = item.standard ?? 0.05;
  const codes = new Set(includedParts(ctx).map((p) => p.code));
  const schools = ctx.input.schools.filter(
    (s) => codes.has(s.code) && !s.isPrivate && (s.fields.publicBudget ?? 0) > 0 && s.fields.trainingBudget !== null,
  );
  if (schools.length === 0) {
    if (item.value === null) return blankSentence(item);
    return `全${ctx.word}教师培训经费占学校年度公用经费预算总额的比例为${rate(ctx, item.value, standard)}。`;
  }
  const a = schools.reduce((x, s) => x + (s.fields.publicBudget ?? 0), 0);
  const b = schools.reduce((x, s) => x + (s.fields.trainingBudget ?? 0), 0);
  const shares = schools.map((s) => (s.fields.trainingBudget ?? 0) / (s.fields.publicBudget ?? 1));
  const min = Math.min(...shares);
  const low = shares.filter((x) => x < standard - 1e-9).length;
  const minText = rate(ctx, min, standard);
  const tail =
    low === 0
      ? `${schools.length}所学校教师培训经费占本校年度公用经费预算总额的比例均不低于${percent(ctx, standard)}，最低为${minText}`
      : `其中${low}所学校低于${percent(ctx, standard)}，最低为${minText}`;
  return `${yearText(ctx)}全${ctx.word}义务教育学校年度公用经费预算总额${wan(a)}，安排教师培训经费${wan(b)}，占${percent(ctx, b / a)}；${tail}。`;
};

const LEVELS = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];

const q9: ItemSentence = (_ctx, item) => {
  const subjects = item.subjects ?? [];
  if (subjects.length === 0) return blankSentence(item);
  const list = subjects.map((s) => {
    const level = s.level === null ? R.placeholder('学业水平等级') : `${LEVELS[s.level] ?? s.level}级`;
    const r = s.rate === null ? R.placeholder('校际差异率') : cv3(s.rate);
    return `${s.stage}${s.subject}${level}，校际差异率${r}`;
  });
  return `接受义务教育质量监测，结果为：${list.join('；')}。`;
};

const SENTENCES: Readonly<Record<string, ItemSentence>> = { Q1: q1, Q2: q2, Q4: q4, Q9: q9 };

/** The section's blocks: the summary derived from the 9 verdicts, then 指标一…九. */
export function qualitySection(ctx: ReportContext, cnOf: (n: number) => string): Block[] {
  const items = ctx.result.quality;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: R.h2.quality },
    paragraph(text(R.summary.qualityIntro(`全${ctx.word}`) + summarySentence(ctx, items))),
  ];
  items.forEach((item, i) => {
    const f = SENTENCES[item.id];
    blocks.push(...itemBlock(item, cnOf(i + 1), f ? f(ctx, item) : null));
  });
  return blocks;
}

/** （五）社会认可度, only when the survey result is entered. */
export function recognitionSection(ctx: ReportContext): Block[] {
  const s = ctx.result.recognition;
  if (s.value === null) return [];
  return [
    { kind: 'heading', level: 2, text: R.h2.recognition },
    paragraph(text(R.recognition(ctx.word, rate(ctx, s.value, s.standard), s.status === 'pass'))),
  ];
}
