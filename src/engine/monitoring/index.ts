/** 年度对比 of a county's workbooks across years (MONITORING.md §1). */
export { compareWorkbooks, type CompareOptions } from './compare';
export { COMPARE_SETTING_DEFS, defaultCompareSettings } from './compareSettings';
export { MAPPING_SHEET } from './compareSchools';
export type {
  CompareIssue,
  CompareOutcome,
  CompareRefusal,
  CompareSettings,
  Comparison,
  YearVerdict,
  YearWorkbook,
} from './compareTypes';
export { YEAR_VERDICTS } from './compareVerdict';
