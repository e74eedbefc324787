/**
 * The `履职数据` sheet: one row per input item (项目 | 本年 | 上年 | 前年 | 单位 | 说明), found by normalised text and
 * aliases, with the tolerance of the other sheets (units in brackets or in 单位, 万元/元, both forms of percentages,
 * numbers stored as text). Blank is missing, never 0; every unusable cell is an issue naming it.
 */
import { a1 } from '../a1';
import { dutiesMessages as M } from '../messages/duties';
import { convertUnit } from '../read/county';
import { HEADER_SEARCH_ROWS } from '../read/header';
import { cellText, isPercentFormat, Lexicon, normalizeHeader, splitHeader } from '../read/normalize';
import { parseNumberCell, parsePercentCell, type NumberCell } from '../read/number';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import type { DutyCell, DutyData, WagePeriod } from './inputs';
import { DUTY_ITEM_BY_KEY, DUTY_ITEMS, DUTY_YEARS, type DutyItem, type DutyYear } from './items';

const LEXICON = (() => {
  const lex = new Lexicon<DutyItem>();
  for (const item of DUTY_ITEMS) {
    lex.add(item.label, item);
    for (const a of item.aliases) lex.add(a, item);
  }
  return lex;
})();

const HEADERS: Record<'label' | DutyYear | 'unit', ReadonlySet<string>> = {
  label: new Set(['项目', '指标', '项目名称']),
  now: new Set(['本年', '本年度', '本年数', '当年', '本年数值']),
  prev: new Set(['上年', '上年度', '上年数', '上一年']),
  older: new Set(['前年', '前年度', '前年数']),
  unit: new Set(['单位', '计量单位']),
};

/** Headings the template writes between items (`一、教育投入`, `基本信息`): not items, never warned about. */
const HEADING = /^([一二三四五六七八九十]+、|基本信息$)/;

type Columns = Record<'label' | DutyYear | 'unit', number>;

/** The header row and its columns (-1 where absent); null when no row has both 项目 and 本年. */
export function findDutyHeader(grid: SheetGrid): { row: number; cols: Columns } | null {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < last; r++) {
    const cols: Columns = { label: -1, now: -1, prev: -1, older: -1, unit: -1 };
    (grid.values[r] ?? []).forEach((v, c) => {
      const t = normalizeHeader(cellText(v));
      for (const k of Object.keys(HEADERS) as (keyof Columns)[]) if (cols[k] < 0 && HEADERS[k].has(t)) cols[k] = c;
    });
    if (cols.label >= 0 && cols.now >= 0) return { row: r, cols };
  }
  return null;
}

interface Reading {
  sheet: string;
  issues: DataIssue[];
}

function issue(rd: Reading, severity: DataIssue['severity'], cell: string | null, code: string, message: string): void {
  rd.issues.push({ severity, sheet: rd.sheet, cell, code, message });
}

/** One year's cell of an item, converted to the item's unit (rates as fractions); null with an issue if unusable. */
function readFigure(
  rd: Reading,
  item: DutyItem,
  year: DutyYear,
  v: CellValue,
  cell: string,
  percentFormat: boolean,
  rowUnit: string | null,
): number | null {
  const parsed: NumberCell = item.unit === '%' ? parsePercentCell(v, percentFormat, 'points') : parseNumberCell(v);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'error') {
    const message =
      parsed.code === 'negative'
        ? M.negative(rd.sheet, cell, item.label, year, parsed.text)
        : M.notANumber(rd.sheet, cell, item.label, year, parsed.text);
    issue(rd, 'error', cell, `duty-${parsed.code}`, message);
    return null;
  }
  if (item.rate && parsed.value > 1 + 1e-9) {
    const text = `${Number((parsed.value * 100).toPrecision(12))}%`;
    issue(rd, 'error', cell, 'duty-rate-over-100', M.rateOver100(rd.sheet, cell, item.label, year, text));
    return null;
  }
  if ('plainNumber' in parsed && parsed.plainNumber && parsed.value > 0 && parsed.value <= 0.01) {
    // 0.43 typed into a percent row reads as 0.43% by the rule of the county sheet; likely meant 43%, so say so.
    const typed = Number((parsed.value * 100).toPrecision(12));
    issue(
      rd,
      'warning',
      cell,
      'duty-percent-looks-fraction',
      M.percentLooksFraction(rd.sheet, cell, item.label, typed),
    );
  }
  return item.unit === '%' ? parsed.value : convertUnit(parsed.value, item.unit, rowUnit);
}

