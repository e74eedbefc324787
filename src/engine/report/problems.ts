/**
 * 四、存在问题及整改措施: every failing item and school with the amount that closes it (the same words as the item's
 * own block), then what cannot be judged yet and why; the measures themselves are a placeholder.
 */
import { REPORT_INDICATOR_NAMES, reportMessages as R, STAGE_WORDS } from '../messages';
import type { ItemResult, Shortfall } from '../result';
import { paragraph, placeholder, text, type ReportContext } from './context';
import type { Block, TextRun } from './documentModel';
import { actionText, failingSchools, partName, partTally, STAGES, stageBalance } from './facts';
import { cn, cv3, int, limit2 } from './formats';
import { guaranteeSentence, schoolShortfalls } from './guarantee';
import { monitoringFailures, qualitySentence, recognitionSentence } from './quality';
import { undecidedList } from './resources';

/** "A小学（需增加…）、B学校（小学部）（需增加…）" for 资源配置 ledger rows, as the items name their schools, one school part after another. */
function partList(ctx: ReportContext, rows: readonly Shortfall[]): string {
  const byPart = new Map<string, string[]>();
  for (const r of rows) {
    const type = ctx.schoolsByCode.get(r.code)?.type ?? '';
    const key = r.stage !== null ? partName({ name: r.name, type, stage: r.stage }) : r.name;
    const list = byPart.get(key) ?? [];
    list.push(actionText(r.action));
    byPart.set(key, list);
  }
  return [...byPart].map(([name, actions]) => `${name}（${actions.join('，')}）`).join('、');
}

const SCHOOL_ITEMS = new Set(['G3', 'G4', 'G5', 'G6', 'Q4']);

/** What makes a failing or 基本达标 item so, in the words of its block; a self-assessed one asks for the reason. */
function itemDetail(ctx: ReportContext, item: ItemResult): TextRun[] {
  if (item.selfAssessed) return [placeholder('理由')];
  if (SCHOOL_ITEMS.has(item.id)) return [text(schoolShortfalls(ctx, item.id, failingSchools(ctx, item)))];
  if (item.id === 'Q9') return [text(monitoringFailures(ctx, item).join('；'))];
  const sentence = item.id.startsWith('G') ? guaranteeSentence(ctx, item) : qualitySentence(ctx, item);
  return [text((sentence ?? item.detail).replace(/。$/, ''))];
}

type Line = TextRun[];

/** 资源配置 parts and coefficients that fail. */
function resourceLines(ctx: ReportContext): Line[] {
  const res = ctx.result;
  const lines: Line[] = [];
  const failed = new Set(
    res.parts.filter((p) => p.included && p.verdict === 'fail').map((p) => `${p.code}|${p.stage}`),
  );
  if (failed.size > 0) {
    const rows = res.shortfalls.filter((s) => s.stage !== null && failed.has(`${s.code}|${s.stage}`));
    lines.push([text(R.problems.resources(int(partTally(ctx).fail), partList(ctx, rows)))]);
  }
  for (const st of STAGES) {
    for (const id of stageBalance(ctx, st).above) {
      const c = res.coefficients[st][id];
      const v = cv3(c.cv ?? 0, { standard: c.limit, rule: 'max', pass: false });
      lines.push([text(R.problems.balance(STAGE_WORDS[st], REPORT_INDICATOR_NAMES[id], v, limit2(c.limit)))]);
    }
  }
  return lines;
}

/** Why an item cannot be judged yet: the blank inputs its block names, or the missing self-assessment. */
function missingDetail(ctx: ReportContext, item: ItemResult): string {
  if (item.selfAssessed) return R.problems.noSelfAssessment;
  const sentence = item.id.startsWith('G') ? guaranteeSentence(ctx, item) : qualitySentence(ctx, item);
  const m = sentence === null ? null : /^（(.+)，暂无法计算。）$/.exec(sentence);
  return m ? m[1] : item.detail.replace(/^待填报：(.+)$/, '$1未填报');
}

/** One line per failing or 基本达标 item, or (`missing`) per item that cannot be judged yet. */
function itemLines(ctx: ReportContext, missing: boolean): Line[] {
  const lines: Line[] = [];
  const each = (list: readonly ItemResult[], section: string): void =>
    list.forEach((item, i) => {
      const head = R.problems.itemHead(section, cn(i + 1), item.name);
      if (missing) {
        if (item.status === 'missing') lines.push([text(`${head}：${missingDetail(ctx, item)}。`)]);
        return;
      }
      if (item.status !== 'fail' && item.status !== 'basic') return;
      const word = item.selfAssessed ? R.problems.selfWord(item.status === 'basic' ? '基本达标' : '未达标') : '未达标';
      lines.push([text(`${head}${word}：`), ...itemDetail(ctx, item), text('。')]);
    });
  each(ctx.result.guarantee, '政府保障程度');
  each(ctx.result.quality, '教育质量');
  return lines;
}

/** Everything that fails: parts, coefficients, items, 社会认可度, vetoes. */
function failLines(ctx: ReportContext): Line[] {
  const res = ctx.result;
  const lines = [...resourceLines(ctx), ...itemLines(ctx, false)];
  if (res.recognition.status === 'fail')
    lines.push([text(`社会认可度未达标：${recognitionSentence(ctx).replace(/^全./, '')}`)]);
  const vetoes = res.vetoes.filter((v) => v.value === true).map((v) => v.item);
  if (vetoes.length > 0) lines.push([text(R.vetoes(vetoes.join('、')))]);
  return lines;
}

/** What cannot be judged yet: parts with blank figures, coefficients not computable, items 待填报. */
function undecidedLines(ctx: ReportContext): Line[] {
  const lines: Line[] = [];
  const t = partTally(ctx);
  if (t.undecided > 0) lines.push([text(R.problems.resourcesUndecided(int(t.undecided), undecidedList(ctx)))]);
  for (const st of STAGES) {
    const ids = stageBalance(ctx, st).uncomputable;
    if (ids.length === 0) continue;
    lines.push([
      text(R.problems.balanceUndecided(STAGE_WORDS[st], ids.map((id) => REPORT_INDICATOR_NAMES[id]).join('、'))),
    ]);
  }
  return [...lines, ...itemLines(ctx, true)];
}

/** The section's blocks. */
export function problemsSection(ctx: ReportContext): Block[] {
  const fails = failLines(ctx);
  const undecided = undecidedLines(ctx);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: R.h1.problems }];
  if (fails.length === 0 && undecided.length === 0) blocks.push(paragraph(text(R.problems.none)));
  let n = 0;
  const numbered = (lines: Line[]): void => lines.forEach((l) => blocks.push(paragraph(text(`${++n}. `), ...l)));
  if (fails.length > 0) {
    blocks.push(paragraph(text(R.problems.intro)));
    numbered(fails);
  }
  if (undecided.length > 0) {
    blocks.push(paragraph(text(R.problems.undecidedIntro)));
    numbered(undecided);
  }
  blocks.push(paragraph(placeholder(R.problems.measures)));
  return blocks;
}
