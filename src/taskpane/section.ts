/**
 * What every section of the pane receives, and the look of a section's button group.
 *
 * A section is one component in its own file: it holds its own state, runs its actions through `pane.run`
 * and reports through `pane.notify` / `pane.fail`. Adding one (a new button group) is a new file and one
 * line in `Pane.tsx`: `<MySection {...section} />`.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions } from './actions';
import type { PaneStrings } from './strings';
import type { Evaluation } from './useEvaluation';
import type { PaneStatus } from './usePaneStatus';

/** The props of every section. */
export interface SectionProps {
  actions: PaneActions;
  strings: PaneStrings;
  /** The pane's shared progress, alert and status area. */
  pane: PaneStatus;
  /** The result on screen, for sections that read it or make it out of date. */
  evaluation: Evaluation;
}

/** A section's group (role="group", labelled) and its row of buttons. */
export const useSectionStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});
