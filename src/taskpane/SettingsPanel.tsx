/**
 * The `评估标准` values in a form: read from the sheet on request, edited here, written back on save.
 * One field per row of SETTING_DEFS, labelled with the sheet's own 设置项 text.
 */
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { SETTING_DEFS } from '../engine/settings';
import type { SettingDef } from '../engine/settings';
import type { PaneActions, SettingsSnapshot } from './actions';
import { SettingField } from './SettingField';
import type { Draft } from './settingsDraft';
import { fromDraft, toDraft } from './settingsDraft';
import type { PaneStrings } from './strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface SettingsPanelProps {
  actions: PaneActions;
  strings: PaneStrings;
  /** True while another action runs: the panel's buttons wait. */
  disabled: boolean;
  /** Runs an action with the pane's progress indicator (showing `label`) and error display. */
  run: (task: () => Promise<void>, label?: string) => Promise<void>;
  /** Shows a confirmation in the pane's status area. */
  notify: (message: string) => void;
  /** Shows a failure in the pane's alert area. */
  fail: (message: string) => void;
  /** Called after the settings were written to the workbook. */
  onSaved: () => void;
}

/** The form's state: the snapshot read from the sheet, the draft being edited and the fields that are not numbers. */
interface SettingsForm {
  snapshot: SettingsSnapshot | null;
  draft: Draft;
  invalid: Set<string>;
  load: () => Promise<void>;
  save: () => Promise<void>;
  set: (key: string, value: string | boolean) => void;
}

function useSettingsForm(props: SettingsPanelProps): SettingsForm {
  const { actions, strings: s, run, notify, fail, onSaved } = props;
  const [snapshot, setSnapshot] = React.useState<SettingsSnapshot | null>(null);
  const [draft, setDraft] = React.useState<Draft>({});
  const [invalid, setInvalid] = React.useState<Set<string>>(new Set());

  const load = (): Promise<void> =>
    run(async () => {
      const snap = await actions.readSettings();
      setSnapshot(snap);
      setDraft(toDraft(snap.values));
      setInvalid(new Set());
    }, s.settingsLoading);

  const save = (): Promise<void> => {
    const parsed = fromDraft(draft);
    setInvalid(parsed.invalid);
    const values = parsed.values;
    if (!values) {
      fail(s.settingsInvalid);
      return Promise.resolve();
    }
    return run(async () => {
      await actions.saveSettings(values);
      setSnapshot((prev) => (prev ? { ...prev, values, sheetFound: true, issues: [] } : prev));
      notify(s.settingsSaved);
      onSaved();
    });
  };

  // Stable, so that typing in one field re-renders only that field (SettingField is memoised).
  const set = React.useCallback(
    (key: string, value: string | boolean): void => setDraft((d) => ({ ...d, [key]: value })),
    [],
  );
  return { snapshot, draft, invalid, load, save, set };
}

/** The settings form. */
export function SettingsPanel(props: SettingsPanelProps): React.JSX.Element {
  const { strings: s, disabled } = props;
  const styles = useStyles();
  const { snapshot, draft, invalid, load, save, set } = useSettingsForm(props);
  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Button onClick={() => void load()} disabledFocusable={disabled}>
          {s.loadSettings}
        </Button>
        {snapshot && (
          <Button appearance="primary" onClick={() => void save()} disabledFocusable={disabled}>
            {s.saveSettings}
          </Button>
        )}
      </div>
      {snapshot && !snapshot.sheetFound && <Text role="note">{s.settingsMissingSheet}</Text>}
      {snapshot &&
        snapshot.issues.map((issue, i) => (
          <Text key={i} role="note">
            {s.issueLocation(issue.sheet, issue.cell)} {issue.message}
          </Text>
        ))}
      {snapshot && (
        <form
          aria-label={s.settingsSection}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className={styles.panel}>
            {(SETTING_DEFS as readonly SettingDef[]).map((d) => (
              <SettingField
                key={d.key}
                def={d}
                value={draft[d.key]}
                invalid={invalid.has(d.key)}
                strings={s}
                onChange={set}
              />
            ))}
          </div>
        </form>
      )}
    </div>
  );
}
