/**
 * A message box. Its title or text always says what happened; the colour only repeats it.
 * (A plain box rather than Fluent's MessageBar, which needs ResizeObserver that older Office web views lack.)
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
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

/** A message box of one kind, with an optional title before its text. */
export function Notice(props: {
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
