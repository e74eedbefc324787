/**
 * The 问题清单 of the latest year (MONITORING.md §2.4 item 9): every open problem, one row each, in the seeds'
 * order 资源配置 → 政府保障 → 教育质量 → 社会认可度 → 履职, with the amount that closes it from 整改台账. 责任单位 and
 * 整改时限 are the county's to fill, unless the latest workbook has a `问题清单设置` sheet (项目 | 责任单位 | 整改时限)
 * naming them by item id, by the id before its dot, or by category.
 */
import { a1 } from '../a1';
import type { DutyResult } from '../duties/result';
import { compareMessages as m, DUTY_STATUS_WORDS, INDICATOR_NAMES, STAGE_WORDS } from '../messages';
import { displayText } from '../output/numberFormats';
import { itemFormat } from '../output/outputSheets';
import { cellText, normalizeHeader } from '../read/normalize';
import { parseNumberCell } from '../read/number';
import type { EvaluationResult, ItemResult, Shortfall } from '../result';
import { INDICATOR_IDS } from '../result';
import type { SheetGrid, WorkbookInput } from '../types';
import { FUNDING_NORM_ID } from './compareGovernment';
import { dutyItemIds, dutyName } from './compareItems';
import type { CompareIssue, ItemSeries, ProblemCategory, ProblemRow } from './compareTypes';

/** The optional sheet of the latest workbook that names 责任单位 and 整改时限 per item. */
export const PROBLEM_SETTINGS_SHEET = '问题清单设置';

/** The categories in the seeds' order. */
export const PROBLEM_CATEGORIES: readonly ProblemCategory[] = [
  'resources',
  'guarantee',
  'quality',
  'recognition',
  'duties',
];

const HEADERS = {
  item: new Set(['项目', '编号', '指标', '项目编号', '类别'].map(normalizeHeader)),
  owner: new Set(['责任单位', '责任部门', '牵头单位'].map(normalizeHeader)),
  months: new Set(['整改时限', '整改时限（月）', '时限', '完成时限', '整改时限(月)'].map(normalizeHeader)),
};

type Row = Omit<ProblemRow, 'owner' | 'deadline'>;

/** Names of the latest year's schools by code. */
function namesOf(result: EvaluationResult): Map<string, string> {
  return new Map(result.parts.map((p) => [p.code, p.name]));
}

/** `第一小学需增加…；城南小学需增加…`: the 整改台账 rows of one problem as one text. */
function actions(list: readonly Shortfall[]): string {
  return list.map((s) => `${s.name}${s.action}`).join('；');
}

function schoolList(names: readonly string[]): string {
  return [...new Set(names)].join('、');
}

/** 资源配置: the coefficients above their limit, then the 台账 of each 学段 and indicator. */
function resourceRows(result: EvaluationResult): Row[] {
  const rows: Row[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    for (const id of INDICATOR_IDS) {
      const c = result.coefficients[stage][id];
      if (c.pass !== false || c.cv === null) continue;
      rows.push({
        category: 'resources',
        item: `${id}.${STAGE_WORDS[stage]}`,
        problem: m.problems.cv(STAGE_WORDS[stage], id, INDICATOR_NAMES[id], c.cv.toFixed(3), c.limit.toFixed(2)),
        schools: c.top.length > 0 ? m.problems.topSchools(schoolList(c.top.slice(0, 3).map((t) => t.name))) : '',
        target: m.problems.cvTarget(c.limit.toFixed(2)),
      });
    }
  }
  for (const stage of ['primary', 'junior'] as const) {
    for (const id of INDICATOR_IDS) {
      const list = result.shortfalls.filter((s) => s.stage === stage && s.item === id);
      if (list.length === 0) continue;
      const standard = m.plain(list[0].standard);
      rows.push({
        category: 'resources',
        item: `${id}.${STAGE_WORDS[stage]}`,
        problem: m.problems.ledger(STAGE_WORDS[stage], id, INDICATOR_NAMES[id], list.length, standard),
        schools: schoolList(list.map((s) => s.name)),
        target: actions(list),
      });
    }
  }
  return rows;
}

/** The standard of a computed item as the result sheets show it (80%, 6,000 …). */
function standardText(i: ItemResult): string {
  if (i.standard === null) return '';
  return displayText(i.standard, itemFormat(i.id, i.standard));
}

function itemRow(category: ProblemCategory, i: ItemResult, result: EvaluationResult, names: Map<string, string>): Row {
  const ledger = result.shortfalls.filter((s) => s.item === i.id);
  const failing = (i.failing ?? []).map((code) => names.get(code) ?? code);
  let target = actions(ledger);
  if (target === '') target = i.selfAssessed ? m.problems.selfTarget : m.problems.reach(standardText(i));
  const status = i.status === 'basic' ? m.problems.basic : '';
  return {
    category,
    item: i.id,
    problem: `${i.id} ${i.name}：${i.detail}${status}`,
    schools: schoolList(failing),
    target,
  };
}

function isOpen(i: ItemResult): boolean {
  return i.status === 'fail' || i.status === 'basic';
}

/** 履职: every 未达标 check, then every 未佐证 one (DUTIES.md: the draft lists both), each with its gap. */
function dutyRows(duties: readonly DutyResult[]): Row[] {
  const ids = dutyItemIds(duties);
  return (['fail', 'missing'] as const).flatMap((status) => dutyRowsOf(duties, ids, status));
}

function dutyRowsOf(duties: readonly DutyResult[], ids: readonly string[], status: 'fail' | 'missing'): Row[] {
  return duties.flatMap((d, k): Row[] => {
    if (d.status !== status) return [];
    const figure = d.text.value === '' ? '' : m.problems.dutyFigure(d.text.value, d.rule);
    const problem = `${ids[k]} ${dutyName(d)}：${DUTY_STATUS_WORDS[d.status]}${figure}`;
    return [{ category: 'duties', item: ids[k], problem, schools: '', target: d.gap ?? '' }];
  });
}

