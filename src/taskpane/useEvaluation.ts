/**
 * The evaluation on screen: the last run's result, and whether the workbook has changed since (the input
 * sheets were edited, or new standards saved), which makes the result on screen out of date.
 */
import * as React from 'react';
import type { EvaluationResult } from '../engine/result';
import type { PaneActions } from './actions';
import type { PaneStatus } from './usePaneStatus';
import { messageOf } from './usePaneStatus';
import type { PaneStrings, RunStep } from './strings';

/** The result on screen and the actions that change it. */
export interface Evaluation {
  result: EvaluationResult | null;
  /** True when the workbook changed after the result on screen was computed. */
  stale: boolean;
  /** Runs 一键计算 and shows its result, or why it could not run. */
  evaluate: () => Promise<void>;
  /** Clears the results from the workbook and from the pane. */
  clear: () => Promise<void>;
  /** Marks the result on screen (if any) out of date. */
  markStale: () => void;
}

/** Listens for edits of the input sheets for as long as the pane is open. */
function useInputChanges(actions: PaneActions, s: PaneStrings, pane: PaneStatus, onChange: () => void): void {
  const { fail } = pane;
  // The listener outlives renders; it calls the latest `onChange` through this ref.
  const latest = React.useRef(onChange);
  latest.current = onChange;
  React.useEffect(() => {
    let stop: (() => void) | null = null;
    let unmounted = false;
    actions
      .onInputChanged(() => latest.current())
      .then(
        (unsubscribe) => {
          if (unmounted) unsubscribe();
          else stop = unsubscribe;
        },
        (err: unknown) => {
          if (!unmounted) fail(messageOf(err, s));
        },
      );
    return () => {
      unmounted = true;
      if (stop) stop();
    };
  }, [actions, s, fail]);
}

/** The evaluation state of the pane. */
export function useEvaluation(actions: PaneActions, s: PaneStrings, pane: PaneStatus): Evaluation {
  const [result, setResult] = React.useState<EvaluationResult | null>(null);
  const [stale, setStale] = React.useState(false);
  // Listeners outlive renders; they read whether a result is on screen through this ref.
  const hasResult = React.useRef(false);
  hasResult.current = result !== null;
  const markStale = (): void => {
    if (hasResult.current) setStale(true);
  };
  useInputChanges(actions, s, pane, markStale);

  const evaluate = (): Promise<void> =>
    pane.run(async () => {
      const outcome = await actions.evaluate((step: RunStep) => pane.progress(s.steps[step]));
      setStale(false);
      if (outcome.ok) {
        setResult(outcome.result);
        pane.warn(outcome.warning ?? null);
      } else {
        setResult(null);
        pane.fail(outcome.reason, s.cannotEvaluate);
      }
    }, s.steps.reading);

  const clear = (): Promise<void> =>
    pane.run(async () => {
      await actions.clearResults();
      setResult(null);
      setStale(false);
      pane.notify(s.resultsCleared);
    });

  return { result, stale, evaluate, clear, markStale };
}
