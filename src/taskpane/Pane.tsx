/**
 * The task pane: insert the template, evaluate, clear, edit the standards, and read the outcome.
 * Everything it does to the workbook goes through `actions`, so it renders the same under test as in Excel.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  FluentProvider,
  makeStyles,
  Spinner,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { compareMessages } from '../engine/messages';
import type { EvaluationResult } from '../engine/result';
import type { PaneActions } from './actions';
import { IssueList } from './IssueList';
import { ResultView } from './ResultView';
import { SettingsPanel } from './SettingsPanel';
import type { PaneStrings, RunStep } from './strings';

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
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorder2 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  noticeTitle: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

/**
 * A message box. Its title or text always says what happened; the colour only repeats it.
 * (A plain box rather than Fluent's MessageBar, which needs ResizeObserver that older Office web views lack.)
 */
function Notice(props: {
  kind: 'error' | 'warning' | 'success';
  title?: string;
  children: React.ReactNode;
  testId?: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={`${styles.notice} ${styles[props.kind]}`} data-testid={props.testId}>
      {props.title && <span className={styles.noticeTitle}>{props.title}</span>}
      <span>{props.children}</span>
    </div>
  );
}

export interface PaneProps {
  actions: PaneActions;
  strings: PaneStrings;
}

/** The message of anything an action rejected with. */
function messageOf(err: unknown, s: PaneStrings): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === 'string' && err) return err;
  return s.unexpected;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Offers bytes as a file download through a Blob and an `<a download>`; nothing leaves the machine. */
function offerDownload(bytes: Uint8Array, fileName: string): void {
  // A copy, so the Blob gets a plain ArrayBuffer whatever buffer the bytes sit in.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL is released after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A picked file's bytes, through FileReader: Blob.arrayBuffer is missing from older Office web views. */
function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(compareMessages.unreadableFile(file.name, reader.error?.message ?? '')));
    reader.readAsArrayBuffer(file);
  });
}

/** The pane inside its Fluent theme. */
export function PaneApp(props: PaneProps): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={props.strings.lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <Pane {...props} />
    </FluentProvider>
  );
}

