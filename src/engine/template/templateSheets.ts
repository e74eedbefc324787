/**
 * The data-collection template (TEMPLATE.md), blank or filled with the sample county.
 * Headers come from SCHOOL_COLUMNS and COUNTY_ITEMS, the same tables the reader matches against.
 */
import { consistencyMessages } from '../messages/consistency';
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
import { intakeMessages as I, outputMessages, reportTemplateMessages, templateMessages as T } from '../messages';
import { buildSettingsSheet } from '../output/settingsSheet';
import { SheetBuilder } from '../output/sheetBuilder';
import type { OutputValue, SheetSpec } from '../sheetSpec';
import { buildDutyDataSheet, buildDutyRulesSheet } from './dutiesSheets';
import { buildEnrolmentSheet, buildPlanSettingsSheet } from '../plan/templateSheets';
import { SAMPLE_COUNTY_FIGURES, SAMPLE_QUALITY, sampleCounty, type SampleSchool } from './sampleCounty';

/** Rows given drop-down lists in a blank template. */
const BLANK_ROWS = 500;
/** 0-based row of the header on `学校基础数据` (a title row sits above it). */
export const SCHOOL_HEADER_ROW = 1;

export interface TemplateOptions {
  /** Fill the sheets with the fictional sample county. */
  sample: boolean;
}

/** The template sheets: 学校基础数据, 区县数据, 质量监测, 评估标准, 填表说明, and the optional 履职数据, 履职评价标准. */
export function buildTemplateSheets(opts: TemplateOptions): SheetSpec[] {
  return [
    buildSchoolSheet(opts.sample ? sampleCounty() : []),
    buildCountySheet(opts.sample),
    buildQualitySheet(opts.sample),
    buildSettingsSheet(),
    buildGuideSheet(),
    buildDutyDataSheet(opts.sample),
    buildDutyRulesSheet(),
    buildPlanSettingsSheet(),
    buildEnrolmentSheet(),
  ];
}

/** Excel's column width unit is the width of a digit; a Chinese character or full-width bracket takes about two. */
const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** The column width that shows `text` whole at the default font, with a little margin. */
export function headerWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHAR.test(ch) ? 2.1 : 1.1;
  return Math.ceil(units + 2);
}

/** Excel keeps at most 32 characters of a prompt's title. */
const PROMPT_TITLE_MAX = 32;

/** A prompt's title: the text, shortened to what Excel keeps. */
function promptTitle(text: string): string {
  return text.length <= PROMPT_TITLE_MAX ? text : `${text.slice(0, PROMPT_TITLE_MAX - 1)}…`;
}

/** The input prompt of a school-sheet column. */
function schoolPrompt(c: SchoolColumn): { title: string; message: string } {
  const message =
    c.key === 'code'
      ? I.codePrompt
      : c.key === 'name'
        ? I.namePrompt
        : I.schoolPrompt({
            unit: c.unit,
            need: c.need,
            blankIsZero: c.blankIsZero === true,
            choices: c.choices ?? null,
          });
  return { title: promptTitle(c.header), message };
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
  const rows = schools.map((school) => SCHOOL_COLUMNS.map((c) => schoolCell(school, c)));
  return buildSchoolSheetFromRows(rows, { totals: schools.length > 0 });
}

/** Options of a `学校基础数据` sheet written from rows. */
export interface SchoolRowsOptions {
  /** Ends the rows with a 合计 row, as statistical forms usually do (the reader skips it). */
  totals?: boolean;
  /** One more column after the template's (the reader ignores columns it does not know). */
  extra?: { header: string; values: readonly OutputValue[]; width: number };
}

