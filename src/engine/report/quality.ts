/** 二（四）教育质量: 指标一…九 in the item-block shape (REPORT.md §2.5), and the optional 社会认可度. */
import { reportMessages as R } from '../messages';
import type { ItemResult } from '../result';
import {
  blankSentence,
  countyNumber,
  itemBlock,
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
import { duty, failingSchools, itemSchools } from './facts';
import { cv3, int, trimmed, wan } from './formats';
import { num } from '../settings';
import { BLOCK_SCHOOLS, schoolShortfalls, term } from './guarantee';
import { summarySentence } from './summary';

/** Q1 in the words of the formula in force (标准公式 names the transfers; 简单公式 does not). */
const q1: ItemSentence = (ctx, item) => {
  const g = countyNumber(ctx, 'juniorGraduates');
  const e = countyNumber(ctx, 'grade7ThreeYearsAgo');
  if (g === null || e === null || item.value === null) return blankSentence(item);
  const head = `${yearText(ctx)}全${ctx.word}初中毕业生${int(g)}人，三年前初中一年级在校生${int(e)}人，`;
  const p = `初中三年巩固率为${rate(ctx, item.value, item.standard)}${shortBy(ctx, item.value, item.standard)}。`;
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
  return `${term(ctx, 'disabledTerm')}，全${ctx.word}适龄残疾儿童少年${int(n)}人，已入学${int(a + b + c)}人，其中普通学校随班就读${int(a)}人、送教上门${int(b)}人、特殊教育学校就读${int(c)}人，残疾儿童少年入学率为${rate(ctx, item.value, item.standard)}${shortBy(ctx, item.value, item.standard)}。`;
};

/**
 * Q4 from the school sheet's budgets (county totals, the schools below the standard named with their share), or
 * the county's own ratio. The per-school standard is the setting (5%), not the item's "every school" standard.
 */
const q4: ItemSentence = (ctx, item) => {
  if (item.status === 'missing' && item.value === null && (item.failing ?? []).length === 0) return blankSentence(item);
  const standard = num(ctx.settings, 'Q4');
  const scope = itemSchools(ctx);
  const schools = scope.filter((s) => (s.fields.publicBudget ?? 0) > 0 && s.fields.trainingBudget !== null);
  if (item.failing === undefined || schools.length === 0) {
    if (item.value === null) return blankSentence(item);
    return `全${ctx.word}教师培训经费占学校年度公用经费预算总额的比例为${rate(ctx, item.value, standard)}${shortBy(ctx, item.value, standard)}。`;
  }
  const a = schools.reduce((x, s) => x + (s.fields.publicBudget ?? 0), 0);
  const b = schools.reduce((x, s) => x + (s.fields.trainingBudget ?? 0), 0);
  const shares = schools.map((s) => (s.fields.trainingBudget ?? 0) / (s.fields.publicBudget ?? 1));
  const min = Math.min(...shares);
  const low = failingSchools(ctx, item);
  const limit = percent(ctx, standard);
  const parts = [
    `${yearText(ctx)}全${ctx.word}${schools.length}所义务教育学校年度公用经费预算总额${wan(a)}，安排教师培训经费${wan(b)}，占${percent(ctx, b / a)}`,
  ];
  if (low.length === 0)
    parts.push(`各校教师培训经费占本校年度公用经费预算总额的比例均不低于${limit}，最低为${rate(ctx, min, standard)}`);
  else
    parts.push(
      `其中${schools.length - low.length}所学校不低于${limit}，${low.length}所学校低于${limit}：${schoolShortfalls(ctx, 'Q4', low, BLOCK_SCHOOLS)}`,
    );
  const blank = scope.length - schools.length;
  if (blank > 0) parts.push(`另有${blank}所学校的公用经费预算或教师培训经费未填报，暂无法判定`);
  return `${parts.join('；')}。`;
};

/** Q3: 章程 is the county's word; 校园网 and the 信息化 funds come from 履职数据 when it gives them. */
const q3: ItemSentence = (ctx) => {
  const net = duty(ctx, 'I3.校园网');
  const fund = ctx.itFunds;
  const out: string[] = [];
  if (net !== null) out.push(`校园网覆盖率${percent(ctx, net.value)}`);
  if (fund.it !== null) {
    const cyber = fund.cyber !== null ? `，其中网络安全经费${wan(fund.cyber)}` : '';
    out.push(`安排教育信息化专项经费${wan(fund.it)}${cyber}`);
  }
  return out.length > 0 ? `${dutiesYearText(ctx)}全${ctx.word}${out.join('，')}。` : null;
};

/** Q5: 班班通 and 网络学习空间 from 履职数据, with the 网络多媒体教室 of 资源配置 (L7 means). */
const q5: ItemSentence = (ctx) => {
  const out: string[] = [];
  const tech = duty(ctx, 'I3.班班通');
  if (tech !== null) out.push(`班班通教室配备率${percent(ctx, tech.value)}`);
  const space = duty(ctx, 'I3.学习空间');
  if (space !== null) out.push(`网络学习空间开通率${percent(ctx, space.value)}`);
  return out.length > 0 ? `${dutiesYearText(ctx)}全${ctx.word}${out.join('，')}。` : null;
};

/** "2023年，" for the figures of 履职数据 (its 数据年度); empty when not given. */
function dutiesYearText(ctx: ReportContext): string {
  return ctx.result.dutiesYear ? `${ctx.result.dutiesYear}年，` : '';
}

const LEVELS = ['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];

/** "2023年接受国家义务教育质量监测" from the report rows; the year or level a placeholder when blank. */
function monitoringHead(ctx: ReportContext): string {
  const y = reportNumber(ctx, 'qualityYear');
  const level = reportRow(ctx, 'qualityLevel');
  const year = y !== null ? `${int(y)}年` : R.placeholder('监测年度');
  const kind = level === null ? R.placeholder('国家或市级') : level === '市级' ? level : '国家';
  return `${year}接受${kind}义务教育质量监测`;
}

/** The subjects that miss the level or the rate, by how much: "初中科学校际差异率0.163，未低于0.15（高出0.013）". */
export function monitoringFailures(ctx: ReportContext, item: ItemResult): string[] {
  const minLevel = num(ctx.settings, 'Q9.level');
  const maxRate = num(ctx.settings, 'Q9.rate');
  return (item.subjects ?? [])
    .filter((s) => s.status === 'fail')
    .map((s) => {
      const why: string[] = [];
      if (s.level !== null && s.level < minLevel)
        why.push(`学业水平${LEVELS[s.level] ?? s.level}级，低于${LEVELS[minLevel] ?? minLevel}级`);
      if (s.rate !== null && s.rate >= maxRate - 1e-12)
        why.push(`校际差异率${cv3(s.rate)}，未低于${trimmed(maxRate, 3)}（高出${cv3(s.rate - maxRate)}）`);
      return `${s.stage}${s.subject}${why.join('，')}`;
    });
}

/** Q9: every subject's level and rate, then the subjects that miss the level or the rate. */
const q9: ItemSentence = (ctx, item) => {
  const subjects = item.subjects ?? [];
  if (subjects.length === 0) return blankSentence(item);
  const list = subjects.map((s) => {
    const level = s.level === null ? R.placeholder('学业水平等级') : `${LEVELS[s.level] ?? s.level}级`;
    const r = s.rate === null ? R.placeholder('校际差异率') : cv3(s.rate);
    return `${s.stage}${s.subject}${level}，校际差异率${r}`;
  });
  const failing = monitoringFailures(ctx, item);
  const tail = failing.length > 0 ? `。其中${failing.join('；')}，未达到评估标准` : '';
  return `${monitoringHead(ctx)}，结果为：${list.join('；')}${tail}。`;
};

const SENTENCES: Readonly<Record<string, ItemSentence>> = { Q1: q1, Q2: q2, Q3: q3, Q4: q4, Q5: q5, Q9: q9 };

/** The data sentence of a Q item (null for the items only people can write). */
export function qualitySentence(ctx: ReportContext, item: ItemResult): string | null {
  const f = SENTENCES[item.id];
  return f ? f(ctx, item) : null;
}

/** The section's blocks: the summary derived from the 9 verdicts, then 指标一…九. */
export function qualitySection(ctx: ReportContext, cnOf: (n: number) => string): Block[] {
  const items = ctx.result.quality;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: R.h2.quality },
    paragraph(text(R.summary.qualityIntro(`全${ctx.word}`) + summarySentence(ctx, items))),
  ];
  items.forEach((item, i) => {
    blocks.push(...itemBlock(item, cnOf(i + 1), qualitySentence(ctx, item)));
  });
  return blocks;
}

/** "全县社会认可度调查结果为80%，低于85%的标准5个百分点。" (its value must be entered). */
export function recognitionSentence(ctx: ReportContext): string {
  const s = ctx.result.recognition;
  const v = s.value ?? 0;
  return R.recognition(
    ctx.word,
    rate(ctx, v, s.standard),
    percent(ctx, s.standard ?? 0.85),
    shortBy(ctx, v, s.standard),
  );
}

/** （五）社会认可度, only when the survey result is entered. */
export function recognitionSection(ctx: ReportContext): Block[] {
  if (ctx.result.recognition.value === null) return [];
  return [{ kind: 'heading', level: 2, text: R.h2.recognition }, paragraph(text(recognitionSentence(ctx)))];
}
