/**
 * G13 and Q4 can be given twice: school by school on the school sheet, and as one ratio on 区县数据. One rule for
 * both (stated in 填表说明): complete school figures win; otherwise the county ratio is used; when both are there
 * and differ by more than half a percentage point, a warning names the county cell.
 */
import { COUNTY_ITEMS } from '../columns';
import type { CountyNumericItem, NumField } from '../model';
import { intakeMessages as msg } from '../messages';
import type { DataIssue } from '../types';

/** How far the two figures may differ (as a fraction) before the warning: half a percentage point. */
export const SOURCE_TOLERANCE = 0.005;

/** Which figure an item uses. */
export type Source = 'schools' | 'county' | 'none';

/** The rule: complete school figures, else the county's ratio, else neither. */
export function chooseSource(schoolsComplete: boolean, county: NumField): Source {
  if (schoolsComplete) return 'schools';
  return county.value !== null ? 'county' : 'none';
}

/** What the warning needs to say where the county figure is and what it is about. */
export interface CountyFigure {
  sheet: string | null;
  field: NumField;
  item: string;
  label: string;
}

/** Adds the warning when both figures are there and differ by more than SOURCE_TOLERANCE. */
export function warnIfDisagree(county: CountyFigure, fromSchools: number | null, issues: DataIssue[]): void {
  const c = county.field.value;
  if (c === null || fromSchools === null || county.sheet === null) return;
  // A little above the tolerance, so that 96.5% against 96.0% (0.005 apart, with float noise) is not reported.
  if (Math.abs(c - fromSchools) <= SOURCE_TOLERANCE + 1e-9) return;
  issues.push({
    severity: 'warning',
    sheet: county.sheet,
    cell: county.field.cell,
    code: 'two-sources-disagree',
    message: msg.twoSourcesDisagree(county.sheet, county.field.cell, county.item, county.label, c, fromSchools),
  });
}

/** The 区县数据 label of a county item, as the template writes it. */
export function countyLabel(key: CountyNumericItem): string {
  return COUNTY_ITEMS.find((i) => i.key === key)?.label ?? key;
}
