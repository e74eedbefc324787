/**
 * The `履职评价标准` sheet read back: each check's 运算, 阈值, 启用 and 仅供参考, then the 设置项 rows. A cell that
 * cannot be read keeps its default and is reported naming the cell; a missing sheet means every default.
 */
import { a1 } from '../a1';
import { dutiesMessages as M } from '../messages/duties';
import { HEADER_SEARCH_ROWS } from '../read/header';
import { cellText, isPercentFormat, normalizeHeader, normalizeText, yesNo } from '../read/normalize';
import { parseNumberCell, parseNumberText, parsePercentCell } from '../read/number';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import { DUTY_CHECKS, type DutyCheckDef } from './checks';
import { DISABLED_CATEGORIES } from './items';
import {
  defaultDutyOptions,
  DUTY_OPS,
  DUTY_OPTION_DEFS,
  OPS_WITHOUT_THRESHOLD,
  ROUNDING_CHOICES,
  TRAINING_BASES,
  type DutyOp,
  type DutyOptionDef,
  type DutyOptions,
  type DutyRule,
  type DutyRules,
  type FundingBand,
} from './rules';

/** The rules of every check and the options at their defaults. */
export function defaultDutyRules(): DutyRules {
  const checks = new Map<string, DutyRule>();
  for (const d of DUTY_CHECKS) {
    const { op, threshold, enabled, info } = d.defaults;
    checks.set(d.key, { op, threshold, enabled, info });
  }
  return { checks, options: defaultDutyOptions() };
}

const COLS = { key: '编号', name: '检查项', op: '运算', threshold: '阈值', enabled: '启用', info: '仅供参考' } as const;
type Col = keyof typeof COLS;

interface Reading {
  sheet: string;
  issues: DataIssue[];
}

function error(rd: Reading, cell: string, code: string, message: string): void {
  rd.issues.push({ severity: 'error', sheet: rd.sheet, cell, code, message });
}

/** Threshold text as the sheet shows a default: 97%, 0.5, 33. */
export function thresholdText(def: DutyCheckDef, op: DutyOp, t: number | null): string {
  if (t === null) return '';
  return def.kind === 'rate' && !op.includes('下降') ? `${Number((t * 100).toPrecision(12))}%` : String(t);
}

/** A threshold cell: percentages in both forms for rates, percentage points for falls; undefined if unreadable. */
function parseThreshold(
  def: DutyCheckDef,
  op: DutyOp,
  v: CellValue,
  percentFormat: boolean,
): number | null | undefined {
  if (def.kind === 'rate' && !op.includes('下降')) {
    const p = parsePercentCell(v, percentFormat, 'auto');
    return p.kind === 'number' ? p.value : p.kind === 'blank' ? null : undefined;
  }
  const text = typeof v === 'string' ? v.replace(/个?百分点$/, '') : v;
  const n = parseNumberCell(text);
  // A rule such as "teachers' minus civil servants' pay ≥ 0" may hold a negative threshold on purpose.
  if (n.kind === 'error' && n.code === 'negative') return parseNumberText(String(text));
  return n.kind === 'number' ? n.value : n.kind === 'blank' ? null : undefined;
}

function findCheckHeader(grid: SheetGrid): { row: number; cols: Record<Col, number> } | null {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < last; r++) {
    const cols = { key: -1, name: -1, op: -1, threshold: -1, enabled: -1, info: -1 };
    (grid.values[r] ?? []).forEach((v, c) => {
      const t = normalizeHeader(cellText(v));
      for (const k of Object.keys(COLS) as Col[]) if (cols[k] < 0 && t === COLS[k]) cols[k] = c;
    });
    if ((cols.key >= 0 || cols.name >= 0) && cols.op >= 0 && cols.threshold >= 0) return { row: r, cols };
  }
  return null;
}

const BY_KEY = new Map(DUTY_CHECKS.map((d) => [normalizeText(d.key), d]));
const BY_NAME = (() => {
  const m = new Map<string, DutyCheckDef | null>();
  for (const d of DUTY_CHECKS) {
    const k = normalizeText(d.name);
    // A name several checks share (F2 per 学段) identifies none of them.
    m.set(k, m.has(k) ? null : d);
  }
  return m;
})();

/** Reads one check row over its defaults. */
function readCheckRow(
  rd: Reading,
  grid: SheetGrid,
  r: number,
  cols: Record<Col, number>,
  def: DutyCheckDef,
  into: DutyRule,
): void {
  const row = grid.values[r] ?? [];
  const opCell = a1(r, cols.op);
  const opText = normalizeText(cellText(row[cols.op]));
  if (opText !== '') {
    const op = DUTY_OPS.find((o) => normalizeText(o) === opText);
    if (op) into.op = op;
    else error(rd, opCell, 'duty-bad-op', M.badOp(rd.sheet, opCell, def.key, cellText(row[cols.op]), into.op));
  }
  const tCell = a1(r, cols.threshold);
  const tv = row[cols.threshold] ?? null;
  const t = parseThreshold(def, into.op, tv, isPercentFormat(grid.formats?.[r]?.[cols.threshold]));
  const shownDefault = thresholdText(def, into.op, into.threshold) || M.blank;
  if (t === undefined) {
    error(rd, tCell, 'duty-bad-threshold', M.badThreshold(rd.sheet, tCell, def.key, cellText(tv), shownDefault));
  } else if (t !== null) into.threshold = t;
  else if (!OPS_WITHOUT_THRESHOLD.has(into.op) && into.threshold === null && !def.defaults.info) {
    error(rd, tCell, 'duty-bad-threshold', M.badThreshold(rd.sheet, tCell, def.key, '', shownDefault));
  }
  for (const k of ['enabled', 'info'] as const) {
    if (cols[k] < 0) continue;
    const v = yesNo(row[cols[k]]);
    const cell = a1(r, cols[k]);
    if (v === undefined)
      error(
        rd,
        cell,
        'duty-bad-yes-no',
        M.badYesNo(rd.sheet, cell, def.key, cellText(row[cols[k]]), into[k] ? '是' : '否'),
      );
    else if (v !== null) into[k] = v;
  }
}

