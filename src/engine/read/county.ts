/**
 * The `区县数据` sheet: county figures found by their 项目 text, in whatever order and with whatever units
 * in brackets the user wrote.
 */
import { COUNTY_ITEMS, COUNTY_REPORT_ROWS, COUNTY_TITLE_ROWS, SELF_ASSESSED_ROWS, VETO_ROWS } from '../columns';
import type { CountyItem, ReportRow } from '../columns';
import { readingMessages as msg } from '../messages';
import type { CountyData, CountyNumericItem, NumField, SelfAssessedItem, SelfAssessment, VetoItem } from '../model';
import { COUNTY_NUMERIC_ITEMS, SELF_ASSESSED_ITEMS, VETO_ITEMS } from '../model';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import { a1 } from '../a1';
import { HEADER_SEARCH_ROWS } from './header';
import { cellText, isPercentFormat, labelValueHeader, Lexicon, normalizeText, splitHeader, yesNo } from './normalize';
import { COUNTY_FORM_ALIASES } from './aliases';
import { checkCountyUnits } from './plausible';
import { parseNumberCell, parsePercentCell } from './number';

type CountyTarget =
  | { kind: 'number'; item: CountyItem }
  | { kind: 'self'; key: SelfAssessedItem; label: string }
  | { kind: 'veto'; item: VetoItem }
  | { kind: 'title'; key: keyof typeof COUNTY_TITLE_ROWS }
  | { kind: 'report'; row: ReportRow };

const COUNTY_LEXICON = (() => {
  const lex = new Lexicon<CountyTarget>();
  for (const item of COUNTY_ITEMS) lex.add(item.label, { kind: 'number', item });
  for (const row of SELF_ASSESSED_ROWS) lex.add(row.label, { kind: 'self', key: row.key, label: row.label });
  for (const item of VETO_ROWS) lex.add(item, { kind: 'veto', item });
  for (const key of Object.keys(COUNTY_TITLE_ROWS) as (keyof typeof COUNTY_TITLE_ROWS)[]) {
    lex.add(COUNTY_TITLE_ROWS[key], { kind: 'title', key });
    for (const a of COUNTY_FORM_ALIASES[key] ?? []) lex.add(a, { kind: 'title', key });
  }
  for (const item of COUNTY_ITEMS) {
    for (const a of COUNTY_FORM_ALIASES[item.key] ?? []) lex.add(a, { kind: 'number', item });
  }
  for (const row of COUNTY_REPORT_ROWS) lex.add(row.label, { kind: 'report', row });
  return lex;
})();

/** Items a county may leave out on purpose: G13 and Q4 have school-sheet alternatives. */
const OPTIONAL_ITEMS = new Set<CountyNumericItem>(['primaryZonedRatio', 'juniorZonedRatio', 'trainingFundRatio']);

const LABEL_HEADERS = new Set(['项目', '指标', '项目名称', '填报项目', '指标名称']);
const VALUE_HEADERS = new Set(['数值', '值', '数据', '填报数', '填报值', '填报数据']);
/** A column of units next to the values, as forms have (序号 | 类别 | 填报项目 | 单位 | 填报值). */
const UNIT_HEADERS = new Set(['单位', '计量单位']);

const SELF: ReadonlyMap<string, Exclude<SelfAssessment, null>> = new Map([
  ['达标', '达标'],
  ['基本达标', '基本达标'],
  ['未达标', '未达标'],
  ['不达标', '未达标'],
] as const);

/** County data with every figure missing: the shape used when there is no county sheet. */
export function emptyCounty(sheet: string | null, zeroForBlank: boolean): CountyData {
  const numbers = {} as Record<CountyNumericItem, NumField>;
  const blankZero = new Set(COUNTY_ITEMS.filter((i) => i.blankIsZero).map((i) => i.key));
  for (const k of COUNTY_NUMERIC_ITEMS) numbers[k] = { value: zeroForBlank && blankZero.has(k) ? 0 : null, cell: null };
  const selfAssessed = {} as CountyData['selfAssessed'];
  for (const k of SELF_ASSESSED_ITEMS) selfAssessed[k] = { value: null, cell: null };
  const vetoes = {} as CountyData['vetoes'];
  for (const k of VETO_ITEMS) vetoes[k] = { value: null, cell: null };
  return { name: '', year: '', numbers, selfAssessed, vetoes, sheet };
}

/** How many columns from the left may hold the county labels (forms put 序号 and 类别 before them). */
const LABEL_SEARCH_COLS = 4;

