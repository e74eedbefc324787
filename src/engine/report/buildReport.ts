/**
 * The 自查自评报告 drafted from an evaluation: the outline of REPORT.md §1.3 in order, every data-driven sentence
 * filled from the result and the county's inputs, every passage only people can write a 【待填写：…】 placeholder.
 */
import { reportMessages as R } from '../messages';
import type { CountyInput } from '../model';
import { readWorkbookInput } from '../read';
import { computeResult } from '../compute';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import type { WorkbookInput } from '../types';
import { balanceSection, balancePasses } from './balance';
import { basicsSection, includedParts } from './basics';
import { paragraph, placeholder, reportContext, reportRow, text, type ReportContext } from './context';
import { DEFAULT_REPORT_STYLE, type Block, type ReportDocument, type ReportStyle } from './documentModel';
import { cn, fullWidth, int } from './formats';
import { guaranteeSection } from './guarantee';
import { problemsSection } from './problems';
import { qualitySection, recognitionSection } from './quality';
import { resourcesSection } from './resources';
import { countsClause } from './summary';

export interface ReportOptions {
  /** The 成文日期 (shown in China Standard Time). */
  date: Date;
  /** Fonts and page; DEFAULT_REPORT_STYLE when not given. */
  style?: ReportStyle;
}

/** A date as 成文日期 in China Standard Time (UTC+8), whatever the machine's zone: "2023年12月5日". */
export function chinaDate(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3600 * 1000);
  return R.date({ y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() });
}

/** "综上，…" from the section verdicts (REPORT.md §4). */
function overallLine(ctx: ReportContext): Block {
  const parts = includedParts(ctx);
  const ok = parts.filter((p) => p.verdict === 'pass').length;
  const resources = `${int(ok)}所学校达到要求、${int(parts.length - ok)}所未达到要求，小学、初中各项指标校际差异系数${balancePasses(ctx) ? '均达到评估标准' : '未全部达到评估标准'}`;
  const items = (list: typeof ctx.result.guarantee): string => `${list.length}项指标中${countsClause(list)}`;
  return paragraph(text(R.overall(ctx.word, resources, items(ctx.result.guarantee), items(ctx.result.quality))));
}

/** 三、主要做法和经验: four placeholders. */
function practiceSection(): Block[] {
  return [
    { kind: 'heading', level: 1, text: R.h1.practice },
    ...R.practiceSlots.map((slot, i) => paragraph(text(slot), placeholder(R.practiceSlot(i + 1)))),
  ];
}

/** Builds the report of an evaluated county. */
export function buildReport(
  input: CountyInput,
  result: EvaluationResult,
  settings: Settings,
  options: ReportOptions,
): ReportDocument {
  const ctx = reportContext(input, result, settings);
  const name = input.county.name || R.placeholder('区县名称');
  const blocks: Block[] = [
    paragraph(placeholder(R.preamble), text(R.reportLead)),
    ...basicsSection(ctx),
    { kind: 'heading', level: 1, text: R.h1.indicators },
    ...resourcesSection(ctx),
    ...balanceSection(ctx),
    ...guaranteeSection(ctx, cn),
    ...qualitySection(ctx, cn),
    ...recognitionSection(ctx),
    overallLine(ctx),
    ...practiceSection(),
    ...problemsSection(ctx),
    paragraph(placeholder(R.closing)),
    {
      kind: 'signature',
      office: fullWidth(reportRow(ctx, 'office') ?? R.signatureDefault(name)),
      date: chinaDate(options.date),
    },
  ];
  return { county: name, title: R.title(name, ctx.word), blocks, style: options.style ?? DEFAULT_REPORT_STYLE };
}

export type ReportOutcome =
  { ok: true; report: ReportDocument; result: EvaluationResult } | { ok: false; reason: string };

/** Reads, evaluates (as `evaluate` does) and drafts the report of a workbook. */
export function reportFromWorkbook(workbook: WorkbookInput, options: ReportOptions): ReportOutcome {
  const read = readWorkbookInput(workbook);
  if (!read.ok) return { ok: false, reason: read.reason };
  const result = computeResult(read.input, read.settings);
  return { ok: true, report: buildReport(read.input, result, read.settings, options), result };
}