/** The pane's content. */
export function Pane(props: PaneProps): React.JSX.Element {
  const { actions, strings: s } = props;
  const styles = useStyles();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<{ title: string; message: string } | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  // Something a finished run could not do (its results stand): shown beside the result until the next action.
  const [warning, setWarning] = React.useState<string | null>(null);
  const [withSample, setWithSample] = React.useState(false);
  const [result, setResult] = React.useState<EvaluationResult | null>(null);
  const [stale, setStale] = React.useState(false);
  // The change listener outlives renders; it reads the latest result through this ref.
  const hasResult = React.useRef(false);
  hasResult.current = result !== null;

  React.useEffect(() => {
    let stop: (() => void) | null = null;
    let unmounted = false;
    actions
      .onInputChanged(() => {
        if (hasResult.current) setStale(true);
      })
      .then(
        (unsubscribe) => {
          if (unmounted) unsubscribe();
          else stop = unsubscribe;
        },
        (err: unknown) => {
          if (!unmounted) setError({ title: s.failed, message: messageOf(err, s) });
        },
      );
    return () => {
      unmounted = true;
      if (stop) stop();
    };
  }, [actions, s]);

  /** Runs one action: progress while it works, its failure (if any) shown in the pane. */
  const run = async (task: () => Promise<void>, label: string = s.working): Promise<void> => {
    setBusy(label);
    setError(null);
    setNotice(null);
    setWarning(null);
    try {
      await task();
    } catch (err) {
      setError({ title: s.failed, message: messageOf(err, s) });
    } finally {
      setBusy(null);
    }
  };

  const insertTemplate = (): Promise<void> =>
    run(async () => {
      await actions.insertTemplate(withSample);
      setNotice(s.templateInserted);
    });

  const evaluate = (): Promise<void> =>
    run(async () => {
      const outcome = await actions.evaluate((step: RunStep) => setBusy(s.steps[step]));
      if (outcome.ok) {
        setResult(outcome.result);
        setStale(false);
        setWarning(outcome.warning ?? null);
      } else {
        setResult(null);
        setStale(false);
        setError({ title: s.cannotEvaluate, message: outcome.reason });
      }
    }, s.steps.reading);

  const clear = (): Promise<void> =>
    run(async () => {
      await actions.clearResults();
      setResult(null);
      setStale(false);
      setNotice(s.resultsCleared);
    });

  const draftReport = (): Promise<void> =>
    run(async () => {
      if (!actions.draftReport) return;
      const drafted = await actions.draftReport();
      if (!drafted.ok) {
        setError({ title: s.cannotEvaluate, message: drafted.reason });
        return;
      }
      offerDownload(drafted.bytes, drafted.fileName);
      setNotice(s.reportReady(drafted.fileName));
    }, s.draftingReport);

  const fileInput = React.useRef<HTMLInputElement>(null);
  const [comparison, setComparison] = React.useState<string[] | null>(null);

  const compareWith = (file: File): Promise<void> =>
    run(async () => {
      setComparison(null);
      const bytes = await readFileBytes(file);
      const lines = await actions.compareWithFile({ name: file.name, bytes });
      setComparison(lines);
      setNotice(s.compareDone);
    }, s.comparing);

  const selectCell = (sheet: string, cell: string): void => {
    actions.selectCell(sheet, cell).catch((err: unknown) => setError({ title: s.failed, message: messageOf(err, s) }));
  };

  // Buttons wait while an action runs but stay focusable (aria-disabled), so keyboard focus is not lost.
  const disabled = busy !== null;
  return (
    <main className={styles.root} aria-busy={disabled}>
      <header className={styles.header}>
        <h1>{s.title}</h1>
        <Text>{s.subtitle}</Text>
      </header>

      <div className={styles.group} role="group" aria-label={s.templateSection}>
        <Checkbox label={s.includeSample} checked={withSample} onChange={(_, d) => setWithSample(d.checked === true)} />
        <div className={styles.buttons}>
          <Button onClick={() => void insertTemplate()} disabledFocusable={disabled}>
            {s.insertTemplate}
          </Button>
          <Button appearance="primary" onClick={() => void evaluate()} disabledFocusable={disabled}>
            {s.evaluate}
          </Button>
          <Button onClick={() => void clear()} disabledFocusable={disabled}>
            {s.clearResults}
          </Button>
          {actions.draftReport && (
            <Button onClick={() => void draftReport()} disabledFocusable={disabled}>
              {s.draftReport}
            </Button>
          )}
        </div>
      </div>

      <div className={styles.group} role="group" aria-label={s.compareSection}>
        <Text id="compare-hint">{s.compareHint}</Text>
        <div className={styles.buttons}>
          <Button
            onClick={() => fileInput.current?.click()}
            disabledFocusable={disabled}
            aria-describedby="compare-hint"
          >
            {s.compareWithLastYear}
          </Button>
        </div>
        {/* The platform's own file picker: the file is read here and never leaves the machine. */}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="compare-file"
          aria-label={s.compareWithLastYear}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that picking the same file again is a new choice.
            e.target.value = '';
            if (file) void compareWith(file);
          }}
        />
      </div>

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
        {comparison && (
          <ul data-testid="compare-summary">
            {comparison.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {result && stale && (
          <Notice kind="warning" testId="out-of-date">
            {s.outOfDate}
          </Notice>
        )}
      </div>

      {result && (
        <>
          <ResultView result={result} strings={s} />
          <IssueList issues={result.issues} strings={s} onSelect={selectCell} />
        </>
      )}

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">{s.settingsSection}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel
              actions={actions}
              strings={s}
              disabled={disabled}
              run={run}
              notify={setNotice}
              onSaved={() => {
                // New standards change the figures: a result on screen no longer matches the workbook.
                if (hasResult.current) setStale(true);
              }}
              fail={(message) => setError({ title: s.failed, message })}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
