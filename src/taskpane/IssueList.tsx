/**
 * The data issues of a run. Each issue with a cell is a button: clicking it (or Enter / Space on it)
 * selects that cell in the workbook. Severity is always written out, never shown by colour alone.
 */
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DataIssue } from '../engine/types';
import type { PaneStrings } from './strings';

/** At most this many issues are listed in the pane; the `数据问题` sheet holds them all. */
export const MAX_LISTED_ISSUES = 200;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  button: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', fontWeight: tokens.fontWeightRegular },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  where: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
});

export interface IssueListProps {
  issues: DataIssue[];
  strings: PaneStrings;
  /** Selects an issue's cell; without it (the web page, which has no open workbook) issues are plain text. */
  onSelect?: (sheet: string, cell: string) => void;
}

/** The list of data issues; issues without a cell (a missing column, a missing sheet) are plain text. */
export function IssueList(props: IssueListProps): React.JSX.Element {
  const { issues, strings: s, onSelect } = props;
  const styles = useStyles();
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const label = (issue: DataIssue): React.JSX.Element => (
    <>
      <span className={styles.severity}>[{s.severityWords[issue.severity]}]</span>
      <span className={styles.where}>{s.issueLocation(issue.sheet, issue.cell)}</span>
      <span>{issue.message}</span>
    </>
  );
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">{s.issuesHeading(issues.length)}</h2>
      {issues.length === 0 ? (
        <Text>{s.noIssues}</Text>
      ) : (
        <>
          {onSelect && <Text>{s.issuesHint}</Text>}
          <ul className={styles.list} data-testid="issues">
            {listed.map((issue, i) => {
              const cell = issue.cell;
              return (
                <li key={i}>
                  {cell && onSelect ? (
                    <Button appearance="subtle" className={styles.button} onClick={() => onSelect(issue.sheet, cell)}>
                      <span>{label(issue)}</span>
                    </Button>
                  ) : (
                    <Text className={styles.plain}>{label(issue)}</Text>
                  )}
                </li>
              );
            })}
          </ul>
          {issues.length > listed.length && <Text>{s.moreIssues(issues.length - listed.length)}</Text>}
        </>
      )}
    </section>
  );
}
