/**
 * The settings form's draft: the text of each numeric field and the value of each boolean or choice field,
 * made from `Settings` and parsed back into them.
 */
import { SETTING_DEFS } from '../engine/settings';
import type { SettingDef, Settings } from '../engine/settings';
import { parseSettingText, settingText } from './format';

/** Field text of each numeric setting, and the value of each boolean or choice setting. */
export type Draft = Record<string, string | boolean>;

/** The draft of `values`. */
export function toDraft(values: Settings): Draft {
  const draft: Draft = {};
  for (const d of SETTING_DEFS as readonly SettingDef[]) {
    const v = values[d.key as keyof Settings];
    draft[d.key] = d.kind === 'boolean' ? Boolean(v) : settingText(d, v);
  }
  return draft;
}

/** The draft as Settings, or the keys whose text is not a number. */
export function fromDraft(draft: Draft): { values: Settings | null; invalid: Set<string> } {
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
