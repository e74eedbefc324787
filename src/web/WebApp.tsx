/**
 * The web page's view: choose or drop a workbook, see the pane's result view (verdict, blockers, the 14
 * coefficients, 履职, data issues), and download what the command writes. Every file is read and written here.
 */
import * as React from 'react';
import { Button, FluentProvider, makeStyles, Spinner, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { IssueList } from '../taskpane/IssueList';
import { Notice } from '../taskpane/Notice';
import { ResultView } from '../taskpane/ResultView';
import { stringsFor } from '../taskpane/strings';
import { usePaneStatus } from '../taskpane/usePaneStatus';
import type { PaneStatus } from '../taskpane/usePaneStatus';
import { ActionBar } from './ActionBar';
import { webStrings as w } from './strings';
import { offerDownload, useWebBook } from './useWebBook';
import type { ComparisonDownload, WebExtras } from './webActions';

const s = stringsFor('zh');

const useStyles = makeStyles({
  root: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    minHeight: '100vh',
    '& h1': { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, margin: 0 },
    '& h2': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
    '& h3': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, margin: 0 },
  },
});

/** The page inside its Fluent theme. */
export function WebApp(props: { extras?: WebExtras; now?: () => Date }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <WebPage extras={props.extras ?? {}} now={props.now ?? (() => new Date())} />
    </FluentProvider>
  );
}

/** Progress, failure and confirmation of the last action, in the page's one status area. */
function StatusArea(props: { status: PaneStatus }): React.JSX.Element {
  const { status } = props;
  return (
    <>
      <div aria-live="polite">{status.busy && <Spinner size="small" label={status.busy} labelPosition="after" />}</div>
      <div role="alert" data-testid="page-alert">
        {status.error && (
          <Notice kind="error" title={status.error.title}>
            {status.error.message}
          </Notice>
        )}
      </div>
      <div role="status" data-testid="page-status">
        {status.notice && <Notice kind="success">{status.notice}</Notice>}
      </div>
    </>
  );
}

/** The 年度对比 summary with its download. */
function ComparisonView(props: { comparison: ComparisonDownload; disabled: boolean }): React.JSX.Element {
  const { comparison } = props;
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{s.compareSection}</h2>
      <ul data-testid="compare-summary">
        {comparison.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Button onClick={() => offerDownload(comparison.download)} disabledFocusable={props.disabled}>
        {w.downloadCompare}
      </Button>
    </section>
  );
}

/** The page's content. */
export function WebPage(props: { extras: WebExtras; now: () => Date }): React.JSX.Element {
  const styles = useStyles();
  const status = usePaneStatus(s);
  const web = useWebBook(status, props.now);
  return (
    <main className={styles.root} aria-busy={status.disabled}>
      <header>
        <h1>{w.title}</h1>
        <Text block>{w.subtitle}</Text>
        <Text block size={200}>
          {w.privacy}
        </Text>
      </header>
      <ActionBar web={web} extras={props.extras} disabled={status.disabled} now={props.now} />
      <StatusArea status={status} />
      {web.comparison && <ComparisonView comparison={web.comparison} disabled={status.disabled} />}
      {web.book && (
        <>
          <Text weight="semibold" data-testid="file-name">
            {w.fileHeading(web.book.file.name)}
          </Text>
          <ResultView result={web.book.result} strings={s} />
          {/* No workbook is open beside the page, so issues are text to read rather than cells to go to. */}
          <IssueList issues={web.book.result.issues} strings={s} />
        </>
      )}
    </main>
  );
}
