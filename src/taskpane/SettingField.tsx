/**
 * One field of the settings form, by the kind of its setting: a checkbox, a choice, or a number (with % for a
 * percentage). Memoised, so that typing in one field re-renders only that field.
 */
import * as React from 'react';
import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { SettingDef } from '../engine/settings';
import type { PaneStrings } from './strings';

/** The field of one setting. */
export const SettingField = React.memo(function SettingField(props: {
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
