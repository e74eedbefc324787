/**
 * 年度对比 (MONITORING.md §1): a county's workbooks of several years, each evaluated with its own 评估标准, laid
 * side by side with a verdict per indicator. Pure: grids in, a Comparison out.
 */
import { computeResult } from '../compute';
import { DUTY_SHEETS } from '../columns';
import { computeDuties, findSheet } from '../duties';
import { readDutyData } from '../duties/readData';
import { compareMessages as m, INDICATOR_NAMES, STAGE_WORDS } from '../messages';
import type { DutyData } from '../duties/inputs';
import type { CountyInput } from '../model';
import { readWorkbookInput } from '../read';
import type { EvaluationResult } from '../result';
import { normalizeText } from '../read/normalize';
import { INDICATOR_IDS } from '../result';
import { SETTING_DEFS } from '../settings';
import { growthEntries, inputJumps } from './compareDrift';
import { ledgerChanges } from './compareLedger';
import { brokenChains } from './compareChains';
import { governmentItems } from './compareGovernment';
import { itemSeries } from './compareItems';
import { coefficientSeries, marginRules, movers, partSeries, partsByKey, STAGES } from './compareParts';
import { problemList } from './compareProblems';
import { readMapping, schoolChanges, schoolKeys } from './compareSchools';
import { readCompareSettings } from './compareSettings';
import { trends } from './compareTrends';
import type {
  CompareIssue,
  CompareOutcome,
  CompareRefusal,
  Comparison,
  EvaluatedYear,
  ItemSeries,
  PartSeries,
  YearVerdict,
  YearWorkbook,
} from './compareTypes';
import { YEAR_VERDICTS } from './compareVerdict';

export interface CompareOptions {
  /** The oldest workbook is the 认定 year: 下滑 is judged against it too. */
  baseline?: boolean;
  /** Compare although the county names differ or a year repeats (each becomes a warning). */
  force?: boolean;
}

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; code: CompareRefusal };

/** Compares the workbooks of one county, given oldest first (they are put in year order when the years say so). */
export function compareWorkbooks(books: readonly YearWorkbook[], options: CompareOptions = {}): CompareOutcome {
  if (books.length < 2) return { ok: false, reason: m.tooFew, code: 'too-few' };
  const issues: CompareIssue[] = [];
  const evaluated: EvaluatedYear[] = [];
  for (const b of books) {
    const read = readWorkbookInput(b.workbook);
    if (!read.ok) return { ok: false, reason: m.cannotRead(b.file, read.reason), code: 'unreadable' };
    const result = computeResult(read.input, read.settings);
    const duty = dutiesOf(b, read.input, result);
    const year = result.year.trim();
    if (year === '') issues.push(bookIssue('year-blank', m.yearBlank(b.file), b.file));
    evaluated.push({ ...b, year: year || b.file, input: read.input, settings: read.settings, result, duty });
  }
  const ordered = orderYears(evaluated, issues, options.force === true);
  if (!ordered.ok) return ordered;
  const county = checkCounties(ordered.value, issues, options.force === true);
  if (!county.ok) return county;
  issues.push(...settingChanges(ordered.value));
  return { ok: true, comparison: buildComparison(ordered.value, county.value, options.baseline === true, issues) };
}

/**
 * The 履职 checks of a workbook, as `evaluate` runs them (its issues are the evaluation's, not the comparison's),
 * and the figures of its `履职数据` with their cells for the chains across years; null when it has none.
 */
function dutiesOf(b: YearWorkbook, input: CountyInput, result: EvaluationResult): DutyData | null {
  const duties = computeDuties(b.workbook, input, result);
  result.duties = duties.duties;
  result.dutiesSheet = duties.sheet;
  result.dutiesYear = duties.year;
  const grid = findSheet(b.workbook.sheets, DUTY_SHEETS.data);
  return grid ? readDutyData(grid).data : null;
}

/** A warning about a workbook as a whole (no cell to point at). */
function bookIssue(code: string, message: string, file: string | null): CompareIssue {
  return { severity: 'warning', code, message, file, sheet: null, cell: null };
}

/** Year order: by the 评估年度 when every year is a number; the same year twice is refused unless forced. */
function orderYears(years: EvaluatedYear[], issues: CompareIssue[], force: boolean): Checked<EvaluatedYear[]> {
  const numeric = years.every((y) => /^\d{4}/.test(y.year));
  const ordered = numeric ? [...years].sort((a, b) => parseInt(a.year, 10) - parseInt(b.year, 10)) : years;
  if (ordered.some((y, i) => y !== years[i]))
    issues.push(bookIssue('reordered', m.reordered(ordered.map((y) => y.year)), null));
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1], ordered[i]];
    if (normalizeText(a.year) !== normalizeText(b.year)) continue;
    if (!force) return { ok: false, reason: m.sameYear(a.year, a.file, b.file), code: 'same-year' };
    issues.push(bookIssue('same-year', m.sameYearForced(a.year, a.file, b.file), b.file));
  }
  return { ok: true, value: ordered };
}