/** The unit a row states: its 单位 cell, else a unit in brackets after its label. */
function rowUnitOf(unitText: string, labelUnit: string | null): string | null {
  const u = splitHeader(`x(${unitText})`).unit;
  return unitText !== '' && u !== null ? u : labelUnit;
}

/** Reads the items of `履职数据`; unknown and repeated rows are warnings, unusable cells errors. */
export function readDutyData(grid: SheetGrid): { data: DutyData; issues: DataIssue[] } {
  const rd: Reading = { sheet: grid.name, issues: [] };
  const figures = new Map<string, Partial<Record<DutyYear, DutyCell>>>();
  const wagePeriods = new Map<string, WagePeriod>();
  const header = findDutyHeader(grid);
  if (!header) {
    issue(rd, 'error', null, 'duty-no-header', M.noDataHeader(grid.name));
    return { data: { sheet: grid.name, figures, wagePeriods }, issues: rd.issues };
  }
  const { cols } = header;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const label = cellText(row?.[cols.label]);
    if (!row || label === '' || HEADING.test(label)) continue;
    const labelCell = a1(r, cols.label);
    const hit = LEXICON.lookup(label);
    if (!hit) {
      issue(rd, 'warning', labelCell, 'duty-unknown-item', M.unknownItem(rd.sheet, labelCell, label));
      continue;
    }
    const item = hit.target;
    if (figures.has(item.key)) {
      issue(rd, 'warning', labelCell, 'duty-duplicate-item', M.duplicateItem(rd.sheet, labelCell, label));
      continue;
    }
    const unitText = cols.unit >= 0 ? cellText(row[cols.unit]) : '';
    const entry: Partial<Record<DutyYear, DutyCell>> = {};
    for (const year of DUTY_YEARS) {
      const c = cols[year];
      if (c < 0) continue;
      const cell = a1(r, c);
      const pf = isPercentFormat(grid.formats?.[r]?.[c]);
      entry[year] = {
        value: readFigure(rd, item, year, row[c] ?? null, cell, pf, rowUnitOf(unitText, hit.unit)),
        cell,
      };
    }
    figures.set(item.key, entry);
    if (item.wage) wagePeriods.set(item.key, /月/.test(unitText + label) ? 'month' : 'year');
  }
  checkParts(rd, figures);
  return { data: { sheet: grid.name, figures, wagePeriods }, issues: rd.issues };
}

/**
 * A whole smaller than the sum of its parts (在园幼儿 < 公办 + 普惠民办, 班级 < 大班额, 发现 < 已整改) cannot be
 * right: the whole is reported and left missing, so the checks built on it wait for the correction.
 */
function checkParts(rd: Reading, figures: Map<string, Partial<Record<DutyYear, DutyCell>>>): void {
  for (const item of DUTY_ITEMS) {
    if (!item.parts) continue;
    const whole = figures.get(item.key);
    for (const year of DUTY_YEARS) {
      const w = whole?.[year];
      if (!w || w.value === null || w.cell === null) continue;
      const present = item.parts
        .map((k) => ({ k, v: figures.get(k)?.[year]?.value ?? null }))
        .filter((p): p is { k: string; v: number } => p.v !== null);
      const sum = present.reduce((a, p) => a + p.v, 0);
      if (sum > w.value + 1e-9) {
        const names = present.map((p) => DUTY_ITEM_BY_KEY.get(p.k)?.label ?? p.k).join('、');
        issue(
          rd,
          'error',
          w.cell,
          'duty-part-exceeds-whole',
          M.partExceedsWhole(rd.sheet, w.cell, item.label, names, year),
        );
        w.value = null;
      } else if (present.length === item.parts.length && item.parts.length > 2 && sum !== w.value) {
        issue(
          rd,
          'warning',
          w.cell,
          'duty-parts-not-total',
          M.partsNotTotal(rd.sheet, w.cell, item.label, sum, w.value),
        );
      }
    }
  }
}
