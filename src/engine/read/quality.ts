/** The optional `质量监测` sheet (Q9): one row per subject with its level and 校际差异率. */
import { QUALITY_COLUMNS } from '../columns';
import { readingMessages as msg } from '../messages';
import type { QualitySubject } from '../model';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import { columnLetters } from '../a1';
import { findHeader, type HeaderMatch } from './header';
import { cellText, isPercentFormat, Lexicon, normalizeText } from './normalize';
import { parsePercentCell } from './number';

type QualityColumn = (typeof QUALITY_COLUMNS)[number];

const [SUBJECT, STAGE, LEVEL, RATE] = QUALITY_COLUMNS;

const QUALITY_LEXICON = (() => {
  const lex = new Lexicon<QualityColumn>();
  for (const c of QUALITY_COLUMNS) lex.add(c, c);
  // Shorter forms seen in county reports.
  lex.add('学科', SUBJECT).add('等级', LEVEL).add('学业水平', LEVEL).add('差异率', RATE);
  return lex;
})();

/** Finds the header of a quality sheet: 科目 plus at least two of the other columns. */
export function findQualityHeader(grid: SheetGrid): HeaderMatch<QualityColumn> | null {
  return findHeader(
    grid,
    QUALITY_LEXICON,
    (c) => c,
    (ids) => ids.has(SUBJECT) && ids.size >= 3,
  );
}

const LEVELS: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['一', 1],
  ['二', 2],
  ['三', 3],
  ['四', 4],
]);
const LEVEL_DECORATION = /^第|级$|等$/g;

/** A 学业水平等级: Ⅰ–Ⅳ, I–IV, 1–4, with an optional 级 suffix; undefined when unreadable, null when blank. */
export function parseLevel(v: CellValue | undefined): number | null | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 4 ? v : undefined;
  // NFKC turns Ⅲ into III (lowercased to iii by normalizeText).
  const t = normalizeText(cellText(v)).replace(LEVEL_DECORATION, '');
  if (t === '' && cellText(v) === '') return null;
  return LEVELS.get(t);
}

/** A cell of a quality row being read, and where its problems go. */
interface QualityCell {
  sheet: string;
  cell: string;
  v: CellValue | undefined;
  format: string | null | undefined;
  /** The row's 科目, naming it in messages. */
  subject: string;
  issues: DataIssue[];
}

function problem(q: QualityCell, code: string, message: string): void {
  q.issues.push({ severity: 'error', sheet: q.sheet, cell: q.cell, code, message });
}

/** 学业水平等级: required, Ⅰ–Ⅳ. */
function readLevelCell(q: QualityCell): number | null {
  const parsed = parseLevel(q.v);
  if (parsed === undefined) problem(q, 'bad-level', msg.badLevel(q.sheet, q.cell, cellText(q.v)));
  else if (parsed === null) problem(q, 'blank-required', msg.blankRequired(q.sheet, q.cell, LEVEL, q.subject));
  return parsed ?? null;
}

/** 校际差异率: required; a plain ratio (0.128), and only a % sign or a percentage format makes it percent points. */
function readRateCell(q: QualityCell): number | null {
  const { sheet, cell, subject } = q;
  const parsed = parsePercentCell(q.v ?? null, isPercentFormat(q.format), 'fraction');
  if (parsed.kind === 'number') return parsed.value;
  if (parsed.kind === 'blank') problem(q, 'blank-required', msg.blankRequired(sheet, cell, RATE, subject));
  else {
    const m =
      parsed.code === 'excel-error'
        ? msg.excelError(sheet, cell, RATE, parsed.text, subject)
        : parsed.code === 'negative'
          ? msg.negative(sheet, cell, RATE, parsed.text, subject)
          : msg.notANumber(sheet, cell, RATE, parsed.text, subject);
    problem(q, parsed.code, m);
  }
  return null;
}

/** Reads the quality rows below the header; blank rows are skipped. */
export function readQualitySheet(
  grid: SheetGrid,
  header: HeaderMatch<QualityColumn>,
): { quality: QualitySubject[]; issues: DataIssue[] } {
  const sheet = grid.name;
  const issues: DataIssue[] = [];
  const col = (c: QualityColumn): number | null => header.hits.find((h) => h.target === c)?.col ?? null;
  const subjectCol = col(SUBJECT);
  const stageCol = col(STAGE);
  const levelCol = col(LEVEL);
  const rateCol = col(RATE);
  for (const c of QUALITY_COLUMNS) {
    if (col(c) === null)
      issues.push({
        severity: 'error',
        sheet,
        cell: null,
        code: 'missing-column',
        message: msg.missingColumn(sheet, c),
      });
  }
  const quality: QualitySubject[] = [];
  for (let r = header.dataStart; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row || row.every((v) => cellText(v) === '')) continue;
    const subject = subjectCol === null ? '' : cellText(row[subjectCol]);
    const stage = stageCol === null ? '' : cellText(row[stageCol]);
    const cellAt = (c: number): QualityCell => ({
      sheet,
      cell: `${columnLetters(c)}${r + 1}`,
      v: row[c],
      format: grid.formats?.[r]?.[c],
      subject,
      issues,
    });
    const level = levelCol === null ? null : readLevelCell(cellAt(levelCol));
    const rate = rateCol === null ? null : readRateCell(cellAt(rateCol));
    quality.push({ subject, stage, level, rate, row: r + 1 });
  }
  return { quality, issues };
}
