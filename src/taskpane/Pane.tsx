/**
 * The task pane: insert the template, evaluate, clear, compare, edit the standards, and read the outcome.
 * Everything it does to the workbook goes through `actions`, so it renders the same under test as in Excel.
 *
 * The pane composes sections (see `section.ts`): each is a component in its own file with its own state, and
 * all report through the one shared status (`usePaneStatus`). A new button group is a new section file and
 * one line below.
 */
import * as React from 'react';
import { FluentProvider, makeStyles, Spinner, Text, tokens, webLightTheme } from '@fluentui/react-components';
import type { PaneActions } from './actions';
import { CompareSection, CompareSummary, useComparison } from './CompareSection';
import { Notice } from './Notice';
import { OutOfDateNotice, ResultSection } from './ResultSection';
import type { SectionProps } from './section';
import { SettingsSection } from './SettingsSection';
import type { PaneStrings } from './strings';
import { useEvaluation } from './useEvaluation';
import type { PaneStatus } from './usePaneStatus';
import { usePaneStatus } from './usePaneStatus';
import { WorkbookSection } from './WorkbookSection';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Headings sized for a pane about 320 px wide rather than a full page.
    '& h1': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, margin: 0 },
    '& h2': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: 0 },
    '& h3': { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, margin: 0 },
  },
  header: { display: 'flex', flexDirection: 'column' },
});

export interface PaneProps {
  actions: PaneActions;
  strings: PaneStrings;
}

/** The pane inside its Fluent theme. */
export function PaneApp(props: PaneProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={props.strings.lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <Pane {...props} />
    </FluentProvider>
  );
}

/** The progress line, the alert area and the status area; `children` are what sections add to the status. */
function StatusArea(props: { pane: PaneStatus; children: React.ReactNode }): React.JSX.Element {
  const { busy, error, notice, warning } = props.pane;
  return (
    <>
      <div aria-live="polite">{busy && <Spinner size="small" label={busy} labelPosition="after" />}</div>
      <div role="alert" data-testid="pane-alert">
        {error && (
          <Notice kind="error" title={error.title}>
            {error.message}
          </Notice>
        )}
      </div>
      <div role="status">
        {notice && <Notice kind="success">{notice}</Notice>}
        {warning && (
          <Notice kind="warning" testId="run-warning">
            {warning}
          </Notice>
        )}
        {props.children}
      </div>
    </>
  );
}

/** The pane's content: its sections, the status area and the result. */
export function Pane(props: PaneProps): React.JSX.Element {
  const { actions, strings: s } = props;
  const styles = useStyles();
  const pane = usePaneStatus(s);
  const evaluation = useEvaluation(actions, s, pane);
  const section: SectionProps = { actions, strings: s, pane, evaluation };
  const comparison = useComparison(section);
  return (
    <main className={styles.root} aria-busy={pane.disabled}>
      <header className={styles.header}>
        <h1>{s.title}</h1>
        <Text>{s.subtitle}</Text>
      </header>
      <WorkbookSection {...section} />
      <CompareSection {...section} comparison={comparison} />
      <StatusArea pane={pane}>
        <CompareSummary comparison={comparison} />
        <OutOfDateNotice {...section} />
      </StatusArea>
      <ResultSection {...section} />
      <SettingsSection {...section} />
    </main>
  );
}
