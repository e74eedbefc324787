/**
 * The margins of 年度对比. Defaults follow MONITORING.md §2.3–2.4; a user changes one by adding its row (label in
 * column A, value in column B) to `评估标准` of the latest workbook.
 */
import { a1 } from '../a1';
import { SHEETS } from '../columns';
import { compareMessages as m } from '../messages';
import { cellText, isPercentFormat, normalizeText } from '../read/normalize';
import { parsePercentCell } from '../read/number';
import type { WorkbookInput } from '../types';
import type { CompareIssue, CompareSettings } from './compareTypes';

interface CompareSettingDef {
  key: keyof CompareSettings;
  label: string;
  percent: boolean;
  default: number;
}

/** The rows a user may add to `评估标准`. */
export const COMPARE_SETTING_DEFS: readonly CompareSettingDef[] = [
  { key: 'levelMargin', label: '年度对比预警幅度（占标准的比例）', percent: true, default: 0.05 },
  { key: 'cvMargin', label: '年度对比差异系数预警幅度', percent: false, default: 0.03 },
  { key: 'growthShare', label: '年度对比学生增长提示幅度', percent: true, default: 0.1 },
  { key: 'jumpShare', label: '年度对比疑似录入错误幅度', percent: true, default: 0.25 },
  { key: 'steadyStudents', label: '年度对比学生数视为不变的幅度', percent: true, default: 0.05 },
  { key: 'topSchools', label: '年度对比每项列出的学校数', percent: false, default: 3 },
  { key: 'moverFloor', label: '年度对比列出学校的差异系数最小变化', percent: false, default: 0.005 },
];

/** The defaults of MONITORING.md. */
export function defaultCompareSettings(): CompareSettings {
  const s = {} as CompareSettings;
  for (const d of COMPARE_SETTING_DEFS) s[d.key] = d.default;
  return s;
}

/** The margins in force: the defaults, overridden by rows of the workbook's `评估标准`. */
export function readCompareSettings(
  workbook: WorkbookInput,
  file: string,
): { settings: CompareSettings; issues: CompareIssue[] } {
  const settings = defaultCompareSettings();
  const issues: CompareIssue[] = [];
  const grid = workbook.sheets.find((s) => normalizeText(s.name) === normalizeText(SHEETS.settings));
  if (!grid) return { settings, issues };
  const byLabel = new Map(COMPARE_SETTING_DEFS.map((d) => [normalizeText(d.label), d]));
  grid.values.forEach((row, r) => {
    const d = byLabel.get(normalizeText(cellText(row?.[0])));
    if (!d) return;
    const read = parsePercentCell(
      row[1] ?? null,
      isPercentFormat(grid.formats?.[r]?.[1]),
      d.percent ? 'auto' : 'fraction',
    );
    if (read.kind === 'number') {
      settings[d.key] = read.value;
      return;
    }
    if (read.kind === 'blank') return;
    const cell = a1(r, 1);
    const shown = d.percent ? `${d.default * 100}%` : String(d.default);
    issues.push({
      severity: 'warning',
      code: 'compare-setting-unreadable',
      message: m.compareSettingUnreadable(grid.name, cell, d.label, shown),
      file,
      sheet: grid.name,
      cell,
    });
  });
  return { settings, issues };
}
