/**
 * The 自查自评报告 drafted from an evaluation: the outline of REPORT.md §1.3 in order, every data-driven sentence
 * filled from the result and the county's inputs, every passage only people can write a 【待填写：…】 placeholder.
 */
import { reportMessages as R } from '../messages';
import type { CountyInput } from '../model';
import { DUTY_SHEETS } from '../columns';
import { findSheet } from '../duties';
import { readDutyData } from '../duties/readData';
import { evaluate } from '../evaluate';
import { readWorkbookInput } from '../read';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import type { WorkbookInput } from '../types';
import { balanceSection, balanceVerdict } from './balance';
import { basicsSection } from './basics';
import { paragraph, placeholder, reportContext, reportRow, text, type ItFunds, type ReportContext } from './context';
import { DEFAULT_REPORT_STYLE, type Block, type ReportDocument, type ReportStyle } from './documentModel';
import { partTally } from './facts';
import { cn, fullWidth, int } from './formats';
import { guaranteeSection } from './guarantee';
import { problemsSection } from './problems';
import { qualitySection, recognitionSection, recognitionSentence } from './quality';
import { resourcesSection } from './resources';
import { countsClause } from './summary';

export interface ReportOptions {
  /** The 成文日期 (shown in China Standard Time). */
  date: Date;
  /** Fonts and page; DEFAULT_REPORT_STYLE when not given. */
  style?: ReportStyle;
  /** The 信息化 funds of 履职数据 (教育质量指标三); left out when the workbook has none. */
  itFunds?: ItFunds;
}

/** A date as 成文日期 in China Standard Time (UTC+8), whatever the machine's zone: "2023年12月5日". */
export function chinaDate(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3600 * 1000);
  return R.date({ y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() });
}

/** "综上，…" from the same facts as the sections (REPORT.md §4): pass, fail and undecided kept apart. */
function overallLine(ctx: ReportContext): Block {
  const t = partTally(ctx);
  const counts = [
    t.pass > 0 ? R.overallPass(int(t.pass)) : '',
    t.fail > 0 ? R.overallFail(int(t.fail)) : '',
    t.undecided > 0 ? R.overallUndecided(int(t.undecided)) : '',
  ].filter((x) => x !== '');
  const resources = R.overallResources(int(t.total), counts.join('、'));
  // 社会认可度 only when surveyed: "调查结果为92.6%，达到85%的标准".
  const recognition =
    ctx.result.recognition.value === null
      ? ''
      : R.overallRecognition(
          recognitionSentence(ctx)
            .replace(/^全.社会认可度/, '')
            .replace(/。$/, ''),
        );
  const items = (list: typeof ctx.result.guarantee): string =>
    list.every((i) => i.status === 'pass')
      ? R.overallAll(list.length)
      : `${list.length}项指标中，${countsClause(list)}`;
  return paragraph(
    text(
      R.overall(
        ctx.word,
        resources,
        balanceVerdict(ctx, true),
        items(ctx.result.guarantee),
        items(ctx.result.quality),
        recognition,
      ),
    ),
  );
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
  const ctx = reportContext(input, result, settings, options.itFunds);
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

/** The 教育信息化专项经费 and 网络安全经费 of a workbook's 履职数据 (本年), as the 履职 checks read them. */
function itFundsOf(workbook: WorkbookInput): ItFunds {
  const grid = findSheet(workbook.sheets, DUTY_SHEETS.data);
  if (!grid) return { it: null, cyber: null };
  const figures = readDutyData(grid).data.figures;
  return { it: figures.get('itFund')?.now?.value ?? null, cyber: figures.get('cyberFund')?.now?.value ?? null };
}

/** Reads and evaluates a workbook exactly as `evaluate` does (履职 included), then drafts its report. */
export function reportFromWorkbook(workbook: WorkbookInput, options: ReportOptions): ReportOutcome {
  const outcome = evaluate(workbook);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  // The inputs and settings the evaluation used: reading is pure, so a second read gives the same.
  const read = readWorkbookInput(workbook);
  if (!read.ok) return { ok: false, reason: read.reason };
  const report = buildReport(read.input, outcome.result, read.settings, { itFunds: itFundsOf(workbook), ...options });
  return { ok: true, report, result: outcome.result };
}
