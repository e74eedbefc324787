/**
 * The page's actions: a drop zone with 选择工作簿, the downloads, 与上年比较 and (once the planner is wired in)
 * 下载创建规划. The file inputs are the platform's own pickers; files are read on this machine.
 */
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { webStrings as w } from './strings';
import type { WebBook } from './useWebBook';
import { reportDownload, resultDownload } from './webActions';
import type { WebExtras } from './webActions';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
  },
  active: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A hidden .xlsx picker that hands the chosen file on, cleared so that choosing the same file again reads it again. */
function FilePicker(props: {
  inputRef: React.RefObject<HTMLInputElement>;
  label: string;
  testId: string;
  onFile: (file: File) => void;
}): React.JSX.Element {
  return (
    <input
      ref={props.inputRef}
      type="file"
      accept={XLSX_ACCEPT}
      hidden
      data-testid={props.testId}
      aria-label={props.label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) props.onFile(file);
      }}
    />
  );
}

/** The drop zone and the buttons; downloads wait until a workbook has been evaluated. */
export function ActionBar(props: {
  web: WebBook;
  extras: WebExtras;
  disabled: boolean;
  now: () => Date;
}): React.JSX.Element {
  const { web, extras, now } = props;
  const styles = useStyles();
  const [dragging, setDragging] = React.useState(false);
  const bookInput = React.useRef<HTMLInputElement>(null);
  const otherInput = React.useRef<HTMLInputElement>(null);
  const needsBook = props.disabled || web.book === null;
  const plan = extras.plan;
  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void web.open(file);
  };
  return (
    <section
      className={`${styles.drop} ${dragging ? styles.active : ''}`}
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
        <Button appearance="primary" onClick={() => bookInput.current?.click()} disabledFocusable={props.disabled}>
          {w.choose}
        </Button>
        <Button
          onClick={() => web.download(w.writing, async (b) => resultDownload(b, now()))}
          disabledFocusable={needsBook}
        >
          {w.downloadResult}
        </Button>
        <Button
          onClick={() => web.download(w.drafting, (b) => reportDownload(b, now()), w.reportDownloaded)}
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
          <Button onClick={() => web.download(w.planning, (b) => plan(b, now()))} disabledFocusable={needsBook}>
            {w.downloadPlan}
          </Button>
        )}
      </div>
      <Text id="compare-hint" size={200}>
        {w.compareHint}
      </Text>
      <FilePicker inputRef={bookInput} label={w.choose} testId="workbook-file" onFile={(f) => void web.open(f)} />
      <FilePicker
        inputRef={otherInput}
        label={w.compare}
        testId="compare-file"
        onFile={(f) => void web.compareWith(f)}
      />
    </section>
  );
}
