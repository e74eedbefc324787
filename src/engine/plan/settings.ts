/**
 * `规划参数` (PLAN.md §3): every row optional, its default used and said so. The table below is the single source:
 * the template writes it and the reader reads it back.
 */
import { a1 } from '../a1';
import type { CountyData } from '../model';
import { planMessages as M } from '../messages/plan';
import { normalizeHeader, parseNumberCell } from '../read';
import { parsePercentCell } from '../read/number';
import type { DataIssue, SheetGrid, WorkbookInput } from '../types';
import type { PlanSettingKey, PlanSettings, SettingUsed } from './types';

/** How a row's value is read. */
type Kind = 'number' | 'year' | 'percent' | 'boolean' | 'optional';

interface PlanSettingDef {
  key: PlanSettingKey;
  kind: Kind;
}

/** The rows of `规划参数`, in sheet order. */
export const PLAN_SETTING_DEFS: readonly PlanSettingDef[] = [
  { key: 'targetYear', kind: 'year' },
  { key: 'teacherCost', kind: 'number' },
  { key: 'billedYears', kind: 'number' },
  { key: 'backboneCost', kind: 'number' },
  { key: 'spacePrice', kind: 'number' },
  { key: 'sportsPrice', kind: 'number' },
  { key: 'roomPrice', kind: 'number' },
  { key: 'allowTransfer', kind: 'boolean' },
  { key: 'transferShare', kind: 'percent' },
  { key: 'transferCost', kind: 'number' },
  { key: 'yearCap', kind: 'optional' },
];

/** The evaluation year of the county as a number (`2024`, `2024年`, `2023-2024学年` → its last year), or null. */
export function evaluationYear(county: CountyData): number | null {
  const years = String(county.year ?? '').match(/(19|20)\d\d/g);
  return years ? Number(years[years.length - 1]) : null;
}

/** The settings the sheet gives (absent keys are left to the defaults), and the issues of its cells. */
function readRows(grid: SheetGrid | undefined): {
  given: Partial<Record<PlanSettingKey, unknown>>;
  issues: DataIssue[];
} {
  const given: Partial<Record<PlanSettingKey, unknown>> = {};
  const issues: DataIssue[] = [];
  if (!grid) return { given, issues };
  const byLabel = new Map(PLAN_SETTING_DEFS.map((d) => [normalizeHeader(M.settingLabels[d.key][0]), d]));
  grid.values.forEach((row, r) => {
    const d = byLabel.get(normalizeHeader(String(row[0] ?? '')));
    if (!d) return;
    const v = row[1] ?? null;
    const cell = a1(r, 1);
    const label = M.settingLabels[d.key][0];
    const bad = (message: string): void => {
      issues.push({ severity: 'warning', sheet: grid.name, cell, code: 'plan-setting-invalid', message });
    };
    if (d.kind === 'boolean') {
      const t = String(v ?? '').trim();
      if (t === M.yes || t === M.no) given[d.key] = t === M.yes;
      else if (t !== '') bad(M.issues.badChoice(label, t));
      return;
    }
    const fmt = grid.formats?.[r]?.[1] ?? '';
    const parsed = d.kind === 'percent' ? parsePercentCell(v, fmt.includes('%'), 'auto') : parseNumberCell(v);
    if (parsed.kind === 'blank') return;
    if (parsed.kind === 'error') return bad(M.issues.badSetting(label, parsed.text));
    if (d.kind === 'year' && !(Number.isInteger(parsed.value) && parsed.value >= 1900 && parsed.value <= 2200))
      return bad(M.issues.badSetting(label, String(v)));
    given[d.key] = parsed.value;
  });
  return { given, issues };
}

export interface PlanSettingsRead {
  settings: PlanSettings;
  used: SettingUsed[];
  issues: DataIssue[];
}

/**
 * The settings of a workbook's `规划参数` after defaults: the target year from the evaluation year, the teacher cost
 * from 区县数据's 教师年平均工资收入 (元) ÷ 10000, else 16 万元.
 */
export function readPlanSettings(workbook: WorkbookInput, county: CountyData, evalYear: number): PlanSettingsRead {
  const grid = workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(M.sheets.settings));
  const { given, issues } = readRows(grid);
  const salary = county.numbers.teacherAvgSalary.value;
  const targetYear = (given.targetYear as number | undefined) ?? evalYear + 3;
  const defaults: PlanSettings = {
    targetYear,
    teacherCost: salary !== null && salary > 0 ? salary / 10000 : 16,
    billedYears: Math.max(1, targetYear - evalYear),
    backboneCost: 0.5,
    spacePrice: 3500,
    sportsPrice: 600,
    roomPrice: 5,
    allowTransfer: false,
    transferShare: 0.1,
    transferCost: 0,
    yearCap: null,
  };
  const settings = { ...defaults, ...given } as PlanSettings;
  const used = PLAN_SETTING_DEFS.map((d) => ({
    key: d.key,
    value: settings[d.key],
    fromSheet: given[d.key] !== undefined,
  }));
  return { settings, used, issues };
}
