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

/** Reads a whole workbook: schools, county figures, quality monitoring and settings. */
export function readWorkbookInput(workbook: WorkbookInput): ReadOutcome {
  const sheets = workbook.sheets;

  let schoolGrid = byName(sheets, SHEETS.school);
  let header = schoolGrid ? findSchoolHeader(schoolGrid) : null;
  if (schoolGrid && !header) return { ok: false, code: 'no-header', reason: msg.noHeader(schoolGrid.name) };
  if (!schoolGrid) {
    for (const s of unnamed(sheets, [])) {
      header = findSchoolHeader(s);
      if (header) {
        schoolGrid = s;
        break;
      }
    }
  }
  if (!schoolGrid || !header) return { ok: false, code: 'no-school-sheet', reason: msg.noSchoolSheet() };
  const school = readSchoolSheet(schoolGrid, header);

  const issues: DataIssue[] = [...school.issues];

  let settingsGrid = byName(sheets, SHEETS.settings);
  let qualityGrid = byName(sheets, SHEETS.quality);
  let countyGrid = byName(sheets, SHEETS.county);
  const taken = () => [schoolGrid, settingsGrid, qualityGrid, countyGrid];
  // Renamed sheets are recognised by content, most specific first: settings and quality have distinctive headers.
  settingsGrid ??= unnamed(sheets, taken()).find(hasSettingsHeader);
  qualityGrid ??= unnamed(sheets, taken()).find((s) => findQualityHeader(s) !== null);
  countyGrid ??= unnamed(sheets, taken()).find((s) => countyLabelCount(s) >= 3);

  let county = emptyCounty(null, false);
  if (countyGrid) {
    const read = readCountySheet(countyGrid);
    county = read.county;
    issues.push(...read.issues);
  } else {
    issues.push({
      severity: 'error',
      sheet: SHEETS.county,
      cell: null,
      code: 'missing-county-sheet',
      message: msg.missingCountySheet(),
    });
  }

  let quality: CountyInput['quality'] = null;
  if (qualityGrid) {
    const qHeader = findQualityHeader(qualityGrid);
    if (qHeader) {
      const read = readQualitySheet(qualityGrid, qHeader);
      quality = read.quality;
      issues.push(...read.issues);
    } else {
      issues.push({
        severity: 'error',
        sheet: qualityGrid.name,
        cell: null,
        code: 'no-header',
        message: msg.noQualityHeader(qualityGrid.name),
      });
    }
  }

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