/** The county every workbook names; different names are refused unless forced. */
function checkCounties(years: readonly EvaluatedYear[], issues: CompareIssue[], force: boolean): Checked<string> {
  const latest = years[years.length - 1];
  for (const y of years) {
    if (y.result.county.trim() === '') issues.push(bookIssue('county-blank', m.countyBlank(y.file), y.file));
  }
  const named = years.filter((y) => y.result.county.trim() !== '');
  for (const y of named) {
    const first = named[0];
    if (normalizeText(y.result.county) === normalizeText(first.result.county)) continue;
    const args = [first.result.county, y.result.county, first.file, y.file] as const;
    if (!force) return { ok: false, reason: m.differentCounties(...args), code: 'different-counties' };
    issues.push(bookIssue('different-counties', m.differentCountiesForced(...args), y.file));
  }
  return { ok: true, value: latest.result.county || (named[0]?.result.county ?? '') };
}

/** How a setting's value reads in a message: 95%, 是/否, or as written. */
function settingText(kind: string, v: number | boolean | string): string {
  if (typeof v === 'boolean') return v ? m.yes : m.no;
  if (kind === 'percent' && typeof v === 'number') return `${Number((v * 100).toPrecision(12))}%`;
  return String(v);
}

/** One warning per threshold that differs from one year to the next: each year is judged by its own. */
function settingChanges(years: readonly EvaluatedYear[]): CompareIssue[] {
  const out: CompareIssue[] = [];
  for (let i = 1; i < years.length; i++) {
    const [a, b] = [years[i - 1], years[i]];
    for (const d of SETTING_DEFS) {
      const [va, vb] = [a.settings[d.key], b.settings[d.key]];
      if (va === vb) continue;
      const message = m.settingChanged(d.label, settingText(d.kind, va), a.year, settingText(d.kind, vb), b.year);
      out.push(bookIssue('settings-changed', message, b.file));
    }
  }
  return out;
}

function buildComparison(
  years: readonly EvaluatedYear[],
  county: string,
  baseline: boolean,
  issues: CompareIssue[],
): Comparison {
  const latest = years[years.length - 1];
  const results = years.map((y) => y.result);
  const labels = years.map((y) => y.year);
  const read = readCompareSettings(latest.workbook, latest.file);
  const mapping = readMapping(years);
  issues.push(...read.issues, ...mapping.issues);
  const settings = read.settings;
  const rules = marginRules(settings);
  const keys = schoolKeys(
    years.map((y) => y.input.schools),
    mapping.mapping,
  );
  const byYear = partsByKey(results, keys);
  const coefficients = coefficientSeries(results, rules.cv, baseline);
  const items = [...itemSeries(results, rules.item, baseline), ...governmentItems(years)];
  const parts = partSeries(byYear, rules.level, baseline);
  const events = schoolChanges(
    results,
    years.map((y) => y.input.schools),
    labels,
    keys,
  );
  const yearSchools = years.map((y) => ({ file: y.file, sheet: y.input.schoolSheet, schools: y.input.schools }));
  issues.push(...inputJumps(yearSchools, keys, settings), ...brokenChains(years));
  const trendList = trends(years, issues);
  const problems = problemList(latest.result, items, latest.workbook, latest.file);
  issues.push(...problems.issues);
  // The counts and the alerts are of the 优质均衡 standard; 履职 and the checks across years are counted apart.
  const quality = items.filter((i) => i.group !== 'duties' && i.group !== 'government');
  const verdicts = [
    ...STAGES.flatMap((s) => INDICATOR_IDS.map((id) => coefficients[s][id].verdict)),
    ...quality.map((i) => i.verdict),
  ];
  return {
    county,
    years: labels,
    files: years.map((y) => y.file),
    baseline,
    settings,
    coefficients,
    items,
    trends: trendList,
    parts,
    movers: movers(results, byYear, settings.topSchools, settings.moverFloor),
    schools: {
      added: events.added.map((e) => e.code),
      removed: events.removed.map((e) => e.code),
      changed: events.changed.map((e) => ({ code: e.code, what: e.what, year: e.year })),
    },
    schoolEvents: events,
    ledger: ledgerChanges(results, keys),
    growth: growthEntries(latest.result, byYear, settings),
    alerts: alerts(coefficients, quality, parts),
    counts: countVerdicts(verdicts),
    issues,
    problems: problems.problems,
  };
}

function countVerdicts(verdicts: readonly (YearVerdict | null)[]): Record<YearVerdict, number> {
  const counts = Object.fromEntries(YEAR_VERDICTS.map((v) => [v, 0])) as Record<YearVerdict, number>;
  for (const v of verdicts) if (v !== null) counts[v]++;
  return counts;
}

/** What no longer meets the standard (MONITORING.md §2.3 consequence flags): 下滑 items and parts that fell. */
function alerts(
  coefficients: Comparison['coefficients'],
  items: readonly ItemSeries[],
  parts: readonly PartSeries[],
): string[] {
  const out: string[] = [];
  for (const s of STAGES) {
    for (const id of INDICATOR_IDS) {
      if (coefficients[s][id].verdict === 'slipped') out.push(`${STAGE_WORDS[s]}${INDICATOR_NAMES[id]}差异系数`);
    }
  }
  for (const i of items) if (i.verdict === 'slipped') out.push(`${i.id} ${i.name}`);
  for (const p of parts) {
    const t = p.verdicts.length - 1;
    if (p.verdicts[t] === 'fail' && p.verdicts[t - 1] === 'pass')
      out.push(m.partFell(p.code, p.name, STAGE_WORDS[p.stage]));
  }
  return out;
}