/** The `学校基础数据` sheet of the template with `rows` (cells in SCHOOL_COLUMNS order) as its data rows. */
export function buildSchoolSheetFromRows(
  rows: readonly (readonly OutputValue[])[],
  opts: SchoolRowsOptions = {},
): SheetSpec {
  const b = new SheetBuilder(SHEETS.school);
  b.set(0, 0, T.schoolTitle, { bold: true });
  b.merge(0, 0, 1, 12);
  b.row(SCHOOL_HEADER_ROW, SCHOOL_COLUMNS.map(schoolHeaderText), { bold: true });
  const first = SCHOOL_HEADER_ROW + 1;
  rows.forEach((row, i) => b.row(first + i, row));
  if (opts.extra) {
    b.set(SCHOOL_HEADER_ROW, SCHOOL_COLUMNS.length, opts.extra.header, { bold: true });
    opts.extra.values.forEach((v, i) => b.set(first + i, SCHOOL_COLUMNS.length, v));
  }
  if (opts.totals && rows.length > 0) {
    // A totals row, as statistical forms usually end; the reader skips it.
    const totalsRow = first + rows.length;
    SCHOOL_COLUMNS.forEach((c, col) => {
      if (c.key === 'name') b.set(totalsRow, col, T.totalRow, { bold: true });
      else if (c.unit && c.key !== 'builtYear') {
        const sum = rows.reduce((acc, r) => {
          const v = r[col];
          return typeof v === 'number' && v > 0 ? acc + v : acc;
        }, 0);
        b.set(totalsRow, col, Math.round(sum * 100) / 100, { bold: true });
      }
    });
  }
  const validated = Math.max(BLANK_ROWS, rows.length + 1);
  // One validation per column, list and prompt together: two over the same cells would overlap.
  SCHOOL_COLUMNS.forEach((c, col) => {
    const prompt = schoolPrompt(c);
    if (c.choices) b.validate(first, col, validated, 1, c.choices, prompt);
    else b.prompt(first, col, validated, 1, prompt);
  });
  const widths = SCHOOL_COLUMNS.map((c) => Math.max(headerWidth(schoolHeaderText(c)), c.key === 'name' ? 28 : 10));
  if (opts.extra) widths.push(opts.extra.width);
  return b.build(widths, { freeze: { rows: SCHOOL_HEADER_ROW + 1, cols: 2 }, exactWidths: true });
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
    b.prompt(r, 1, 1, 1, {
      title: promptTitle(item.label),
      message: `${T.unitNote(item.unit)}。${I.countyValuePrompt}`,
    });
    r++;
  }
  for (const item of SELF_ASSESSED_ROWS) {
    b.row(r, [item.label, value(item.label), T.selfAssessedNote(item.item)]);
    b.validate(r, 1, 1, 1, SELF_ASSESSMENT_CHOICES, {
      title: promptTitle(item.label),
      message: T.selfAssessedNote(item.item),
    });
    r++;
  }
  for (const veto of VETO_ROWS) {
    b.row(r, [veto, value(veto), T.vetoNote]);
    b.validate(r, 1, 1, 1, [outputMessages.yes, outputMessages.no], { title: promptTitle(veto), message: T.vetoNote });
    r++;
  }
  // Optional rows only the 自查自评报告 reads; blank ones take defaults from 评估年度.
  for (const row of COUNTY_REPORT_ROWS) {
    const note = reportTemplateMessages.rowNotes[row.key];
    b.row(r, [row.label, value(row.label), note]);
    const prompt = { title: promptTitle(row.label), message: note };
    if (row.choices) b.validate(r, 1, 1, 1, row.choices, prompt);
    else b.prompt(r, 1, 1, 1, prompt);
    r++;
  }
  const labels = [
    ...T.countyHeader,
    ...COUNTY_ITEMS.map((i) => i.label),
    ...SELF_ASSESSED_ROWS.map((i) => i.label),
    ...COUNTY_REPORT_ROWS.map((i) => i.label),
  ];
  return b.build([Math.max(44, ...labels.map(headerWidth)), 16, 48], {
    freeze: { rows: 1, cols: 1 },
    exactWidths: true,
  });
}

function buildQualitySheet(sample: boolean): SheetSpec {
  const b = new SheetBuilder(SHEETS.quality);
  b.row(0, [...QUALITY_COLUMNS], { bold: true });
  if (sample) SAMPLE_QUALITY.forEach((line, i) => b.row(i + 1, line));
  b.validate(1, 1, 50, 1, T.stages, { title: QUALITY_COLUMNS[1], message: I.qualityPrompt.stage });
  b.validate(1, 2, 50, 1, T.levels, { title: QUALITY_COLUMNS[2], message: I.qualityPrompt.level });
  b.prompt(1, 3, 50, 1, { title: QUALITY_COLUMNS[3], message: I.qualityPrompt.rate });
  return b.build(
    [14, 10, 16, 14].map((w, i) => Math.max(w, headerWidth(QUALITY_COLUMNS[i]))),
    { freeze: { rows: 1, cols: 0 }, exactWidths: true },
  );
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const HEADING = /^[一二三四五六七八九十]+、/;
const ITEM = /^\d+\.\s*/;

/**
 * The guide's lines numbered once, whatever numbers their messages carry: headings 一、二、…, items 1. 2. … on
 * through the sheet. The guide is put together from several catalogs, whose own numbers once collided.
 */
export function numberedGuide(lines: readonly string[]): { text: string; heading: boolean }[] {
  let sections = 0;
  let items = 0;
  return lines.map((line) => {
    if (ITEM.test(line)) return { text: `${++items}. ${line.replace(ITEM, '')}`, heading: false };
    const title = line.replace(HEADING, '');
    return { text: `${CHINESE_NUMERALS[sections++]}、${title}`, heading: true };
  });
}

function buildGuideSheet(): SheetSpec {
  const b = new SheetBuilder(SHEETS.guide);
  b.set(0, 0, T.guideTitle, { bold: true });
  // The rule for figures given twice (G13, Q4) and the cross-sheet rule close the guide, under their own headings.
  const lines = numberedGuide([
    ...T.guide,
    ...reportTemplateMessages.guide,
    ...consistencyMessages.guide,
    ...I.twoSourcesRule,
  ]);
  lines.forEach(({ text, heading }, i) => b.set(i + 1, 0, text, heading ? { bold: true } : {}));
  return b.build([120]);
}
