/**
 * The outcome of a run at a glance: the county's verdict with what blocks it, and the 14 coefficients
 * (学段 × L1–L7) with their value, limit and status word.
 */
import * as React from 'react';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { INDICATOR_IDS } from '../engine/result';
import type { CoefficientResult, EvaluationResult, Verdict } from '../engine/result';
import type { Stage } from '../engine/model';
import { DutiesView } from './DutiesView';
import { formatCoefficient } from './format';
import type { StatusFill } from './StatusWord';
import { StatusWord } from './StatusWord';
import type { PaneStrings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  blockers: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

const STAGES: readonly Stage[] = ['primary', 'junior'];

const VERDICT_FILL: Record<Verdict, StatusFill> = { pass: 'pass', fail: 'fail', incomplete: 'missing' };

function coefficientStatus(c: CoefficientResult, s: PaneStrings): { word: string; fill: StatusFill } {
  if (c.pass === null) return { word: s.coefficientWords.none, fill: 'missing' };
  return c.pass ? { word: s.coefficientWords.pass, fill: 'pass' } : { word: s.coefficientWords.fail, fill: 'fail' };
}

/** Verdict, blockers and the coefficient table of one evaluation. */
export function ResultView(props: { result: EvaluationResult; strings: PaneStrings }): React.JSX.Element {
  const { result, strings: s } = props;
  const styles = useStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{s.verdictHeading}</h2>
        <Text className={styles.verdict} data-testid="verdict">
          {result.county ? `${result.county}${result.year ? `（${result.year}）` : ''}：` : ''}
          <StatusWord word={s.verdictWords[result.verdict]} fill={VERDICT_FILL[result.verdict]} />
        </Text>
        <h3>{s.blockersHeading}</h3>
        {result.blockers.length === 0 ? (
          <Text>{s.noBlockers}</Text>
        ) : (
          <ul className={styles.blockers} data-testid="blockers">
            {result.blockers.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="coefficients-heading">
        <h2 id="coefficients-heading">{s.coefficientsHeading}</h2>
        <Table size="small" aria-label={s.coefficientCaption} data-testid="coefficients">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.stageHeader}</TableHeaderCell>
              <TableHeaderCell>{s.indicatorHeader}</TableHeaderCell>
              <TableHeaderCell>{s.valueHeader}</TableHeaderCell>
              <TableHeaderCell>{s.limitHeader}</TableHeaderCell>
              <TableHeaderCell>{s.statusHeader}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {STAGES.flatMap((stage) =>
              INDICATOR_IDS.map((id) => {
                const c = result.coefficients[stage][id];
                const status = coefficientStatus(c, s);
                return (
                  <TableRow key={`${stage}-${id}`} data-testid={`cv-${stage}-${id}`}>
                    <TableCell>{s.stageWords[stage]}</TableCell>
                    <TableCell title={s.indicatorNames[id]}>
                      {id} {s.indicatorShort[id]}
                    </TableCell>
                    <TableCell className={styles.number}>{formatCoefficient(c.cv)}</TableCell>
                    <TableCell className={styles.number}>{c.limit.toFixed(2)}</TableCell>
                    <TableCell>
                      <StatusWord word={status.word} fill={status.fill} />
                    </TableCell>
                  </TableRow>
                );
              }),
            )}
          </TableBody>
        </Table>
        {STAGES.map((stage) => (
          <Text key={stage} data-testid={`composite-${stage}`}>
            {s.compositeLabel(s.stageWords[stage], formatCoefficient(result.coefficients[stage].composite))}
          </Text>
        ))}
      </section>
      <DutiesView result={result} strings={s} />
    </>
  );
}
