/** The short Chinese summary the `evaluate` command prints after a run. */
import {
  INDICATOR_NAMES,
  VERDICT_WORDS,
  cliMessages as C,
  COEFFICIENT_WORDS,
  intakeMessages as I,
} from '../engine/messages';
import type { DataIssue } from '../engine/types';
import { INDICATOR_IDS, type CoefficientResult, type EvaluationResult } from '../engine/result';
import { dutiesSummaryLines } from './dutiesSummary';

/** A coefficient with its status word, so a failing one stands out without colour: `0.625（未达标）`. */
function cvText(c: CoefficientResult): string {
  if (c.cv === null) return COEFFICIENT_WORDS.none;
  return `${c.cv.toFixed(3)}（${c.pass ? COEFFICIENT_WORDS.pass : COEFFICIENT_WORDS.fail}）`;
}

/** The short Chinese summary printed after a run. */
export function summaryLines(result: EvaluationResult): string[] {
  const included = result.parts.filter((p) => p.included);
  const count = (v: string): number => included.filter((p) => p.verdict === v).length;
  const lines = [C.summaryCounty(result.county, result.year), C.summaryVerdict(VERDICT_WORDS[result.verdict])];
  if (result.blockers.length > 0) {
    lines.push(C.summaryBlockers);
    for (const b of result.blockers) lines.push(`  - ${b}`);
  }
  lines.push(C.summaryParts(count('pass'), count('fail'), count('incomplete'), result.parts.length - included.length));
  lines.push(C.summaryCvHeader);
  for (const id of INDICATOR_IDS) {
    lines.push(
      C.summaryCvLine(
        `${id} ${INDICATOR_NAMES[id]}`,
        cvText(result.coefficients.primary[id]),
        cvText(result.coefficients.junior[id]),
      ),
    );
  }
  lines.push(...dutiesSummaryLines(result));
  const errors = result.issues.filter((i) => i.severity === 'error');
  lines.push(C.summaryIssues(errors.length, result.issues.length - errors.length));
  lines.push(...firstErrors(errors));
  return lines;
}

/** How many errors the summary spells out; the rest are on 数据问题. */
export const ERRORS_SHOWN = 10;

/** The first errors, one line each, with the sheet and cell to correct. */
function firstErrors(errors: readonly DataIssue[]): string[] {
  if (errors.length === 0) return [];
  const shown = errors.slice(0, ERRORS_SHOWN);
  return [
    I.summaryFirstErrors(shown.length, errors.length),
    ...shown.map((e) => I.summaryIssueLine(e.sheet, e.cell, e.message)),
  ];
}
