/**
 * Counties into a city (MONITORING.md §2): each county's evaluation reduced to a compact summary, and the
 * summaries (or the reason a workbook could not be read) gathered into one roll-up in input order.
 * Pure: the command line reads and evaluates the workbooks, here only results come in.
 */
import type { Stage } from '../model';
import { INDICATOR_IDS, type EvaluationResult, type IndicatorId, type ItemStatus, type Verdict } from '../result';
import type { DataIssue } from '../types';

export const ROLLUP_STAGES: readonly Stage[] = ['primary', 'junior'];

/** One coefficient of a county, as far as the roll-up needs it. */
export interface CountyCoefficient {
  n: number;
  cv: number | null;
  limit: number;
  pass: boolean | null;
}

export type CountyStageCoefficients = Record<IndicatorId, CountyCoefficient> & { composite: number | null };

/** What the roll-up keeps of one county's evaluation: small enough to hold thousands at once. */
export interface CountySummary {
  county: string;
  year: string;
  verdict: Verdict;
  blockers: string[];
  sections: EvaluationResult['sections'];
  /** Included school parts by verdict, and the parts that do not take part (教学点 under 50 pupils…). */
  parts: { pass: number; fail: number; incomplete: number; excluded: number };
  coefficients: Record<Stage, CountyStageCoefficients>;
  /** G1–G15, Q1–Q9 and S1 with their status. */
  items: { id: string; status: ItemStatus }[];
  issues: DataIssue[];
}

/** A county workbook's outcome: its summary, or the reason it could not be used. */
export type CountyOutcome = { file: string; summary: CountySummary } | { file: string; error: string };

/** Reduces an evaluation to what the roll-up shows. */
export function summarizeCounty(result: EvaluationResult): CountySummary {
  const parts = { pass: 0, fail: 0, incomplete: 0, excluded: 0 };
  for (const p of result.parts) {
    if (p.included) parts[p.verdict]++;
    else parts.excluded++;
  }
  const stage = (s: Stage): CountyStageCoefficients => {
    const all = result.coefficients[s];
    const out = { composite: all.composite } as CountyStageCoefficients;
    for (const id of INDICATOR_IDS) {
      const c = all[id];
      out[id] = { n: c.n, cv: c.cv, limit: c.limit, pass: c.pass };
    }
    return out;
  };
  return {
    county: result.county,
    year: result.year,
    verdict: result.verdict,
    blockers: [...result.blockers],
    sections: { ...result.sections },
    parts,
    coefficients: { primary: stage('primary'), junior: stage('junior') },
    items: [...result.guarantee, ...result.quality, result.recognition].map((i) => ({ id: i.id, status: i.status })),
    issues: result.issues.map((i) => ({ ...i })),
  };
}

/** One county's place in the comparison of one coefficient. */
export interface CoefficientRank {
  /** 0-based position of the county among the inputs. */
  index: number;
  cv: number | null;
  pass: boolean | null;
}

/** One coefficient across counties: worst first, 不可计算 last; with counts and the spread. */
export interface CoefficientComparison {
  stage: Stage;
  indicator: IndicatorId;
  limit: number | null;
  ranks: CoefficientRank[];
  pass: number;
  fail: number;
  none: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

/** The roll-up of many counties. */
export interface Rollup {
  counties: CountyOutcome[];
  comparisons: CoefficientComparison[];
  /** Counties whose summary is usable. */
  usable: number;
  /** The same county and year given in more than one workbook (the files, in input order): likely a mistake. */
  duplicates: { county: string; year: string; files: string[] }[];
}

/** Gathers the outcomes (in input order) and compares each coefficient across the usable counties. */
export function buildRollup(counties: CountyOutcome[]): Rollup {
  const comparisons: CoefficientComparison[] = [];
  for (const stage of ROLLUP_STAGES) {
    for (const indicator of INDICATOR_IDS) comparisons.push(compareCoefficient(counties, stage, indicator));
  }
  return {
    counties,
    comparisons,
    usable: counties.filter((c) => 'summary' in c).length,
    duplicates: duplicates(counties),
  };
}

function duplicates(counties: CountyOutcome[]): Rollup['duplicates'] {
  const seen = new Map<string, { county: string; year: string; files: string[] }>();
  for (const c of counties) {
    // A county whose name is not filled in cannot be told from another; only named ones are compared.
    if (!('summary' in c) || c.summary.county === '') continue;
    const key = `${c.summary.county}\u0000${c.summary.year}`;
    const entry = seen.get(key) ?? { county: c.summary.county, year: c.summary.year, files: [] };
    entry.files.push(c.file);
    seen.set(key, entry);
  }
  return [...seen.values()].filter((d) => d.files.length > 1);
}

function compareCoefficient(counties: CountyOutcome[], stage: Stage, indicator: IndicatorId): CoefficientComparison {
  const ranks: CoefficientRank[] = [];
  let limit: number | null = null;
  counties.forEach((c, index) => {
    if (!('summary' in c)) return;
    const coef = c.summary.coefficients[stage][indicator];
    limit ??= coef.limit;
    ranks.push({ index, cv: coef.cv, pass: coef.pass });
  });
  // Worst first, so the counties a 督导室 must look at head the list; ties keep the input order.
  ranks.sort((a, b) => (b.cv ?? -Infinity) - (a.cv ?? -Infinity) || a.index - b.index);
  const values = ranks.map((r) => r.cv).filter((v): v is number => v !== null);
  return {
    stage,
    indicator,
    limit,
    ranks,
    pass: ranks.filter((r) => r.pass === true).length,
    fail: ranks.filter((r) => r.pass === false).length,
    none: ranks.filter((r) => r.pass === null).length,
    min: values.length > 0 ? values[values.length - 1] : null,
    median: median(values),
    max: values.length > 0 ? values[0] : null,
  };
}

/** Median of values sorted from largest to smallest. */
function median(desc: number[]): number | null {
  const n = desc.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? desc[mid] : (desc[mid - 1] + desc[mid]) / 2;
}

/** The `rollup --json` document of OUTPUT.md ("More JSON"), with a few more keys per county. */
export function rollupJson(rollup: Rollup): unknown {
  return {
    counties: rollup.counties.map((c) => {
      if (!('summary' in c)) {
        return { file: c.file, county: null, year: null, verdict: null, error: c.error, blockers: [], parts: null };
      }
      const s = c.summary;
      const coef = (stage: Stage) => {
        const out: Record<string, unknown> = {};
        for (const id of INDICATOR_IDS) out[id] = { ...s.coefficients[stage][id] };
        out.composite = s.coefficients[stage].composite;
        return out;
      };
      return {
        file: c.file,
        county: s.county,
        year: s.year,
        verdict: s.verdict,
        error: null,
        blockers: s.blockers,
        parts: s.parts,
        coefficients: { primary: coef('primary'), junior: coef('junior') },
        sections: s.sections,
        items: s.items,
        issues: s.issues,
      };
    }),
  };
}
