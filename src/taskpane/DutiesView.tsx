/**
 * The 履行教育职责评价 in the result view: counts by status and every check that is 未达标 or 未佐证, with its figure
 * and what it lacks. Shown only when the workbook has `履职数据`; the full table is on the `履职评价` sheet.
 */
import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DutyResult, DutyStatus } from '../engine/duties';
import { DUTY_STATUS_WORDS } from '../engine/messages';
import type { EvaluationResult } from '../engine/result';
import type { StatusFill } from './StatusWord';
import { StatusWord } from './StatusWord';
import type { Lang, PaneStrings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  gap: { color: tokens.colorNeutralForeground3 },
});

/** The pane's words for this section; check names and gaps stay Chinese, as they quote the template. */
const WORDS: Record<
  Lang,
  {
    heading: string;
    counts: (c: Record<DutyStatus, number>) => string;
    allMet: string;
    status: Record<DutyStatus, string>;
  }
> = {
  zh: {
    heading: '履行教育职责评价',
    counts: (c) => `达标 ${c.pass} 项，未达标 ${c.fail} 项，未佐证 ${c.missing} 项，仅供参考 ${c.info} 项`,
    allMet: '所有检查项均已达标或仅供参考。',
    status: DUTY_STATUS_WORDS,
  },
  en: {
    heading: 'Education duties (履职评价)',
    counts: (c) => `${c.pass} met, ${c.fail} not met, ${c.missing} not evidenced, ${c.info} for reference`,
    allMet: 'Every check is met or for reference only.',
    status: { pass: 'Met', fail: 'Not met', missing: 'Not evidenced', info: 'For reference' },
  },
};

const FILL: Record<DutyStatus, StatusFill> = {
  pass: 'pass',
  fail: 'fail',
  missing: 'missing',
  info: 'missing',
};

function label(d: DutyResult): string {
  return `${d.id} ${d.name}${d.stage ? `（${d.stage}）` : ''}`;
}

/** The 履职 lines of one evaluation; nothing when the workbook has no `履职数据`. */
export function DutiesView(props: { result: EvaluationResult; strings: PaneStrings }): React.JSX.Element | null {
  const styles = useStyles();
  const duties = props.result.duties ?? [];
  if (duties.length === 0) return null;
  const w = WORDS[props.strings.lang];
  const counts: Record<DutyStatus, number> = { pass: 0, fail: 0, missing: 0, info: 0 };
  for (const d of duties) counts[d.status]++;
  const open = duties.filter((d) => d.status === 'fail' || d.status === 'missing');
  return (
    <section className={styles.section} aria-labelledby="duties-heading" data-testid="duties">
      <h2 id="duties-heading">{w.heading}</h2>
      <Text data-testid="duties-counts">{w.counts(counts)}</Text>
      {open.length === 0 ? (
        <Text>{w.allMet}</Text>
      ) : (
        <ul className={styles.list}>
          {open.map((d) => (
            <li key={d.key} data-testid={`duty-${d.key}`}>
              {label(d)}
              {d.text.value ? ` ${d.text.value}` : ''} <StatusWord word={w.status[d.status]} fill={FILL[d.status]} />
              {d.gap ? <div className={styles.gap}>{d.gap}</div> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
