/**
 * What the whole pane shares: the progress line of the action that runs, its failure, its confirmation and the
 * warning of a finished run. Every section runs its actions through `run`, so one action runs at a time and its
 * outcome is shown in the one status area.
 */
import * as React from 'react';
import type { PaneStrings } from './strings';

/** A failure shown in the pane's alert area. */
export interface PaneError {
  title: string;
  message: string;
}

/** The pane's shared status and the ways a section reports to it. */
export interface PaneStatus {
  /** The progress line while an action runs, else null. */
  busy: string | null;
  /** True while an action runs: every section's buttons wait (focusable, aria-disabled). */
  disabled: boolean;
  error: PaneError | null;
  notice: string | null;
  /** Something a finished run could not do (its results stand): shown until the next action. */
  warning: string | null;
  /** Runs one action: progress (`label`) while it works, its failure (if any) shown in the pane. */
  run: (task: () => Promise<void>, label?: string) => Promise<void>;
  /** Replaces the progress line of the running action (the steps of a run). */
  progress: (label: string) => void;
  /** Shows a confirmation in the status area. */
  notify: (message: string) => void;
  /** Shows the warning of a finished run beside its result. */
  warn: (message: string | null) => void;
  /** Shows a failure in the alert area, titled `title` (the pane's word for a failure unless given). */
  fail: (message: string, title?: string) => void;
}

/** The message of anything an action rejected with. */
export function messageOf(err: unknown, s: PaneStrings): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === 'string' && err) return err;
  return s.unexpected;
}

/** The pane's shared status, held once in the pane and handed to every section. */
export function usePaneStatus(s: PaneStrings): PaneStatus {
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<PaneError | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [warning, setWarning] = React.useState<string | null>(null);
  // Stable for a given language, so that effects depending on it do not re-subscribe on every render.
  const fail = React.useCallback(
    (message: string, title: string = s.failed): void => setError({ title, message }),
    [s],
  );

  const run = async (task: () => Promise<void>, label: string = s.working): Promise<void> => {
    setBusy(label);
    setError(null);
    setNotice(null);
    setWarning(null);
    try {
      await task();
    } catch (err) {
      fail(messageOf(err, s));
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    disabled: busy !== null,
    error,
    notice,
    warning,
    run,
    progress: setBusy,
    notify: setNotice,
    warn: setWarning,
    fail,
  };
}
