/**
 * The data-collection template (TEMPLATE.md), blank or filled with the sample county.
 * Headers come from SCHOOL_COLUMNS and COUNTY_ITEMS, the same tables the reader matches against.
 */
import {
  COUNTY_ITEMS,
  COUNTY_REPORT_ROWS,
  COUNTY_TITLE_ROWS,
  QUALITY_COLUMNS,
  SCHOOL_COLUMNS,
  SELF_ASSESSED_ROWS,
  SELF_ASSESSMENT_CHOICES,
  SHEETS,
  VETO_ROWS,
  type SchoolColumn,
} from '../columns';
import type { SchoolNumericField } from '../model';
import { outputMessages, reportTemplateMessages, templateMessages as T } from '../messages';
import { buildSettingsSheet } from '../output/settingsSheet';
import { SheetBuilder } from '../output/sheetBuilder';
import type { OutputValue, SheetSpec } from '../sheetSpec';
import { SAMPLE_COUNTY_FIGURES, SAMPLE_QUALITY, sampleCounty, type SampleSchool } from './sampleCounty';

/** Rows given drop-down lists in a blank template. */
const BLANK_ROWS = 500;
/** 0-based row of the header on `学校基础数据` (a title row sits above it). */
export const SCHOOL_HEADER_ROW = 1;

export interface TemplateOptions {
  /** Fill the sheets with the fictional sample county. */
  sample: boolean;
}

/** The template sheets: 学校基础数据, 区县数据, 质量监测, 评估标准, 填表说明. */
export function buildTemplateSheets(opts: TemplateOptions): SheetSpec[] {
  return [
    buildSchoolSheet(opts.sample ? sampleCounty() : []),
    buildCountySheet(opts.sample),
    buildQualitySheet(opts.sample),
    buildSettingsSheet(),
    buildGuideSheet(),
  ];
}

/** Header text as written in the template: `小学在校生数（人）`. */
export function schoolHeaderText(col: SchoolColumn): string {
  return col.unit ? `${col.header}（${col.unit}）` : col.header;
}

function schoolCell(school: SampleSchool, col: SchoolColumn): OutputValue {
  switch (col.key) {
    case 'code':
      return school.code;
    case 'name':
      return school.name;
    case 'type':
      return school.type;
    case 'ownership':
      return school.ownership;
    case 'urbanRural':
      return school.urbanRural;
    case 'boarding':
      return school.boarding;
    case 'builtYear':
      return school.builtYear;
    case 'denseUrban':
      return school.denseUrban;
    default:
      return school.numbers[col.key as SchoolNumericField] ?? null;
  }
}

function buildSchoolSheet(schools: SampleSchool[]): SheetSpec {
  const b = new SheetBuilder(SHEETS.school);
  b.set(0, 0, T.schoolTitle, { bold: true });
  b.merge(0, 0, 1, 12);
  b.row(SCHOOL_HEADER_ROW, SCHOOL_COLUMNS.map(schoolHeaderText), { bold: true });
  const first = SCHOOL_HEADER_ROW + 1;
  schools.forEach((school, i) => {
    b.row(
      first + i,
      SCHOOL_COLUMNS.map((c) => schoolCell(school, c)),
    );
  });
  if (schools.length > 0) {
    // A totals row, as statistical forms usually end; the reader skips it.
    const totalsRow = first + schools.length;
    SCHOOL_COLUMNS.forEach((c, col) => {
      if (c.key === 'name') b.set(totalsRow, col, T.totalRow, { bold: true });
      else if (c.unit && c.key !== 'builtYear') {
        const sum = schools.reduce((acc, s) => {
          const v = s.numbers[c.key as SchoolNumericField];
          return typeof v === 'number' && v > 0 ? acc + v : acc;
        }, 0);
        b.set(totalsRow, col, Math.round(sum * 100) / 100, { bold: true });
      }
    });
  }
  const rows = Math.max(BLANK_ROWS, schools.length + 1);
  SCHOOL_COLUMNS.forEach((c, col) => {
    if (c.choices) b.validate(first, col, rows, 1, c.choices);
  });
  const widths = SCHOOL_COLUMNS.map((c) => (c.key === 'name' ? 28 : c.key === 'code' ? 14 : 12));
  return b.build(widths, { freeze: { rows: SCHOOL_HEADER_ROW + 1, cols: 2 } });
}

function buildCountySheet(sample: boolean): SheetSpec {
  const b = new SheetBuilder(SHEETS.county);
  b.row(0, [...T.countyHeader], { bold: true });
  const value = (label: string): OutputValue => (sample ? (SAMPLE_COUNTY_FIGURES[label] ?? null) : null);
  let r = 1;
  b.row(r, [COUNTY_TITLE_ROWS.name, value(COUNTY_TITLE_ROWS.name), T.countyNameNote]);
  r++;
  b.row(r, [COUNTY_TITLE_ROWS.year, value(COUNTY_TITLE_ROWS.year), T.yearNote]);
  r++;
  for (const item of COUNTY_ITEMS) {
    b.row(r, [item.label, value(item.label), T.unitNote(item.unit)]);
    r++;
  }
  for (const item of SELF_ASSESSED_ROWS) {
    b.row(r, [item.label, value(item.label), T.selfAssessedNote(item.item)]);
    b.validate(r, 1, 1, 1, SELF_ASSESSMENT_CHOICES);
    r++;
  }
  for (const veto of VETO_ROWS) {
    b.row(r, [veto, value(veto), T.vetoNote]);
    b.validate(r, 1, 1, 1, [outputMessages.yes, outputMessages.no]);
    r++;
  }
  // Optional rows only the 自查自评报告 reads; blank ones take defaults from 评估年度.
  for (const row of COUNTY_REPORT_ROWS) {
    b.row(r, [row.label, value(row.label), reportTemplateMessages.rowNotes[row.key]]);
    if (row.choices) b.validate(r, 1, 1, 1, row.choices);
    r++;
  }
  return b.build([44, 16, 48], { freeze: { rows: 1, cols: 1 } });
}

function buildQualitySheet(sample: boolean): SheetSpec {
  const b = new SheetBuilder(SHEETS.quality);
  b.row(0, [...QUALITY_COLUMNS], { bold: true });
  if (sample) SAMPLE_QUALITY.forEach((line, i) => b.row(i + 1, line));
  b.validate(1, 1, 50, 1, T.stages);
  b.validate(1, 2, 50, 1, T.levels);
  return b.build([14, 10, 16, 14], { freeze: { rows: 1, cols: 0 } });
}

function buildGuideSheet(): SheetSpec {
  const b = new SheetBuilder(SHEETS.guide);
  b.set(0, 0, T.guideTitle, { bold: true });
  [...T.guide, ...reportTemplateMessages.guide].forEach((line, i) => {
    const isHeading = /^[一二三四五六七八九十]、/.test(line);
    b.set(i + 1, 0, line, isHeading ? { bold: true } : {});
  });
  return b.build([120]);
}
