/** 教育质量 Q1–Q9 and 社会认可度 S1 (RULES.md §3–4). */
import type { CountyInput } from '../model';
import type { ItemResult, ItemStatus } from '../result';
import type { ShortfallTable } from './shortfallTable';
import type { Settings } from '../settings';
import { num } from '../settings';
import { computeMessages } from '../messages';
import { computedItem, countyValues, itemName, missingItem, selfAssessedItem } from './items';
import type { SchoolFacts } from './facts';
import { computeQ4 } from './schoolItems';
import { atLeast, below } from './status';
import type { DataIssue } from '../types';

const m = computeMessages;

/** Q1 初中三年巩固率 by the formula chosen in the settings (RULES.md §3). */
function q1(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'Q1');
  const formula = s['Q1.formula'];
  if (formula === '简单公式') {
    const r = countyValues(input.county, ['juniorGraduates', 'grade7ThreeYearsAgo'] as const);
    if (!r.ok) return missingItem('Q1', standard, r.missing);
    const { juniorGraduates: g, grade7ThreeYearsAgo: e } = r.v;
    if (e <= 0) return missingItem('Q1', standard, [m.inputLabel.grade7ThreeYearsAgo]);
    return computedItem('Q1', g / e, standard, m.detail.q1Plain(g, e, g / e));
  }
  const r = countyValues(input.county, [
    'juniorGraduates',
    'grade7ThreeYearsAgo',
    'transfersIn',
    'transfersOut',
    'deaths',
  ] as const);
  if (!r.ok) return missingItem('Q1', standard, r.missing);
  const { juniorGraduates: g, grade7ThreeYearsAgo: e, transfersIn: tin, transfersOut: tout, deaths: d } = r.v;
  if (formula === '扣除转入公式') {
    const den = e - d;
    if (den <= 0) return missingItem('Q1', standard, [m.inputLabel.grade7ThreeYearsAgo]);
    const v = (g - tin + tout) / den;
    return computedItem('Q1', v, standard, m.detail.q1Adjusted(g, e, tin, tout, d, v));
  }
  const den = e + tin - tout - d;
  if (den <= 0) return missingItem('Q1', standard, [m.inputLabel.grade7ThreeYearsAgo]);
  const v = g / den;
  return computedItem('Q1', v, standard, m.detail.q1Standard(g, e, tin, tout, d, v));
}

/** Q2: (随班就读 + 特教学校 + 送教上门) ÷ 适龄残疾儿童少年 ≥ 95%. */
function q2(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'Q2');
  const r = countyValues(input.county, [
    'disabledInclusive',
    'disabledSpecialSchool',
    'disabledHomeTaught',
    'disabledTotal',
  ] as const);
  if (!r.ok) return missingItem('Q2', standard, r.missing);
  const { disabledInclusive: a, disabledSpecialSchool: b, disabledHomeTaught: c, disabledTotal: t } = r.v;
  if (t <= 0) return missingItem('Q2', standard, [m.inputLabel.disabledTotal]);
  const v = (a + b + c) / t;
  return computedItem('Q2', v, standard, m.detail.q2(a, b, c, t, v));
}

/**
 * Q9: every subject at level Ⅲ or above and 校际差异率 below 0.15. value = the lowest level,
 * value2 = the highest rate, so that value ≥ standard and value2 < standard2 together mean "all subjects".
 * Each is null while a subject's figure of that kind is blank: the lowest level (or highest rate) is unknown then.
 */
function q9(input: CountyInput, s: Settings): ItemResult {
  const level = num(s, 'Q9.level');
  const rate = num(s, 'Q9.rate');
  const base = { id: 'Q9', name: itemName('Q9'), standard: level, standard2: rate, selfAssessed: false };
  if (input.quality === null || input.quality.length === 0) {
    return { ...base, value: null, value2: null, status: 'missing', subjects: [], detail: m.detail.q9None };
  }
  let minLevel: number | null = null;
  let maxRate: number | null = null;
  let levelBlank = false;
  let rateBlank = false;
  let meeting = 0;
  const statuses: ItemStatus[] = [];
  const subjects = input.quality.map((q) => {
    let status: ItemStatus;
    if (q.level === null || q.rate === null) status = 'missing';
    else status = atLeast(q.level, level) && below(q.rate, rate) ? 'pass' : 'fail';
    // A subject failing on the figure it has fails even when the other figure is blank.
    if (
      status === 'missing' &&
      ((q.level !== null && !atLeast(q.level, level)) || (q.rate !== null && !below(q.rate, rate)))
    )
      status = 'fail';
    if (q.level === null) levelBlank = true;
    else minLevel = minLevel === null ? q.level : Math.min(minLevel, q.level);
    if (q.rate === null) rateBlank = true;
    else maxRate = maxRate === null ? q.rate : Math.max(maxRate, q.rate);
    if (status === 'pass') meeting++;
    statuses.push(status);
    return { subject: q.subject, stage: q.stage, level: q.level, rate: q.rate, status };
  });
  const status: ItemStatus = statuses.includes('fail') ? 'fail' : statuses.includes('missing') ? 'missing' : 'pass';
  return {
    ...base,
    value: levelBlank ? null : minLevel,
    value2: rateBlank ? null : maxRate,
    status,
    subjects,
    detail: m.detail.q9(meeting, subjects.length),
  };
}

/** Q1–Q9 in order; school-level Q4 failures are appended to `shortfalls`. */
export function computeQuality(
  input: CountyInput,
  s: Settings,
  facts: SchoolFacts,
  shortfalls: ShortfallTable,
  issues: DataIssue[],
): ItemResult[] {
  const sa = input.county.selfAssessed;
  return [
    q1(input, s),
    q2(input, s),
    selfAssessedItem('Q3', sa.charter.value),
    computeQ4(input.schools, facts, input.county, s, shortfalls, issues),
    selfAssessedItem('Q5', sa.itTeaching.value),
    selfAssessedItem('Q6', sa.moralCulture.value),
    selfAssessedItem('Q7', sa.curriculum.value),
    selfAssessedItem('Q8', sa.workload.value),
    q9(input, s),
  ];
}

/** S1 社会认可度 ≥ 85%, entered as a county figure. */
export function computeRecognition(input: CountyInput, s: Settings): ItemResult {
  const standard = num(s, 'S1');
  const v = input.county.numbers.recognitionRate.value;
  if (v === null) return missingItem('S1', standard, [m.inputLabel.recognitionRate]);
  return computedItem('S1', v, standard, m.detail.s1(v));
}
