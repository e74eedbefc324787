/**
 * The `评估标准` sheet: the user's thresholds and switches, read back on every run. A value that cannot be read
 * keeps its default and is reported; a missing sheet means every default.
 */
import { intakeMessages, readingMessages as msg } from '../messages';
import { defaultSettings, SETTING_DEFS } from '../settings';
import type { SettingDef, Settings } from '../settings';
import type { CellValue, DataIssue, SheetGrid } from '../types';
import { a1 } from '../a1';
import { HEADER_SEARCH_ROWS } from './header';
import {
  cellText,
  isPercentFormat,
  labelValueHeader,
  Lexicon,
  normalizeHeader,
  normalizeText,
  yesNo,
} from './normalize';
import { parsePercentCell } from './number';
import { parseLevel } from './quality';

const SETTINGS_LEXICON = (() => {
  const lex = new Lexicon<SettingDef>();
  for (const d of SETTING_DEFS) lex.add(d.label, d);
  return lex;
})();

const SETTING_LABEL = '设置项';
const LABEL_HEADERS = new Set([SETTING_LABEL, '项目']);
const VALUE_HEADERS = new Set(['值', '数值', '设置值']);

/**
 * True when one of the first rows is a `设置项 | 值` header (to recognise a renamed settings sheet). Only 设置项
 * counts here: a `项目 | 数值` header is the county sheet's.
 */
export function hasSettingsHeader(grid: SheetGrid): boolean {
  const found = locateColumns(grid);
  return found.found && normalizeHeader(cellText(grid.values[found.start - 1]?.[found.labelCol])) === SETTING_LABEL;
}

function locateColumns(grid: SheetGrid): { labelCol: number; valueCol: number; start: number; found: boolean } {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    const { labelCol, valueCol } = labelValueHeader(row, LABEL_HEADERS, VALUE_HEADERS);
    if (labelCol >= 0 && valueCol >= 0) return { labelCol, valueCol, start: r + 1, found: true };
  }
  return { labelCol: 0, valueCol: 1, start: 0, found: false };
}

/** How a default is shown in a message: 85%, 是/否, or the number or text itself. */
function show(d: SettingDef): string {
  if (d.kind === 'percent' && typeof d.default === 'number') return `${Number((d.default * 100).toPrecision(12))}%`;
  if (typeof d.default === 'boolean') return msg.yesNo(d.default);
  return String(d.default);
}

/** Reads one setting's value; undefined when it cannot be read, null when blank. */
function readValue(d: SettingDef, v: CellValue, percentFormat: boolean): number | boolean | string | null | undefined {
  switch (d.kind) {
    case 'percent': {
      // 95%, 0.95 and 95 all mean 95%: a plain number above 1 is percent points.
      const p = parsePercentCell(v, percentFormat, 'auto');
      return p.kind === 'number' ? p.value : p.kind === 'blank' ? null : undefined;
    }
    case 'number': {
      if (d.key === 'Q9.level' && typeof v === 'string') {
        const level = parseLevel(v);
        if (level !== undefined) return level;
      }
      // A threshold such as 0.15 may be written 15%; a plain number is taken as written.
      const p = parsePercentCell(v, percentFormat, 'fraction');
      return p.kind === 'number' ? p.value : p.kind === 'blank' ? null : undefined;
    }
    case 'boolean': {
      if (typeof v === 'number') return undefined;
      return yesNo(v);
    }
    case 'choice': {
      const t = normalizeText(cellText(v));
      if (t === '') return null;
      return d.choices?.find((c) => normalizeText(c) === t);
    }
  }
}

/** Reads the settings sheet over the defaults. */
export function readSettingsSheet(grid: SheetGrid): { settings: Settings; issues: DataIssue[] } {
  const sheet = grid.name;
  const values: Record<string, number | boolean | string> = { ...defaultSettings() };
  const issues: DataIssue[] = [];
  const { labelCol, valueCol, start } = locateColumns(grid);
  const seen = new Set<string>();
  for (let r = start; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const label = cellText(row[labelCol]);
    if (label === '') continue;
    const hit = SETTINGS_LEXICON.lookup(label);
    if (!hit || seen.has(hit.target.key)) continue;
    const d = hit.target;
    seen.add(d.key);
    const v = row[valueCol] ?? null;
    const cell = a1(r, valueCol);
    const value = readValue(d, v, isPercentFormat(grid.formats?.[r]?.[valueCol]));
    if (value === null) {
      issues.push({
        severity: 'warning',
        sheet,
        cell,
        code: 'setting-blank',
        message: msg.settingBlank(sheet, cell, d.label, show(d)),
      });
    } else if (value === undefined) {
      issues.push({
        severity: 'error',
        sheet,
        cell,
        code: 'setting-unreadable',
        message: msg.settingUnreadable(sheet, cell, d.label, cellText(v), show(d)),
      });
    } else values[d.key] = value;
  }
  // A deleted row would otherwise fall back to its default without a word: one warning lists them all.
  const absent = SETTING_DEFS.filter((d) => !seen.has(d.key)).map((d) => `${d.label}（${show(d)}）`);
  if (absent.length > 0) {
    const message = intakeMessages.settingRowsMissing(sheet, absent);
    issues.push({ severity: 'warning', sheet, cell: null, code: 'setting-row-missing', message });
  }
  return { settings: values as Settings, issues };
}
