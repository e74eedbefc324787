/** Output sheets (OUTPUT.md) and the settings sheet, as plain SheetSpecs. */
export { buildOutputSheets, stagePassCounts, itemFormat } from './outputSheets';
export type { OutputOptions } from './outputSheets';
export { buildSettingsSheet } from './settingsSheet';
export { SheetBuilder, FORMATS } from './sheetBuilder';
export { buildDutiesSheet } from './dutiesSheet';
export { buildCompareSheet, compareSummaryLines, COMPARE_SHEET } from './compareSheet';
export { buildProblemsSheet } from './problemsSheet';
