/**
 * The counts the self-evaluation reports state (REPORT.md §2.1, §2.2, §2.4, §2.5), as tables at the foot of
 * 评估汇总, so that every figure a report sentence needs can be read off the sheet: school parts by type and 学段,
 * the three-way split of the per-school rule by indicator, G3 by build year, G4 and G5 by school type, Q9 per
 * subject. The counts themselves are in summaryCounts.ts.
 */
import type { Stage } from '../model';
import { INDICATOR_NAMES, STAGE_WORDS, printMessages as P, templateMessages } from '../messages';
import type { EvaluationResult, IndicatorId } from '../result';
import { FORMATS, percentFormat } from './numberFormats';
import type { SheetBuilder } from './sheetBuilder';
import { itemStatusCell } from './statusStyle';
import { type SplitRow, failingByType, partComposition, resourceSplit } from './summaryCounts';

const STAGES: readonly Stage[] = ['primary', 'junior'];
/** Width of 评估汇总's tables, over which the captions are merged. */
const SUMMARY_COLS = 10;

/** Writes the count tables from row `r`; returns the next free row. */
export function writeCountTables(b: SheetBuilder, r: number, result: EvaluationResult): number {
  b.caption(r++, P.countsTitle, SUMMARY_COLS);
  r = writeComposition(b, r, result) + 1;
  r = writeSplit(b, r, result, SUMMARY_COLS) + 1;
  r = writeG3(b, r, result) + 1;
  r = writeByType(b, r, result) + 1;
  return writeQ9(b, r, result);
}

/** 学校（学段）构成: one row per school type, the parts of each 学段 and their sum. */
function writeComposition(b: SheetBuilder, r: number, result: EvaluationResult): number {
  b.caption(r++, P.compositionTitle, SUMMARY_COLS);
  const top = r;
  b.header(r++, [P.typeHeader, ...STAGES.map((s) => STAGE_WORDS[s]), P.totalHeader]);
  const rows = partComposition(result.parts);
  for (const row of [...rows.byType, rows.total]) {
    b.set(r, 0, row.type);
    b.row(r, [row.primary, row.junior, row.primary + row.junior], { format: FORMATS.integer }, 1);
    r++;
  }
  b.box(top, 0, r - top, 4);
  b.set(r, 0, P.compositionNote);
  b.merge(r, 0, 1, 4);
  return r + 1;
}

/** 资源配置三类情况 by 学段, with the indicators that decide each class. */
function writeSplit(b: SheetBuilder, r: number, result: EvaluationResult, cols: number): number {
  b.caption(r++, P.splitTitle, SUMMARY_COLS);
  const top = r;
  b.header(r, [P.splitHeader[0], ...STAGES.map((s) => STAGE_WORDS[s]), P.totalHeader, P.splitHeader[1]]);
  b.merge(r++, 4, 1, cols - 4);
  const split = resourceSplit(result.parts);
  const rows: [string, SplitRow][] = [
    [P.splitRows.all, split.all],
    [P.splitRows.near, split.near],
    [P.splitRows.fail, split.fail],
    [P.splitRows.incomplete, split.incomplete],
  ];
  for (const [label, row] of rows) {
    b.set(r, 0, label);
    b.row(r, [row.primary, row.junior, row.primary + row.junior], { format: FORMATS.integer }, 1);
    b.set(r, 4, byIndicatorText(row.byIndicator));
    b.merge(r, 4, 1, cols - 4);
    r++;
  }
  b.box(top, 0, r - top, cols);
  return r;
}

/** "生均体育运动场馆面积 1所；…", empty when no indicator is named. */
function byIndicatorText(by: Partial<Record<IndicatorId, number>>): string | null {
  const parts = Object.entries(by).map(([id, n]) => P.indicatorCount(INDICATOR_NAMES[id as IndicatorId], n));
  return parts.length > 0 ? parts.join('；') : null;
}

/** G3 by build year: schools, schools meeting it, and the rate. */
function writeG3(b: SheetBuilder, r: number, result: EvaluationResult): number {
  const g3 = result.guarantee.find((i) => i.id === 'G3');
  b.caption(r++, P.g3Title, SUMMARY_COLS);
  const top = r;
  b.header(r++, [...P.g3Header]);
  for (const g of g3?.groups ?? []) {
    // A rate over the schools known so far would read as a result while some are blank.
    const rate = g.missing === 0 && g.applicable > 0 ? g.meeting / g.applicable : null;
    b.set(r, 0, g.label);
    b.row(r, [g.applicable, g.meeting, g.missing], { format: FORMATS.integer }, 1);
    b.set(r, 4, rate, { format: percentFormat(rate, { standard: 1, failing: g.meeting < g.applicable }) });
    r++;
  }
  b.box(top, 0, r - top, P.g3Header.length);
  return r;
}

/** G4 and G5: the schools that do not meet them, by school type. */
function writeByType(b: SheetBuilder, r: number, result: EvaluationResult): number {
  b.caption(r++, P.byTypeTitle, SUMMARY_COLS);
  const top = r;
  const types = P.schoolTypes;
  b.header(r++, [P.itemHeader, ...types, P.totalHeader]);
  for (const id of ['G4', 'G5'] as const) {
    const item = result.guarantee.find((i) => i.id === id);
    const counts = failingByType(item?.failing ?? [], result.parts);
    b.set(r, 0, P.byTypeRows[id]);
    const values = types.map((t) => counts.get(t) ?? 0);
    b.row(r, [...values, values.reduce((x, y) => x + y, 0)], { format: FORMATS.integer }, 1);
    r++;
  }
  b.box(top, 0, r - top, types.length + 2);
  return r;
}

/** Q9: each monitored subject with its level, 校际差异率 and status. */
function writeQ9(b: SheetBuilder, r: number, result: EvaluationResult): number {
  const q9 = result.quality.find((i) => i.id === 'Q9');
  b.caption(r++, P.q9Title, SUMMARY_COLS);
  const top = r;
  b.header(r++, [...P.q9Header]);
  const subjects = q9?.subjects ?? [];
  if (subjects.length === 0) b.set(r++, 0, P.noSubjects);
  for (const s of subjects) {
    b.row(r, [s.stage, s.subject]);
    const level = s.level === null ? null : (templateMessages.levels[s.level - 1] ?? String(s.level));
    b.set(r, 2, level === null ? null : `${level}级`);
    b.set(r, 3, s.rate, { format: FORMATS.cv });
    const c = itemStatusCell(s.status);
    b.set(r, 4, c.word, { fill: c.fill });
    r++;
  }
  b.box(top, 0, r - top, P.q9Header.length);
  return r;
}