/** Reads the 履职评价标准 sheet over the defaults. */
export function readDutyRules(grid: SheetGrid): { rules: DutyRules; issues: DataIssue[] } {
  const rd: Reading = { sheet: grid.name, issues: [] };
  const rules = defaultDutyRules();
  const header = findCheckHeader(grid);
  if (!header) {
    rd.issues.push({
      severity: 'error',
      sheet: grid.name,
      cell: null,
      code: 'duty-no-rules-header',
      message: M.noRulesHeader(grid.name),
    });
  } else {
    const { row: h, cols } = header;
    for (let r = h + 1; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      if (normalizeHeader(cellText(row[0])) === '设置项') break;
      const keyText = cols.key >= 0 ? normalizeText(cellText(row[cols.key])) : '';
      const nameText = cols.name >= 0 ? normalizeText(cellText(row[cols.name])) : '';
      if (keyText === '' && nameText === '') continue;
      const def = BY_KEY.get(keyText) ?? BY_NAME.get(nameText) ?? undefined;
      if (!def) {
        const cell = a1(r, cols.key >= 0 ? cols.key : cols.name);
        rd.issues.push({
          severity: 'warning',
          sheet: rd.sheet,
          cell,
          code: 'duty-unknown-check',
          message: M.unknownCheck(rd.sheet, cell, cellText(row[cols.key >= 0 ? cols.key : cols.name])),
        });
        continue;
      }
      readCheckRow(rd, grid, r, cols, def, rules.checks.get(def.key) as DutyRule);
    }
  }
  readOptions(rd, grid, rules.options);
  return { rules, issues: rd.issues };
}

/** The 设置项 | 值 rows below the checks. */
function readOptions(rd: Reading, grid: SheetGrid, into: DutyOptions): void {
  const byLabel = new Map(DUTY_OPTION_DEFS.map((d) => [normalizeHeader(d.label), d]));
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const d = byLabel.get(normalizeHeader(cellText(row[0])));
    if (!d) continue;
    const v = row[1] ?? null;
    if (cellText(v) === '') continue;
    const cell = a1(r, 1);
    if (!readOption(d, v, into))
      error(rd, cell, 'duty-bad-option', M.badOption(rd.sheet, cell, d.label, cellText(v), d.text));
  }
}

const WORD_SPLIT = /[+＋、,，;；\s]+/;

/** Category words of E1 (`特校就读+随班就读`); undefined when a word is not a category. `无` is none. */
function parseCategories(text: string): string[] | undefined {
  const t = normalizeText(text);
  if (t === '无') return [];
  const words = t.split(WORD_SPLIT).filter((w) => w !== '');
  const known: string[] = DISABLED_CATEGORIES.map((c) => c.word);
  return words.every((w) => known.includes(w)) ? words : undefined;
}

/** Small-school bands: `不足100按100`, `500-1000按1000`, separated by ；. Undefined when unreadable. */
export function parseBands(text: string): FundingBand[] | undefined {
  const t = normalizeText(text);
  if (t === '无') return [];
  const bands: FundingBand[] = [];
  for (const part of t.split(/[;；,，、]+/).filter((p) => p !== '')) {
    const under = /^(?:不足|少于|<)(\d+)(?:人)?按(\d+)(?:人)?(?:计算|核定)?$/.exec(part);
    const range = /^(\d+)-(\d+)(?:人)?按(\d+)(?:人)?(?:计算|核定)?$/.exec(part);
    if (under) bands.push({ from: 0, to: Number(under[1]), as: Number(under[2]) });
    else if (range) bands.push({ from: Number(range[1]), to: Number(range[2]), as: Number(range[3]) });
    else return undefined;
  }
  return bands;
}

/** Reads one option into `into`; false when the value cannot be read. */
function readOption(d: DutyOptionDef, v: CellValue, into: DutyOptions): boolean {
  const text = cellText(v);
  const n = parseNumberCell(v);
  const num = n.kind === 'number' ? n.value : null;
  switch (d.key) {
    case 'rounding': {
      const c = ROUNDING_CHOICES.find((x) => x === normalizeText(text));
      if (c) into.rounding = c;
      return c !== undefined;
    }
    case 'trainingBase': {
      const c = TRAINING_BASES.find((x) => normalizeText(text).startsWith(x));
      if (c) into.trainingBase = c;
      return c !== undefined;
    }
    case 'decimals':
      if (num === null || !Number.isInteger(num) || num > 6) return false;
      into.decimals = num;
      return true;
    case 'myopiaBaseYear':
      if (num === null || !Number.isInteger(num) || num < 1990 || num > 2100) return false;
      into.myopiaBaseYear = num;
      return true;
    case 'primaryRate':
    case 'juniorRate':
    case 'seniorRate':
    case 'specialRate':
      if (num === null) return false;
      into[d.key] = num;
      return true;
    case 'enrolNumerator':
    case 'enrolExcluded': {
      const words = parseCategories(text);
      if (!words || (d.key === 'enrolNumerator' && words.length === 0)) return false;
      into[d.key] = words;
      return true;
    }
    case 'bands': {
      const bands = parseBands(text);
      if (bands) into.bands = bands;
      return bands !== undefined;
    }
  }
}
