/**
 * 与上年比较: the platform's file picker chooses an earlier year's workbook; the comparison is written to the
 * `年度对比` sheet and its summary lines are shown in the pane's status area until the next comparison.
 */
import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { compareMessages } from '../engine/messages';
import type { SectionProps } from './section';
import { useSectionStyles } from './section';

/** A picked file's bytes, through FileReader: Blob.arrayBuffer is missing from older Office web views. */
function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(compareMessages.unreadableFile(file.name, reader.error?.message ?? '')));
    reader.readAsArrayBuffer(file);
  });
}

/** The comparison on screen and the action that makes it. */
export interface Comparison {
  /** The summary lines of the last comparison, or null. */
  lines: string[] | null;
  compareWith: (file: File) => Promise<void>;
}

/** The comparison state, held in the pane because its summary shows in the shared status area. */
export function useComparison(props: SectionProps): Comparison {
  const { actions, strings: s, pane } = props;
  const [lines, setLines] = React.useState<string[] | null>(null);
  const compareWith = (file: File): Promise<void> =>
    pane.run(async () => {
      setLines(null);
      const bytes = await readFileBytes(file);
      setLines(await actions.compareWithFile({ name: file.name, bytes }));
      pane.notify(s.compareDone);
    }, s.comparing);
  return { lines, compareWith };
}

/** The 与上年比较 button and its hidden file picker. */
export function CompareSection(props: SectionProps & { comparison: Comparison }): React.JSX.Element {
  const { strings: s, pane, comparison } = props;
  const styles = useSectionStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.group} role="group" aria-label={s.compareSection}>
      <Text id="compare-hint">{s.compareHint}</Text>
      <div className={styles.buttons}>
        <Button
          onClick={() => fileInput.current?.click()}
          disabledFocusable={pane.disabled}
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
          if (file) void comparison.compareWith(file);
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
