/** 一、基本情况: the profile placeholder and the schools, students and teachers sentence (REPORT.md §2.1). */
import { reportMessages as R } from '../messages';
import type { PartResult } from '../result';
import { countyNumber, paragraph, percent, placeholder, reportNumber, text, type ReportContext } from './context';
import type { Block } from './documentModel';
import { int } from './formats';

/** Included school parts, the unit every count of the report uses. */
export function includedParts(ctx: ReportContext): PartResult[] {
  return ctx.result.parts.filter((p) => p.included);
}

const isCombined = (p: PartResult): boolean => p.type === '九年一贯制' || p.type === '十二年一贯制';

/** "（含…）" items of a 学段 count, each left out when its count is 0. */
function composition(items: [number, (n: string) => string][]): string[] {
  return items.filter(([n]) => n > 0).map(([n, f]) => f(int(n)));
}

/** The school-count sentence: parts per 学段, with 一贯制, 完中, 校区 and 校点 parts named. */
function schoolsSentence(ctx: ReportContext, parts: PartResult[]): string {
  const B = R.basics;
  const primary = parts.filter((p) => p.stage === 'primary');
  const junior = parts.filter((p) => p.stage === 'junior');
  const count = (list: PartResult[], f: (p: PartResult) => boolean): number => list.filter(f).length;
  const p = B.primary(
    int(primary.length),
    composition([
      [count(primary, isCombined), B.combinedPrimary],
      // A 小学 row named as a 校区 is a campus counted as its own unit (不含本部).
      [count(primary, (x) => x.type === '小学' && x.name.includes('校区')), B.campus],
      [count(primary, (x) => x.type === '教学点'), B.teachingPoint],
    ]),
  );
  const j = B.junior(
    int(junior.length),
    composition([
      [count(junior, (x) => x.type === '完全中学'), B.completeJunior],
      [count(junior, isCombined), B.combinedJunior],
    ]),
  );
  return `${B.schools(ctx.word, int(parts.length), `，其中${p}，${j}`)}。`;
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

/** The section's blocks. */
export function basicsSection(ctx: ReportContext): Block[] {
  const parts = includedParts(ctx);
  return [
    { kind: 'heading', level: 1, text: R.h1.basics },
    paragraph(placeholder(R.profile)),
    paragraph(text(schoolsSentence(ctx, parts) + peopleSentence(ctx, parts))),
  ];
}
