/**
 * 与上年比较: the platform's file picker chooses an earlier year's workbook; the comparison is written to the
 * `年度对比` sheet and its summary lines are shown in the pane's status area until the next comparison. The
 * command's choices are offered (the picked workbook as the 认定 baseline; compare although the county names or
 * years disagree), and once a comparison is made, its 问题清单 can be downloaded.
 */
import * as React from 'react';
import { Button, Checkbox, Text } from '@fluentui/react-components';
import { compareMessages } from '../engine/messages';
import type { CompareChoices, PickedFile } from './actions';
import { offerDownload } from './ReportButton';
import type { SectionProps } from './section';
import { useSectionStyles } from './section';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A picked file's bytes, through FileReader: Blob.arrayBuffer is missing from older Office web views. */
function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(compareMessages.unreadableFile(file.name, reader.error?.message ?? '')));
    reader.readAsArrayBuffer(file);
  });
}

/** The comparison on screen and the actions that make it and its 问题清单. */
export interface Comparison {
  /** The summary lines of the last comparison, or null. */
  lines: string[] | null;
  compareWith: (file: File, choices: CompareChoices) => Promise<void>;
  /** Whether a comparison has been made whose 问题清单 can be downloaded. */
  canDownload: boolean;
  downloadProblems: () => Promise<void>;
}

/** The comparison state, held in the pane because its summary shows in the shared status area. */
export function useComparison(props: SectionProps): Comparison {
  const { actions, strings: s, pane } = props;
  const [lines, setLines] = React.useState<string[] | null>(null);
  // The file and choices of the last comparison made: the 问题清单 is of that comparison.
  const [made, setMade] = React.useState<{ file: PickedFile; choices: CompareChoices } | null>(null);
  const compareWith = (file: File, choices: CompareChoices): Promise<void> =>
    pane.run(async () => {
      setLines(null);
      setMade(null);
      const picked = { name: file.name, bytes: await readFileBytes(file) };
      setLines(await actions.compareWithFile(picked, choices));
      setMade({ file: picked, choices });
      pane.notify(s.compareDone);
    }, s.comparing);
  const problemList = actions.problemListWith;
  const downloadProblems = (): Promise<void> =>
    pane.run(async () => {
      if (!made || !problemList) return;
      const list = await problemList(made.file, made.choices);
      offerDownload(list.bytes, list.fileName, XLSX_TYPE);
      pane.notify(s.problemsReady(list.fileName));
    }, s.makingProblems);
  return { lines, compareWith, canDownload: made !== null && problemList !== undefined, downloadProblems };
}

/** The 与上年比较 button and its hidden file picker. */
export function CompareSection(props: SectionProps & { comparison: Comparison }): React.JSX.Element {
  const { actions, strings: s, pane, comparison } = props;
  const styles = useSectionStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [baseline, setBaseline] = React.useState(false);
  const [force, setForce] = React.useState(false);
  return (
    <div className={styles.group} role="group" aria-label={s.compareSection}>
      <Text id="compare-hint">{s.compareHint}</Text>
      <Checkbox label={s.compareBaseline} checked={baseline} onChange={(_, d) => setBaseline(d.checked === true)} />
      <Checkbox label={s.compareForce} checked={force} onChange={(_, d) => setForce(d.checked === true)} />
      <div className={styles.buttons}>
        <Button
          onClick={() => fileInput.current?.click()}
          disabledFocusable={pane.disabled}
          aria-describedby="compare-hint"
        >
          {s.compareWithLastYear}
        </Button>
        {actions.problemListWith && (
          <Button
            onClick={() => void comparison.downloadProblems()}
            disabledFocusable={pane.disabled || !comparison.canDownload}
            aria-describedby={comparison.canDownload ? undefined : 'problems-hint'}
          >
            {s.downloadProblems}
          </Button>
        )}
      </div>
      {actions.problemListWith && !comparison.canDownload && (
        <Text id="problems-hint" size={200}>
          {s.problemsHint}
        </Text>
      )}
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
          if (file) void comparison.compareWith(file, { baseline, force });
        }}
      />
    </div>
  );
}

/** The summary lines of the last comparison, for the status area. */
export function CompareSummary(props: { comparison: Comparison }): React.JSX.Element | null {
  const { lines } = props.comparison;
  if (!lines) return null;
  return (
    <ul data-testid="compare-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
