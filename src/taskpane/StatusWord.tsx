/**
 * A status word on its status colour, shared by the result, 履职 and any later view that shows a status.
 * Colour repeats the word written inside; it never carries the status alone.
 */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { STATUS_FILLS } from '../engine/sheetSpec';

const useStyles = makeStyles({
  status: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    color: '#000000',
    whiteSpace: 'nowrap',
  },
});

/** Which of the sheet's status colours a word is shown on. */
export type StatusFill = keyof typeof STATUS_FILLS;

/** A status word on its status colour. */
export function StatusWord(props: { word: string; fill: StatusFill }): React.JSX.Element {
  const styles = useStyles();
  return (
    <span className={styles.status} style={{ backgroundColor: STATUS_FILLS[props.fill] }}>
      {props.word}
    </span>
  );
}
