/** The calculations of RULES.md, from a parsed county to the whole EvaluationResult. */
import type { CountyInput } from '../model';
import { VETO_ITEMS } from '../model';
import { readingMessages } from '../messages';
import type { EvaluationResult } from '../result';
import type { Settings } from '../settings';
import type { DataIssue } from '../types';
import { stageCoefficients } from './coefficients';
import { computeGuarantee } from './guarantee';
import { partShortfalls } from './ledger';
import { IndicatorTable } from './indicators';
import { computeParts, scopeRules } from './parts';
import { computeQuality, computeRecognition } from './quality';
import { schoolFacts } from './schoolItems';
import { ShortfallTable } from './shortfallTable';
import { judge } from './verdict';

/**
 * Computes every indicator, coefficient, item and verdict of a county. Never throws on data: missing
 * or unusable figures become `missing` / 待填报 values, and the reader's issues pass through unchanged,
 * followed by any the calculations add.
 */
export function computeResult(input: CountyInput, settings: Settings): EvaluationResult {
  const issues: DataIssue[] = input.issues.slice();
  const reported = new Set<string>();
  for (const i of input.issues) if (i.cell !== null) reported.add(`${i.sheet}!${i.cell}`);

  const facts = schoolFacts(input.schools, scopeRules(settings));
  // The ledger's rows in output order: the seven indicators part by part, then the school-level items.
  // Room for about two rows per school; a county where most schools lack several things makes the table grow.
  const ledger = new ShortfallTable(input.schools.length * 2);
  // Most schools have one part; the table grows if combined schools need more.
  const table = new IndicatorTable(input.schools.length + (input.schools.length >> 3));
  const parts = computeParts(
    input.schools,
    facts,
    settings,
    input.schoolSheet,
    issues,
    reported,
    partShortfalls(ledger),
    table,
  );
  const coefficients = {
    primary: stageCoefficients(parts, 'primary', settings, table),
    junior: stageCoefficients(parts, 'junior', settings, table),
  };
  const guarantee = computeGuarantee(input, settings, facts, ledger, issues);
  const quality = computeQuality(input, settings, facts, ledger, issues);
  const recognition = computeRecognition(input, settings);
  const vetoes = VETO_ITEMS.map((item) => ({ item, value: input.county.vetoes[item].value }));
  const unclassified = input.schools
    .filter((x) => x.type === null)
    .map((x) => x.name || x.code || readingMessages.rowLabel(x.row));
  const { verdict, sections, blockers } = judge(
    { parts, coefficients, guarantee, quality, recognition, vetoes },
    unclassified,
  );

  return {
    county: input.county.name,
    year: input.county.year,
    verdict,
    blockers,
    sections,
    parts,
    coefficients,
    guarantee,
    quality,
    recognition,
    vetoes,
    shortfalls: ledger.rows,
    issues,
    schoolSheet: input.schoolSheet,
  };
}
