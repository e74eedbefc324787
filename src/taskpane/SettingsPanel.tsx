/**
 * The `评估标准` values in a form: read from the sheet on request, edited here, written back on save.
 * One field per row of SETTING_DEFS, labelled with the sheet's own 设置项 text.
 */
import * as React from 'react';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { SETTING_DEFS } from '../engine/settings';
import type { SettingDef, Settings } from '../engine/settings';
import type { PaneActions, SettingsSnapshot } from './actions';
import { parseSettingText, settingText } from './format';
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

/** Field text of each numeric setting, and the value of each boolean or choice setting. */
type Draft = Record<string, string | boolean>;

function toDraft(values: Settings): Draft {
  const draft: Draft = {};
  for (const d of SETTING_DEFS as readonly SettingDef[]) {
    const v = values[d.key as keyof Settings];
    draft[d.key] = d.kind === 'boolean' ? Boolean(v) : settingText(d, v);
  }
  return draft;
}

/** The draft as Settings, or the keys whose text is not a number. */
function fromDraft(draft: Draft): { values: Settings | null; invalid: Set<string> } {
  const out: Record<string, number | boolean | string> = {};
  const invalid = new Set<string>();
  for (const d of SETTING_DEFS as readonly SettingDef[]) {
    const v = draft[d.key];
    if (d.kind === 'boolean') out[d.key] = Boolean(v);
    else if (d.kind === 'choice') out[d.key] = String(v);
    else {
      const n = parseSettingText(d, String(v));
      if (n === null) invalid.add(d.key);
      else out[d.key] = n;
    }
  }
  return { values: invalid.size === 0 ? (out as Settings) : null, invalid };
}

/** The settings form. */
export function SettingsPanel(props: SettingsPanelProps): React.JSX.Element {
  const { actions, strings: s, disabled, run, notify, fail, onSaved } = props;
  const styles = useStyles();
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

const SettingField = React.memo(function SettingField(props: {
  def: SettingDef;
  value: string | boolean | undefined;
  invalid: boolean;
  strings: PaneStrings;
  onChange: (key: string, v: string | boolean) => void;
}): React.JSX.Element {
  const { def, value, invalid, strings: s } = props;
  const onChange = (v: string | boolean): void => props.onChange(def.key, v);
  const hint = def.note || undefined;
  switch (def.kind) {
    case 'boolean':
      return (
        <Field hint={hint}>
          <Checkbox
            label={def.label}
            checked={Boolean(value)}
            onChange={(_, data) => onChange(data.checked === true)}
          />
        </Field>
      );
    case 'choice':
      return (
        <Field label={def.label} hint={hint}>
          <Select value={String(value ?? '')} onChange={(_, data) => onChange(data.value)}>
            {(def.choices ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      );
    case 'number':
    case 'percent':
      return (
        <Field
          label={def.label}
          hint={hint}
          validationState={invalid ? 'error' : 'none'}
          validationMessage={invalid ? s.notANumber : undefined}
        >
          <Input
            inputMode="decimal"
            value={String(value ?? '')}
            contentAfter={def.kind === 'percent' ? <span aria-hidden="true">%</span> : undefined}
            onChange={(_, data) => onChange(data.value)}
          />
        </Field>
      );
  }
});
