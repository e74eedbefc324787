/**
 * The template reader: turns the grids of a workbook into the parsed county (model.ts) and the settings of
 * `评估标准`. Pure; every data problem becomes an issue, and only a workbook without a usable school sheet fails.
 */
import { DUTY_SHEETS, OUTPUT_SHEETS, SHEETS } from '../columns';
import { readingMessages as msg } from '../messages';
import type { CountyInput } from '../model';
import type { Settings } from '../settings';
import { defaultSettings } from '../settings';
import type { DataIssue, SheetGrid, WorkbookInput } from '../types';
import { countyLabelCount, emptyCounty, readCountySheet } from './county';
import { normalizeHeader } from './normalize';
import { findQualityHeader, readQualitySheet } from './quality';
import { findSchoolHeader, readSchoolSheet } from './schools';
import { hasSettingsHeader, readSettingsSheet } from './settings';

export { normalizeHeader } from './normalize';
export { parseNumberCell } from './number';

export type ReadOutcome =
  | { ok: true; input: CountyInput; settings: Settings }
  | { ok: false; code: 'no-school-sheet' | 'no-header'; reason: string }; // reason: one Chinese line

/** Normalised names of every sheet the template or the output defines, so none is mistaken for another. */
const KNOWN_NAMES = new Set(
  [...Object.values(SHEETS), ...Object.values(OUTPUT_SHEETS), ...Object.values(DUTY_SHEETS)].map(normalizeHeader),
);

/** A sheet named like `name` (after normalisation), or whose name contains it (`学校基础数据（2024）`). */
function byName(sheets: readonly SheetGrid[], name: string): SheetGrid | undefined {
  const want = normalizeHeader(name);
  const names = sheets.map((s) => normalizeHeader(s.name));
  const exact = names.indexOf(want);
  if (exact >= 0) return sheets[exact];
  const partial = names.findIndex((n) => n.includes(want) && !KNOWN_NAMES.has(n));
  return partial >= 0 ? sheets[partial] : undefined;
}

/** Sheets that may be a template sheet under another name: not named as any sheet the template or output defines. */
function unnamed(sheets: readonly SheetGrid[], taken: readonly (SheetGrid | undefined)[]): SheetGrid[] {
  return sheets.filter((s) => !KNOWN_NAMES.has(normalizeHeader(s.name)) && !taken.includes(s));
}

/** The school sheet by its name, else the first unnamed sheet with a school header; or why there is none. */
function findSchoolSheet(
  sheets: readonly SheetGrid[],
): { grid: SheetGrid; header: NonNullable<ReturnType<typeof findSchoolHeader>> } | Extract<ReadOutcome, { ok: false }> {
  const named = byName(sheets, SHEETS.school);
  if (named) {
    const header = findSchoolHeader(named);
    return header ? { grid: named, header } : { ok: false, code: 'no-header', reason: msg.noHeader(named.name) };
  }
  for (const s of unnamed(sheets, [])) {
    const header = findSchoolHeader(s);
    if (header) return { grid: s, header };
  }
  return { ok: false, code: 'no-school-sheet', reason: msg.noSchoolSheet() };
}

/** The county sheet's figures; a workbook without one has every county figure missing, and says so. */
function readCounty(countyGrid: SheetGrid | undefined, issues: DataIssue[]): CountyInput['county'] {
  if (countyGrid) {
    const read = readCountySheet(countyGrid);
    issues.push(...read.issues);
    return read.county;
  }
  issues.push({
    severity: 'error',
    sheet: SHEETS.county,
    cell: null,
    code: 'missing-county-sheet',
    message: msg.missingCountySheet(),
  });
  return emptyCounty(null, false);
}

/** The quality rows, or null when there is no quality sheet; a quality sheet without its header is reported. */
function readQuality(qualityGrid: SheetGrid | undefined, issues: DataIssue[]): CountyInput['quality'] {
  if (!qualityGrid) return null;
  const qHeader = findQualityHeader(qualityGrid);
  if (qHeader) {
    const read = readQualitySheet(qualityGrid, qHeader);
    issues.push(...read.issues);
    return read.quality;
  }
  issues.push({
    severity: 'error',
    sheet: qualityGrid.name,
    cell: null,
    code: 'no-header',
    message: msg.noQualityHeader(qualityGrid.name),
  });
  return null;
}

/** Reads a whole workbook: schools, county figures, quality monitoring and settings. */
export function readWorkbookInput(workbook: WorkbookInput): ReadOutcome {
  const sheets = workbook.sheets;
  const found = findSchoolSheet(sheets);
  if ('ok' in found) return found;
  const schoolGrid = found.grid;
  const school = readSchoolSheet(schoolGrid, found.header);
  const issues: DataIssue[] = [...school.issues];

  let settingsGrid = byName(sheets, SHEETS.settings);
  let qualityGrid = byName(sheets, SHEETS.quality);
  let countyGrid = byName(sheets, SHEETS.county);
  const taken = () => [schoolGrid, settingsGrid, qualityGrid, countyGrid];
  // Renamed sheets are recognised by content, most specific first: settings and quality have distinctive headers.
  settingsGrid ??= unnamed(sheets, taken()).find(hasSettingsHeader);
  qualityGrid ??= unnamed(sheets, taken()).find((s) => findQualityHeader(s) !== null);
  countyGrid ??= unnamed(sheets, taken()).find((s) => countyLabelCount(s) >= 3);

  const county = readCounty(countyGrid, issues);
  const quality = readQuality(qualityGrid, issues);
  let settings = defaultSettings();
  if (settingsGrid) {
    const read = readSettingsSheet(settingsGrid);
    settings = read.settings;
    issues.push(...read.issues);
  }
  return {
    ok: true,
    input: {
      schoolSheet: schoolGrid.name,
      schools: school.schools,
      county,
      quality,
      qualitySheet: qualityGrid ? qualityGrid.name : null,
      issues,
    },
    settings,
  };
}
