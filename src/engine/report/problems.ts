/**
 * 四、存在问题及整改措施: every failing item and school with the amount that closes it, from 整改台账; the measures
 * themselves are a placeholder.
 */
import { REPORT_INDICATOR_NAMES, reportMessages as R, STAGE_WORDS } from '../messages';
import { INDICATOR_IDS, type ItemResult, type Shortfall } from '../result';
import { paragraph, placeholder, text, type ReportContext } from './context';
import type { Block } from './documentModel';
import { cn, cv3, int, limit2 } from './formats';

/** A 整改台账 action as the report writes it: no spaces or digit grouping, 平方米 for m². */
function actionText(action: string): string {
  return action
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/m²/g, '平方米');
}

/** "A小学需增加…；B学校（小学部）需增加…" for ledger rows; only a combined school names the part. */
function schoolList(ctx: ReportContext, rows: readonly Shortfall[]): string {
  const byPart = new Map<string, string[]>();
  for (const r of rows) {
    const type = ctx.schoolsByCode.get(r.code)?.type;
    const combined = type === '九年一贯制' || type === '十二年一贯制';
    const key = r.stage !== null && combined ? `${r.name}（${STAGE_WORDS[r.stage]}部）` : r.name;
    const list = byPart.get(key) ?? [];
    list.push(actionText(r.action));
    byPart.set(key, list);
  }
  return [...byPart].map(([name, actions]) => `${name}${actions.join('，')}`).join('；');
}

/** One line per problem: 资源配置 parts, coefficients above their limits, failing or 基本达标 items, vetoes. */
function problemLines(ctx: ReportContext): string[] {
  const res = ctx.result;
  const lines: string[] = [];
  const failedParts = new Set(
    res.parts.filter((p) => p.included && p.verdict === 'fail').map((p) => `${p.code}|${p.stage}`),
  );
  if (failedParts.size > 0) {
    const rows = res.shortfalls.filter((s) => s.stage !== null && failedParts.has(`${s.code}|${s.stage}`));
    lines.push(
      `资源配置：${int(failedParts.size)}所学校未达到“至少6项指标达到要求、余项不低于要求的85%”的要求。${schoolList(ctx, rows)}。`,
    );
  }
  for (const st of ['primary', 'junior'] as const) {
    for (const id of INDICATOR_IDS) {
      const c = res.coefficients[st][id];
      if (c.pass !== false || c.cv === null) continue;
      lines.push(
        `校际均衡：${STAGE_WORDS[st]}${REPORT_INDICATOR_NAMES[id]}校际差异系数为${cv3(c.cv, { standard: c.limit, rule: 'max', pass: false })}，高于${limit2(c.limit)}。`,
      );
    }
  }
  const items = (list: readonly ItemResult[], section: string): void => {
    list.forEach((item, i) => {
      if (item.status !== 'fail' && item.status !== 'basic') return;
      const rows = res.shortfalls.filter((s) => s.item === item.id);
      const word = item.status === 'basic' ? '基本达标' : '未达标';
      const detail = rows.length > 0 ? schoolList(ctx, rows) : item.detail;
      lines.push(`${section}指标${cn(i + 1)}（${item.name}）${word}：${detail}。`);
    });
  };
  items(res.guarantee, '政府保障程度');
  items(res.quality, '教育质量');
  if (res.recognition.status === 'fail') lines.push(`社会认可度未达标：${res.recognition.detail}。`);
  const vetoes = res.vetoes.filter((v) => v.value === true).map((v) => v.item);
  if (vetoes.length > 0) lines.push(R.vetoes(vetoes.join('、')));
  return lines;
}

/** The section's blocks. */
export function problemsSection(ctx: ReportContext): Block[] {
  const lines = problemLines(ctx);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: R.h1.problems }];
  if (lines.length === 0) blocks.push(paragraph(text(R.problems.none)));
  else {
    blocks.push(paragraph(text(R.problems.intro)));
    lines.forEach((l, i) => blocks.push(paragraph(text(`${i + 1}. ${l.replace(/。。$/, '。')}`))));
  }
  blocks.push(paragraph(placeholder(R.problems.measures)));
  return blocks;
}