/**
 * How many known county labels a sheet's first columns hold, to recognise a county sheet by its items whatever its
 * name (`区县填报数据`).
 */
export function countyLabelCount(grid: SheetGrid): number {
  let n = 0;
  const rows = Math.min(grid.values.length, 200);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, LABEL_SEARCH_COLS); c++) {
      const t = cellText(row[c]);
      if (t !== '' && COUNTY_LEXICON.lookup(t)) {
        n++;
        break;
      }
    }
  }
  return n;
}

interface CountyColumns {
  labelCol: number;
  valueCol: number;
  /** The 单位 column, -1 when there is none. */
  unitCol: number;
  start: number;
}

/** Finds the 项目, 数值 (and 单位) columns: from a header row in the first 10 rows, else columns A and B. */
function locateColumns(grid: SheetGrid): CountyColumns {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    const { labelCol, valueCol } = labelValueHeader(row, LABEL_HEADERS, VALUE_HEADERS);
    const unitCol = row.findIndex((v) => UNIT_HEADERS.has(normalizeText(cellText(v))));
    if (valueCol >= 0) return { labelCol: labelCol >= 0 ? labelCol : 0, valueCol, unitCol, start: r + 1 };
    if (labelCol >= 0) return { labelCol, valueCol: labelCol + 1, unitCol, start: r + 1 };
  }
  return { labelCol: 0, valueCol: 1, unitCol: -1, start: 0 };
}

/** The unit of a row's 单位 cell (`元`, `（万元）`), normalised as a header's unit is; null when none. */
function unitCellOf(row: readonly CellValue[], unitCol: number): string | null {
  if (unitCol < 0) return null;
  const text = cellText(row[unitCol]);
  return text === '' ? null : splitHeader(`x(${text.replace(/^[(（]|[)）]$/g, '')})`).unit;
}

type Issue = (severity: DataIssue['severity'], cell: string | null, code: string, message: string) => void;

/** One row of the county sheet being read: its value cell, and where what it says goes. */
interface CountyRow {
  county: CountyData;
  sheet: string;
  issue: Issue;
  v: CellValue;
  cell: string;
  format: string | null | undefined;
  /** The unit the label or the 单位 column gives, looked up only for figures. */
  labelUnit: () => string | null;
}

/** A row counts once, by what it names: the first row of an item wins. */
function targetId(t: CountyTarget): string {
  switch (t.kind) {
    case 'number':
      return t.item.key;
    case 'veto':
      return t.item;
    case 'report':
      return t.row.key;
    default:
      return t.key;
  }
}

/** A county figure: a number or a percentage, each unreadable cell an error, a likely fraction a warning. */
function readNumberRow(item: CountyItem, r: CountyRow): void {
  const { sheet, cell, v, issue } = r;
  const parsed = item.unit === '%' ? parsePercentCell(v, isPercentFormat(r.format), 'points') : parseNumberCell(v);
  let value: number | null = null;
  if (parsed.kind === 'blank') value = item.blankIsZero ? 0 : null;
  else if (parsed.kind === 'error') {
    const text = parsed.text;
    const m =
      parsed.code === 'excel-error'
        ? msg.excelError(sheet, cell, item.label, text)
        : parsed.code === 'negative'
          ? msg.negative(sheet, cell, item.label, text)
          : msg.notANumber(sheet, cell, item.label, text);
    issue('error', cell, parsed.code, m);
  } else {
    value = parsed.value;
    if ('plainNumber' in parsed && parsed.plainNumber && parsed.value > 0 && parsed.value <= 0.01) {
      // 0.965 typed into a percent row reads as 0.965% by the rule; likely meant 96.5%, so say so.
      const typed = Number((parsed.value * 100).toPrecision(12));
      issue('warning', cell, 'percent-looks-fraction', msg.percentLooksFraction(sheet, cell, item.label, typed));
    }
    value = convertUnit(value, item.unit, r.labelUnit());
  }
  r.county.numbers[item.key] = { value, cell };
}

