/**
 * The web page's view: choose or drop a workbook, see the pane's result view (verdict, blockers, the 14
 * coefficients, 履职, data issues), and download what the command writes. Every file is read and written here.
 */
import * as React from 'react';
import { Button, FluentProvider, makeStyles, Spinner, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { IssueList } from '../taskpane/IssueList';
import { ResultView } from '../taskpane/ResultView';
import { stringsFor } from '../taskpane/strings';
import { webStrings as w } from './strings';
import type { ComparisonDownload, Download, LoadedWorkbook, PickedFile, WebExtras } from './webActions';
import { compareDownload, loadWorkbook, reportDownload, resultDownload } from './webActions';

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
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: '4px',
    borderLeftStyle: 'solid',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorder2 },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorder2 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

/** Offers bytes as a file download through a Blob and an `<a download>`; nothing leaves the machine. */
function offerDownload(file: Download): void {
  // A copy, so the Blob gets a plain ArrayBuffer whatever buffer the bytes sit in.
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A picked or dropped file's bytes (FileReader, which every browser the page is for has). */
function readPicked(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(new Error(`${file.name}：${reader.error?.message ?? ''}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the spinner paint before a long synchronous step starts. */
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type Message = { kind: 'error' | 'success'; title?: string; text: string } | null;

/** The page inside its Fluent theme. */
export function WebApp(props: { extras?: WebExtras; now?: () => Date }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <WebPage extras={props.extras ?? {}} now={props.now ?? (() => new Date())} />
    </FluentProvider>
  );
}

/** The page's content. */
export function WebPage(props: { extras: WebExtras; now: () => Date }): React.JSX.Element {
  const { extras, now } = props;
  const styles = useStyles();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<Message>(null);
  const [book, setBook] = React.useState<LoadedWorkbook | null>(null);
  const [comparison, setComparison] = React.useState<ComparisonDownload | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const bookInput = React.useRef<HTMLInputElement>(null);
  const otherInput = React.useRef<HTMLInputElement>(null);

  const run = async (label: string, task: () => Promise<void>): Promise<void> => {
    setBusy(label);
    setMessage(null);
    try {
      await nextPaint();
      await task();
    } catch (err) {
      setMessage({ kind: 'error', title: w.failed, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(null);
    }
  };

  const open = (file: File): Promise<void> =>
    run(w.reading(file.name), async () => {
      const started = performance.now();
      setBook(null);
      setComparison(null);
      if (!/\.xlsx$/i.test(file.name)) throw new Error(w.notXlsx(file.name));
      const outcome = loadWorkbook(await readPicked(file));
      if (!outcome.ok) {
        setMessage({ kind: 'error', title: w.cannotEvaluate, text: outcome.reason });
        return;
      }
      setBook(outcome.book);
      setMessage({ kind: 'success', text: w.loaded(file.name, performance.now() - started) });
    });

  const download = (label: string, make: (b: LoadedWorkbook) => Promise<Download>, said = w.downloaded) =>
    book &&
    run(label, async () => {
      const file = await make(book);
      offerDownload(file);
      setMessage({ kind: 'success', text: said(file.fileName) });
    });

  const compareWith = (file: File): Promise<void> | null =>
    book &&
    run(w.comparing, async () => {
      setComparison(null);
      const made = compareDownload(book, await readPicked(file), now());
      setComparison(made);
      setMessage({ kind: 'success', text: w.compareReady(made.download.fileName) });
    });

  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  const disabled = busy !== null;
  const needsBook = disabled || book === null;
  const plan = extras.plan;
  return (
    <main className={styles.root} aria-busy={disabled}>
      <header>
        <h1>{w.title}</h1>
        <Text block>{w.subtitle}</Text>
        <Text block size={200}>
          {w.privacy}
        </Text>
      </header>

      <section
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        aria-label={w.actionsLabel}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Text>{dragging ? w.dropHere : w.dropHint}</Text>
        <div className={styles.buttons} role="group" aria-label={w.actionsLabel}>
          <Button appearance="primary" onClick={() => bookInput.current?.click()} disabledFocusable={disabled}>
            {w.choose}
          </Button>
          <Button
            onClick={() => void download(w.writing, async (b) => resultDownload(b, now()))}
            disabledFocusable={needsBook}
          >
            {w.downloadResult}
          </Button>
          <Button
            onClick={() => void download(w.drafting, (b) => reportDownload(b, now()), w.reportDownloaded)}
            disabledFocusable={needsBook}
          >
            {w.downloadReport}
          </Button>
          <Button
            onClick={() => otherInput.current?.click()}
            disabledFocusable={needsBook}
            aria-describedby="compare-hint"
          >
            {w.compare}
          </Button>
          {/* The 创建规划 download appears once the planner is wired in through `extras.plan`. */}
          {plan && (
            <Button onClick={() => void download(w.planning, (b) => plan(b, now()))} disabledFocusable={needsBook}>
              {w.downloadPlan}
            </Button>
          )}
        </div>
        <Text id="compare-hint" size={200}>
          {w.compareHint}
        </Text>
        <input
          ref={bookInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="workbook-file"
          aria-label={w.choose}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that picking the same file again (after editing it) reads it again.
            e.target.value = '';
            if (file) void open(file);
          }}
        />
        <input
          ref={otherInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="compare-file"
          aria-label={w.compare}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void compareWith(file);
          }}
        />
      </section>

      <div aria-live="polite">{busy && <Spinner size="small" label={busy} labelPosition="after" />}</div>
      <div role="alert" data-testid="page-alert">
        {message?.kind === 'error' && (
          <div className={`${styles.notice} ${styles.error}`}>
            {message.title && <span className={styles.title}>{message.title}</span>}
            <span>{message.text}</span>
          </div>
        )}
      </div>
      <div role="status" data-testid="page-status">
        {message?.kind === 'success' && <div className={`${styles.notice} ${styles.success}`}>{message.text}</div>}
      </div>

      {comparison && (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">{s.compareSection}</h2>
          <ul data-testid="compare-summary">
            {comparison.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Button onClick={() => offerDownload(comparison.download)} disabledFocusable={disabled}>
            {w.downloadCompare}
          </Button>
        </section>
      )}

      {book && (
        <>
          <Text weight="semibold" data-testid="file-name">
            {w.fileHeading(book.file.name)}
          </Text>
          <ResultView result={book.result} strings={s} />
          <IssueList issues={book.result.issues} strings={s} />
        </>
      )}
    </main>
  );
}
