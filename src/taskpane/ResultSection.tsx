/**
 * The result of the last run below the status area: verdict, coefficients, 履职 and the data issues (each issue
 * with a cell selects it in the workbook); and the notice that the result on screen is out of date.
 */
import * as React from 'react';
import { IssueList } from './IssueList';
import { Notice } from './Notice';
import { ResultView } from './ResultView';
import type { SectionProps } from './section';
import { messageOf } from './usePaneStatus';

/** The result views, or nothing before a run. */
export function ResultSection(props: SectionProps): React.JSX.Element | null {
  const { actions, strings: s, pane, evaluation } = props;
  const { result } = evaluation;
  if (!result) return null;
  const selectCell = (sheet: string, cell: string): void => {
    actions.selectCell(sheet, cell).catch((err: unknown) => pane.fail(messageOf(err, s)));
  };
  return (
    <>
      <ResultView result={result} strings={s} />
      <IssueList issues={result.issues} strings={s} onSelect={selectCell} />
    </>
  );
}

/** Says that the result on screen no longer matches the workbook; nothing while it does. */
export function OutOfDateNotice(props: SectionProps): React.JSX.Element | null {
  const { result, stale } = props.evaluation;
  if (!result || !stale) return null;
  return (
    <Notice kind="warning" testId="out-of-date">
      {props.strings.outOfDate}
    </Notice>
  );
}
