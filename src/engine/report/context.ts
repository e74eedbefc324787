/** What every section of the report reads: the result, the county's inputs, and the formats in force. */
import type { ReportRowKey } from '../columns';
import type { CountyInput, CountyNumericItem, School } from '../model';
import type { EvaluationResult, ItemResult } from '../result';
import type { Settings } from '../settings';
import { CONCLUSION_WORDS, ITEM_PLACEHOLDERS, ITEM_TEXTS, reportMessages as R } from '../messages';
import type { Block, TextRun } from './documentModel';
import { countyWord, guardedNumber, pct, type Guard } from './formats';

export interface ReportContext {
  input: CountyInput;
  result: EvaluationResult;
  settings: Settings;
  /** 县 / 区 / 市 / 旗. */
  word: string;
  /** 评估年度 as a number, null when blank or not a year. */
  year: number | null;
  /** Decimals of every percentage (报告百分比小数位数, default 2). */
  decimals: number;
  schoolsByCode: Map<string, School>;
  /** 教育信息化专项经费 and its 网络安全经费 (万元) of 履职数据's year; null where not given. */
  itFunds: ItFunds;
}

/** The 信息化 funds of 履职数据 (本年, 万元). */
export interface ItFunds {
  it: number | null;
  cyber: number | null;
}

/** Builds the context of one report. */
export function reportContext(
  input: CountyInput,
  result: EvaluationResult,
  settings: Settings,
  itFunds: ItFunds = { it: null, cyber: null },
): ReportContext {
  const y = Number.parseInt(input.county.year, 10);
  const d = input.county.report?.percentDecimals;
  return {
    input,
    result,
    settings,
    word: countyWord(input.county.name),
    year: Number.isFinite(y) && y > 1900 ? y : null,
    decimals: typeof d === 'number' && d >= 0 && d <= 4 ? Math.round(d) : 2,
    schoolsByCode: new Map(input.schools.map((s) => [s.code, s])),
    itFunds,
  };
}

/** A county figure, null when blank. */
export function countyNumber(ctx: ReportContext, key: CountyNumericItem): number | null {
  return ctx.input.county.numbers[key].value;
}

/** A report row as text (user punctuation kept), null when blank. */
export function reportRow(ctx: ReportContext, key: ReportRowKey): string | null {
  const v = ctx.input.county.report?.[key];
  return v === undefined ? null : String(v);
}

/** A report row as a number, null when blank or text. */
export function reportNumber(ctx: ReportContext, key: ReportRowKey): number | null {
  const v = ctx.input.county.report?.[key];
  return typeof v === 'number' ? v : null;
}

/** The year for "{年}年…" sentences: 评估年度, or a placeholder when it is blank. */
export function yearText(ctx: ReportContext): string {
  return ctx.year !== null ? `${ctx.year}年` : R.placeholder('年度');
}

/** A fraction as a percentage at the report's decimals, guarded against reading as its standard. */
export function percent(ctx: ReportContext, fraction: number, guard?: Guard): string {
  return pct(fraction, ctx.decimals, guard);
}

/** A "≥ standard" guard from an item's figure. */
export function minGuard(value: number, standard: number | null | undefined): Guard | undefined {
  if (standard === null || standard === undefined) return undefined;
  return { standard, rule: 'min', pass: value >= standard - 1e-9 };
}

/** A rate against a "≥" standard: never shown as the standard when it falls short of it. */
export function rate(ctx: ReportContext, v: number, standard: number | null): string {
  return percent(ctx, v, minGuard(v, standard));
}

/**
 * How far a rate falls short of its "≥" standard: "，低于100%的标准0.02个百分点"; empty when it meets it. The gap
 * never reads as 0: it takes more decimals until it shows.
 */
export function shortBy(ctx: ReportContext, v: number, standard: number | null): string {
  if (standard === null || v >= standard - 1e-9) return '';
  const gap = guardedNumber((standard - v) * 100, ctx.decimals, { standard: 0, rule: 'max', pass: false });
  return R.shortBy(percent(ctx, standard), gap);
}

/** The data sentence of one G or Q item; null when its inputs are blank. */
export type ItemSentence = (ctx: ReportContext, item: ItemResult) => string | null;

export const text = (t: string): TextRun => ({ text: t });
export const placeholder = (what: string): TextRun => ({ text: R.placeholder(what), placeholder: true });
export const paragraph = (...runs: TextRun[]): Block => ({ kind: 'paragraph', runs });

/**
 * One item in the block shape of REPORT.md §1.3: "指标{cn}：{原文}。" with the narrative placeholder, the data
 * sentence (or the note that its inputs are blank), then its own "自评结论：…。" line.
 */
export function itemBlock(item: ItemResult, cnNumber: string, data: string | null): Block[] {
  const runs: TextRun[] = [
    { text: R.itemHead(cnNumber, ITEM_TEXTS[item.id] ?? item.name), bold: true },
    placeholder(ITEM_PLACEHOLDERS[item.id] ?? '主要做法'),
  ];
  if (data !== null) runs.push(text(data));
  // A self-assessed 基本达标 or 未达标 is the county's own judgement: the reason is for people to give.
  if (item.selfAssessed && (item.status === 'basic' || item.status === 'fail')) runs.push(placeholder('理由'));
  const conclusion =
    item.status === 'missing'
      ? paragraph(text('自评结论：'), placeholder('自评结论'), text('。'))
      : paragraph(text(R.conclusion(CONCLUSION_WORDS[item.status])));
  return [paragraph(...runs), conclusion];
}

/** The sentence for an item whose inputs are blank: names them, invents nothing. */
export function blankSentence(item: ItemResult): string {
  const m = /^待填报：(.+)$/.exec(item.detail);
  return R.blank(m ? m[1] : '所需数据');
}
