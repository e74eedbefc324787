/** The 自查自评报告: a document model built from an evaluation (rendered by src/workbook/docx). */
export { buildReport, chinaDate, reportFromWorkbook, type ReportOptions, type ReportOutcome } from './buildReport';
export * from './documentModel';
export * from './formats';
