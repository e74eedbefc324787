/**
 * Counties as other programs write them: every template column, blanks where statisticians leave them, a few bad
 * cells that the reader turns into warnings, written by exceljs with shared strings and styles, and the same file
 * rewritten by LibreOffice (`soffice --headless --convert-to xlsx`) where it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { SCHOOL_COLUMNS, SHEETS } from '../src/engine/columns';
import type { CellValue } from '../src/engine/types';
import { benchCountyRows, benchHeaders, generateSchools, seededRandom, type BenchSchool } from './county';

/** Columns a statistician may leave blank without it meaning anything (TEMPLATE.md: optional, or blank = 0). */
const MAY_BE_BLANK = new Set(
  SCHOOL_COLUMNS.filter((c) => c.need === 'optional' || c.blankIsZero === true).map((c) => c.key),
);

/** Bad cells seen in real counties: text in a number column, units typed into the cell, a negative count. */
const BAD_VALUES: CellValue[] = ['不详', '12.5人', -3, '—'];

/**
 * The generated schools with about 8% of the optional cells blank and one bad number cell in every 400 rows,
 * deterministic for a given size.
 */
export function realisticSchools(n: number): BenchSchool[] {
  const rnd = seededRandom(7 + n);
  const numeric = SCHOOL_COLUMNS.map((c, i) => (c.unit !== '' ? i : -1)).filter((i) => i >= 0);
  return generateSchools(n).map((s, r) => {
    const row = s.row.map((v, i) => (MAY_BE_BLANK.has(SCHOOL_COLUMNS[i].key) && rnd() < 0.08 ? null : v));
    if (r % 400 === 17) row[numeric[r % numeric.length]] = BAD_VALUES[r % BAD_VALUES.length];
    return { ...s, row };
  });
}

/** Writes the county with exceljs's shared strings and styles, as files saved from other tools have them. */
export async function writeSharedStringsCounty(path: string, schools: BenchSchool[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const school = wb.addWorksheet(SHEETS.school);
  const head = school.addRow(benchHeaders());
  head.font = { bold: true };
  head.commit();
  for (const s of schools) school.addRow(s.row).commit();
  school.commit();
  const county = wb.addWorksheet(SHEETS.county);
  for (const r of benchCountyRows()) county.addRow(r).commit();
  county.commit();
  await wb.commit();
}

/**
 * Rewrites `input` through LibreOffice into `outPath`; false when LibreOffice is missing or fails.
 * `profile` is a file URL of a LibreOffice user folder kept for the bench, so a run never touches the user's own.
 */
export function rewriteWithLibreOffice(lo: string, profile: string, input: string, outPath: string): boolean {
  const dir = join(outPath, '..', 'lo-rewrite');
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    lo,
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, input],
    {
      encoding: 'utf8',
    },
  );
  const made = join(dir, basename(input));
  if (r.status !== 0 || !existsSync(made)) return false;
  renameSync(made, outPath);
  return true;
}
