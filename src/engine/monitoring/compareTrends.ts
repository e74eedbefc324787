/**
 * Three-year trends of the figures the 履职 rules follow over years (DUTIES.md H1, H2; MONITORING.md §2.4 item 8):
 * 儿童青少年总体近视率 should fall every year; 学生体质健康水平 must not fall three years running. Each workbook gives
 * its own year; the first also gives the years before it (its 上年 and 前年 columns), so that three workbooks can
 * show three moves.
 */
import type { DutyYear } from '../duties/items';
import { compareMessages as m } from '../messages';
import { dutyItemIds } from './compareItems';
import type { CompareIssue, EvaluatedYear, Trend } from './compareTypes';

interface TrendDef {
  id: 'H1' | 'H2';
  /** The `履职数据` item. */
  figure: string;
  /** The good way for the figure to move. */
  better: 'up' | 'down';
}

const TRENDS: readonly TrendDef[] = [
  { id: 'H1', figure: 'myopia', better: 'down' },
  { id: 'H2', figure: 'fitness', better: 'up' },
];

/** How many workbooks a trend needs. */
export const TREND_MIN_YEARS = 3;

// Rates typed as percentages differ by binary noise only below this.
const NOISE = 1e-9;

function figureOf(y: EvaluatedYear, key: string, col: DutyYear): number | null {
  return y.duty?.figures.get(key)?.[col]?.value ?? null;
}

/** The year labels of the workbooks: 履职数据's 数据年度 when every workbook gives it, else the 评估年度. */
function labelsOf(years: readonly EvaluatedYear[]): string[] {
  const data = years.map((y) => y.result.dutiesYear);
  if (data.every((d): d is number => typeof d === 'number')) return data.map(String);
  return years.map((y) => y.year);
}

/** The label of the year `back` years before `label`: 2022 before 2023, else words. */
function before(label: string, back: number): string {
  const n = parseInt(label, 10);
  if (/^\d{4}$/.test(label.trim()) && Number.isFinite(n)) return String(n - back);
  return m.yearsBefore(label, back);
}

/** Values and labels: the first workbook's 前年 and 上年 where it gives them, then each workbook's 本年. */
function seriesOf(def: TrendDef, years: readonly EvaluatedYear[]): { years: string[]; values: (number | null)[] } {
  const labels = labelsOf(years);
  const first = years[0];
  const earlier: [string, number | null][] = [
    [before(labels[0], 2), figureOf(first, def.figure, 'older')],
    [before(labels[0], 1), figureOf(first, def.figure, 'prev')],
  ];
  // Only an unbroken run of given figures is put before the first workbook.
  while (earlier.length > 0 && earlier[0][1] === null) earlier.shift();
  return {
    years: [...earlier.map(([l]) => l), ...labels],
    values: [...earlier.map(([, v]) => v), ...years.map((y) => figureOf(y, def.figure, 'now'))],
  };
}

function sign(a: number, b: number): 'up' | 'down' | 'flat' {
  if (Math.abs(b - a) <= NOISE * Math.max(1, Math.abs(a))) return 'flat';
  return b > a ? 'up' : 'down';
}

/** The way of the last move and how many moves in a row, ending with it, went that way. */
function lastRun(values: readonly (number | null)[]): { direction: Trend['direction']; consecutive: number } | null {
  const t = values.length - 1;
  const [a, b] = [values[t - 1], values[t]];
  if (a === null || b === null) return null;
  const direction = sign(a, b);
  let consecutive = 1;
  for (let k = t - 1; k >= 1; k--) {
    const [x, y] = [values[k - 1], values[k]];
    if (x === null || y === null || sign(x, y) !== direction) break;
    consecutive++;
  }
  return { direction, consecutive };
}

/** The latest workbook's rule of the check `id` in words (比上年下降不少于0.5个百分点), when it has one. */
function ruleOf(y: EvaluatedYear, id: string): string | null {
  const duties = y.result.duties ?? [];
  const ids = dutyItemIds(duties);
  const k = ids.indexOf(id);
  return k < 0 ? null : duties[k].rule;
}

/** What DUTIES.md attaches to the run: 连续三年下降 of 体质 (问责; 宁夏 降一个等次), a rise of 近视 against H1. */
function consequenceOf(def: TrendDef, direction: Trend['direction'], n: number, rule: string | null): string | null {
  if (def.id === 'H2') {
    if (direction !== 'down') return null;
    return n >= 3 ? m.trend.fitnessDown3(n) : m.trend.fitnessDown(n, 3 - n);
  }
  if (direction === 'down') return null;
  return direction === 'up' ? m.trend.myopiaUp(n, rule) : m.trend.myopiaFlat(n, rule);
}

/**
 * H1 and H2 across the years, when three or more workbooks are given and their `履职数据` has the figures; a trend
 * whose latest two years are not both given is left out with a warning naming the workbook.
 */
export function trends(years: readonly EvaluatedYear[], issues: CompareIssue[]): Trend[] {
  if (years.length < TREND_MIN_YEARS || years.every((y) => y.duty === null)) return [];
  const latest = years[years.length - 1];
  const out: Trend[] = [];
  for (const def of TRENDS) {
    const s = seriesOf(def, years);
    const run = lastRun(s.values);
    const name = m.trend.names[def.id];
    if (!run) {
      const lacking = years.slice(-2).filter((y) => figureOf(y, def.figure, 'now') === null);
      const files = lacking.map((y) => y.file);
      issues.push({
        severity: 'warning',
        code: 'trend-gap',
        message: m.trend.gap(name, files),
        file: files[0] ?? null,
        sheet: null,
        cell: null,
      });
      continue;
    }
    const good = run.direction === 'flat' ? null : run.direction === def.better;
    const consequence = consequenceOf(def, run.direction, run.consecutive, ruleOf(latest, def.id));
    out.push({ id: def.id, name, ...s, ...run, good, consequence });
  }
  return out;
}