/**
 * A 生均公用经费基准定额 lower than last year's: 政府保障. The other checks across years are facts listed already:
 * the latest wage gap is G8's, the 两个只增不减 are 履职 F1 and F2.
 */
function governmentRows(items: readonly ItemSeries[]): Row[] {
  return items.flatMap((i): Row[] => {
    if (!i.id.startsWith(`${FUNDING_NORM_ID}.`)) return [];
    const t = i.values.length - 1;
    const [v, standard] = [i.values[t], i.standards[t]];
    if (i.group !== 'government' || i.met[t] !== false || v === null || standard === null) return [];
    const unit = i.unit ?? '';
    const problem = m.problems.government(i.id, i.name, m.plain(v), m.plain(standard), unit);
    return [
      {
        category: 'guarantee',
        item: i.id,
        problem,
        schools: '',
        target: m.problems.governmentTarget(m.plain(standard), unit),
      },
    ];
  });
}

/** The open problems of a result, in the seeds' order, without 责任单位 and 整改时限. */
function openProblems(result: EvaluationResult, items: readonly ItemSeries[]): Row[] {
  const names = namesOf(result);
  const vetoes: Row[] = result.vetoes
    .filter((v) => v.value === true)
    .map((v) => ({
      category: 'guarantee',
      item: v.item,
      problem: m.problems.veto(v.item),
      schools: '',
      target: m.problems.vetoTarget,
    }));
  return [
    ...resourceRows(result),
    ...vetoes,
    ...result.guarantee.filter(isOpen).map((i) => itemRow('guarantee', i, result, names)),
    ...governmentRows(items),
    ...result.quality.filter(isOpen).map((i) => itemRow('quality', i, result, names)),
    ...(isOpen(result.recognition) ? [itemRow('recognition', result.recognition, result, names)] : []),
    ...dutyRows(result.duties ?? []),
  ];
}

interface Assignment {
  owner: string;
  deadline: string;
}

/** The header row of the settings sheet and its three columns; null when no row names 项目 and 责任单位 or 时限. */
function settingsHeader(grid: SheetGrid): { row: number; item: number; owner: number; months: number } | null {
  for (let r = 0; r < Math.min(10, grid.values.length); r++) {
    const heads = (grid.values[r] ?? []).map((v) => normalizeHeader(cellText(v)));
    const find = (set: Set<string>): number => heads.findIndex((h) => set.has(h));
    const [item, owner, months] = [find(HEADERS.item), find(HEADERS.owner), find(HEADERS.months)];
    if (item >= 0 && (owner >= 0 || months >= 0)) return { row: r, item, owner, months };
  }
  return null;
}

/** A 时限 cell: a number of months (6 → 6个月内), or the county's own words (2025年12月底前) as written. */
function deadlineText(grid: SheetGrid, r: number, c: number, issues: CompareIssue[], file: string): string {
  if (c < 0) return '';
  const v = grid.values[r]?.[c] ?? null;
  const n = parseNumberCell(v);
  if (n.kind === 'number' && n.value > 0) return m.problems.months(n.value);
  if (n.kind === 'number' || (n.kind === 'error' && n.code !== 'not-a-number')) {
    const cell = a1(r, c);
    const message = m.problems.badMonths(grid.name, cell);
    issues.push({ severity: 'warning', code: 'problem-months', message, file, sheet: grid.name, cell });
    return '';
  }
  return cellText(v).trim();
}

/** 责任单位 and 整改时限 by normalised item id or category word, from `问题清单设置` of the latest workbook. */
export function readProblemSettings(
  workbook: WorkbookInput,
  file: string,
): { map: Map<string, Assignment>; issues: CompareIssue[] } {
  const map = new Map<string, Assignment>();
  const issues: CompareIssue[] = [];
  const grid = workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(PROBLEM_SETTINGS_SHEET));
  if (!grid) return { map, issues };
  const h = settingsHeader(grid);
  if (!h) {
    issues.push({
      severity: 'warning',
      code: 'problem-settings-header',
      message: m.problems.noHeader(grid.name),
      file,
      sheet: grid.name,
      cell: null,
    });
    return { map, issues };
  }
  for (let r = h.row + 1; r < grid.values.length; r++) {
    const key = normalizeHeader(cellText(grid.values[r]?.[h.item]));
    if (key === '') continue;
    const owner = h.owner >= 0 ? cellText(grid.values[r]?.[h.owner]).trim() : '';
    map.set(key, { owner, deadline: deadlineText(grid, r, h.months, issues, file) });
  }
  return { map, issues };
}

/** The assignment of a row: by its id (F2.小学), the id before the dot (F2), then its category (资源配置). */
function assignmentOf(row: Row, map: ReadonlyMap<string, Assignment>): Assignment {
  const keys = [row.item, row.item.split('.')[0], m.problems.categories[row.category]];
  for (const k of keys) {
    const a = map.get(normalizeHeader(k));
    if (a) return a;
  }
  return { owner: '', deadline: '' };
}

/** The 问题清单 of the latest year with the county's 责任单位 and 整改时限 where its settings sheet gives them. */
export function problemList(
  result: EvaluationResult,
  items: readonly ItemSeries[],
  workbook: WorkbookInput,
  file: string,
): { problems: ProblemRow[]; issues: CompareIssue[] } {
  const settings = readProblemSettings(workbook, file);
  const problems = openProblems(result, items).map((row) => ({ ...row, ...assignmentOf(row, settings.map) }));
  return { problems, issues: settings.issues };
}
