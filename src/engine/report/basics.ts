/** 一、基本情况: the profile placeholder and the schools, students and teachers sentence (REPORT.md §2.1). */
import { reportMessages as R, STAGE_WORDS } from '../messages';
import type { Stage } from '../model';
import type { PartResult } from '../result';
import { countyNumber, paragraph, percent, placeholder, reportNumber, text, type ReportContext } from './context';
import type { Block } from './documentModel';
import { composition, duty, partsOf, STAGES, type CompositionKind } from './facts';
import { int, pct, wan } from './formats';

const KIND_WORDS: Readonly<Record<CompositionKind, (n: string, stage: string) => string>> = {
  单设小学: (n) => `单设小学${n}所`,
  单设初中: (n) => `单设初中${n}所`,
  九年一贯制: (n, st) => `九年一贯制学校${st}部${n}个`,
  十二年一贯制: (n, st) => `十二年一贯制学校${st}部${n}个`,
  完全中学: (n) => `完全中学初中部${n}个`,
  校区: (n) => `校区${n}个`,
  校点: (n) => `校点${n}个`,
};

/** "小学55所（单设小学40所、九年一贯制学校小学部6个…）": the kinds add up to the 学段's count. */
function stageCount(ctx: ReportContext, stage: Stage): string {
  const c = composition(ctx, stage);
  const word = STAGE_WORDS[stage];
  const kinds = c.kinds.filter(([, n]) => n > 0).map(([k, n]) => KIND_WORDS[k](int(n), word));
  // A 学段 made of one kind only needs no bracket.
  const bracket = kinds.length > 1 ? `（${kinds.join('、')}）` : '';
  return `${word}${int(c.total)}所${bracket}`;
}

/** The school-count sentence: parts per 学段, each broken down by school type. */
function schoolsSentence(ctx: ReportContext): string {
  const B = R.basics;
  const stages = STAGES.filter((st) => partsOf(ctx, st).length > 0).map((st) => stageCount(ctx, st));
  return `${B.schools(ctx.word, int(partsOf(ctx).length), stages.length > 0 ? `，其中${stages.join('，')}` : '')}。`;
}

/** Students, 特教 students, staff, teachers and the certified share; a blank figure leaves its clause out. */
function peopleSentence(ctx: ReportContext, parts: PartResult[]): string {
  const B = R.basics;
  const sum = (stage: string | null): number =>
    parts.filter((p) => stage === null || p.stage === stage).reduce((a, p) => a + (p.students ?? 0), 0);
  const first = [B.students(int(sum(null)), int(sum('primary')), int(sum('junior')))];
  const special = countyNumber(ctx, 'specialSchoolStudents');
  if (special !== null && special > 0) first.push(B.special(int(special)));
  const second: string[] = [];
  const staff = reportNumber(ctx, 'staffTotal');
  if (staff !== null) second.push(B.staff(int(staff)));
  const teachers = countyNumber(ctx, 'fullTimeTeachers');
  if (teachers !== null) second.push(B.teachers(int(teachers)));
  const g12 = ctx.result.guarantee.find((g) => g.id === 'G12');
  if (g12 && g12.value !== null && g12.standard !== null) {
    second.push(B.cert(percent(ctx, g12.value, { standard: g12.standard, rule: 'min', pass: g12.status === 'pass' })));
  }
  return `${first.join('，')}${second.length > 0 ? `；${second.join('，')}` : ''}。`;
}

/**
 * The year's 一般公共预算教育支出 (履职数据, check F1) and its change on the year before: "2023年全县一般公共预算
 * 教育支出208177万元，比上年增长4.11%。"; empty when 履职数据 does not give it.
 */
function spendingSentence(ctx: ReportContext): string {
  const f1 = duty(ctx, 'F1');
  if (f1 === null) return '';
  const year = ctx.result.dutiesYear ? `${ctx.result.dutiesYear}年` : '';
  let change = '';
  if (f1.previous !== null && f1.previous > 0) {
    const r = f1.value / f1.previous - 1;
    change =
      Math.abs(r) < 1e-12 ? '，与上年持平' : `，比上年${r > 0 ? '增长' : '减少'}${pct(Math.abs(r), ctx.decimals)}`;
  }
  return R.basics.spending(year, ctx.word, wan(f1.value), change);
}

/** The section's blocks. */
export function basicsSection(ctx: ReportContext): Block[] {
  const parts = partsOf(ctx);
  return [
    { kind: 'heading', level: 1, text: R.h1.basics },
    paragraph(placeholder(R.profile)),
    paragraph(text(schoolsSentence(ctx) + peopleSentence(ctx, parts) + spendingSentence(ctx))),
  ];
}
