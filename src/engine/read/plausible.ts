/**
 * Unit plausibility of county figures: a figure far outside what any county reports is almost always the wrong unit
 * (870000 元 typed into a 万元 row, a salary in 万元 typed into a 元 row). Warnings only; the figure is kept.
 */
import { COUNTY_ITEMS } from '../columns';
import { intakeMessages as msg } from '../messages';
import type { CountyData, CountyNumericItem } from '../model';
import type { DataIssue } from '../types';

/** One check: the figure (÷ `per`, × `factor`) must lie in [min, max]. */
interface Range {
  key: CountyNumericItem;
  /** Divide by this county figure first (students, for a per-pupil amount). */
  per?: CountyNumericItem;
  /** From the item's unit to 元. */
  factor: number;
  min: number;
  max: number;
  /** What the computed figure is, for the message: `每生 6,904.76 元`. */
  what: string;
  hint: string;
}

const TOO_BIG_WAN = '可能把以元为单位的金额填进了以万元为单位的行（如 870000 元应填 87）；';
const TOO_SMALL_YUAN = '可能把以万元为单位的金额填进了以元为单位的行（如 12.5 万元应填 125000）；';

/** The ranges: generous, so that only a unit slip (a factor of 10,000) falls outside. */
const RANGES: readonly Range[] = [
  {
    key: 'specialSchoolFunding',
    per: 'specialSchoolStudents',
    factor: 10000,
    min: 0,
    max: 200000,
    what: '特殊教育学校每生公用经费',
    hint: TOO_BIG_WAN,
  },
  { key: 'teacherAvgSalary', factor: 1, min: 5000, max: 2000000, what: '教师年平均工资', hint: TOO_SMALL_YUAN },
  { key: 'civilServantAvgSalary', factor: 1, min: 5000, max: 2000000, what: '公务员年平均工资', hint: TOO_SMALL_YUAN },
  {
    key: 'primaryFundingNorm',
    factor: 1,
    min: 50,
    max: 100000,
    what: '小学生均公用经费基准定额',
    hint: TOO_SMALL_YUAN,
  },
  { key: 'juniorFundingNorm', factor: 1, min: 50, max: 100000, what: '初中生均公用经费基准定额', hint: TOO_SMALL_YUAN },
];

const labelOf = (key: CountyNumericItem): string => COUNTY_ITEMS.find((i) => i.key === key)?.label ?? key;

/** 元 with thousands separators, whatever the host's locale data. */
function yuan(x: number): string {
  const [whole, frac] = x.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac} 元`;
}

/** Adds a warning on each county figure whose size suggests the wrong unit. */
export function checkCountyUnits(county: CountyData, sheet: string, issues: DataIssue[]): void {
  for (const r of RANGES) {
    const field = county.numbers[r.key];
    if (field.value === null || field.value === 0 || field.cell === null) continue;
    let x = field.value * r.factor;
    if (r.per) {
      const per = county.numbers[r.per].value;
      if (per === null || per <= 0) continue;
      x /= per;
    }
    if (x >= r.min && x <= r.max) continue;
    const hint = x > r.max && r.hint === TOO_SMALL_YUAN ? '' : r.hint;
    issues.push({
      severity: 'warning',
      sheet,
      cell: field.cell,
      code: 'implausible-unit',
      message: msg.implausibleCountyFigure(sheet, field.cell, labelOf(r.key), `${r.what} ${yuan(x)}`, hint),
    });
  }
}