/** How each kind of county row is read. */
const READ_ROW: { [K in CountyTarget['kind']]: (t: Extract<CountyTarget, { kind: K }>, r: CountyRow) => void } = {
  title: (t, r) => {
    r.county[t.key] = cellText(r.v);
  },
  report: (t, r) =>
    readReportRow(r.county, t.row, r.v, r.cell, (c, text) =>
      r.issue('warning', c, 'not-a-number', msg.notANumber(r.sheet, c, t.row.label, text)),
    ),
  self: (t, r) => {
    const text = cellText(r.v);
    if (text === '') {
      r.county.selfAssessed[t.key] = { value: null, cell: r.cell };
      return;
    }
    const value = SELF.get(normalizeText(text)) ?? null;
    if (value === null)
      r.issue('error', r.cell, 'bad-self-assessment', msg.badSelfAssessment(r.sheet, r.cell, t.label, text));
    r.county.selfAssessed[t.key] = { value, cell: r.cell };
  },
  veto: (t, r) => {
    const value = yesNo(r.v);
    if (value === undefined) r.issue('error', r.cell, 'bad-veto', msg.badVeto(r.sheet, r.cell, t.item, cellText(r.v)));
    r.county.vetoes[t.item] = { value: value ?? null, cell: r.cell };
  },
  number: (t, r) => readNumberRow(t.item, r),
};

function readRow<K extends CountyTarget['kind']>(t: Extract<CountyTarget, { kind: K }>, r: CountyRow): void {
  (READ_ROW[t.kind] as (t: Extract<CountyTarget, { kind: K }>, r: CountyRow) => void)(t, r);
}

/** Rows the sheet lacks: a blank = 0 item is 0, an item the evaluation needs is reported. */
function reportMissingRows(county: CountyData, seen: ReadonlySet<string>, sheet: string, issue: Issue): void {
  for (const item of COUNTY_ITEMS) {
    if (seen.has(item.key)) continue;
    if (item.blankIsZero) county.numbers[item.key] = { value: 0, cell: null };
    else if (!OPTIONAL_ITEMS.has(item.key))
      issue('warning', null, 'missing-county-item', msg.missingCountyItem(sheet, item.label));
  }
  for (const row of SELF_ASSESSED_ROWS) {
    if (!seen.has(row.key)) issue('warning', null, 'missing-county-item', msg.missingCountyItem(sheet, row.label));
  }
  for (const item of VETO_ROWS) {
    if (!seen.has(item)) issue('warning', null, 'missing-county-item', msg.missingCountyItem(sheet, item));
  }
}

/** Reads the county sheet; every problem is an issue, and items not found stay missing. */
export function readCountySheet(grid: SheetGrid): { county: CountyData; issues: DataIssue[] } {
  const sheet = grid.name;
  const county = emptyCounty(sheet, false);
  const issues: DataIssue[] = [];
  const issue: Issue = (severity, cell, code, message) => issues.push({ severity, sheet, cell, message, code });
  const { labelCol, valueCol, unitCol, start } = locateColumns(grid);
  const seen = new Set<string>();
  for (let r = start; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const labelText = cellText(row[labelCol]);
    if (labelText === '') continue;
    const hit = COUNTY_LEXICON.lookup(labelText);
    if (!hit) continue;
    const id = targetId(hit.target);
    if (seen.has(id)) continue;
    seen.add(id);
    readRow(hit.target, {
      county,
      sheet,
      issue,
      v: row[valueCol] ?? null,
      cell: a1(r, valueCol),
      format: grid.formats?.[r]?.[valueCol],
      labelUnit: () => hit.unit ?? unitCellOf(row, unitCol),
    });
  }
  reportMissingRows(county, seen, sheet, issue);
  checkCountyUnits(county, sheet, issues);
  return { county, issues };
}

/** A county figure whose label names 元 where the item is kept in 万元 (or the reverse) is converted. */
export function convertUnit(value: number, itemUnit: string, labelUnit: string | null): number {
  if (itemUnit === '万元' && labelUnit === '元') return Number((value / 10000).toPrecision(15));
  if (itemUnit === '元' && labelUnit === '万元') return Number((value * 10000).toPrecision(15));
  return value;
}

/**
 * An optional report row: text as written, numbers parsed. A blank row is left out (the report takes its default);
 * an unreadable number is a warning only, since the evaluation does not depend on it.
 */
function readReportRow(
  county: CountyData,
  row: ReportRow,
  v: CellValue,
  cell: string,
  bad: (cell: string, text: string) => void,
): void {
  const text = cellText(v);
  if (text === '') return;
  const report = (county.report ??= {});
  if (row.kind === 'text') {
    report[row.key] = text;
    return;
  }
  const parsed = parseNumberCell(v);
  if (parsed.kind === 'error') bad(cell, text);
  else if (parsed.kind !== 'blank') report[row.key] = parsed.value;
}
