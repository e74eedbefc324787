/** The Excel add-in's access to its workbook: the Office.js adapter and its error messages. */
export {
  OfficeWorkbook,
  HIGHLIGHT_FORMULAS,
  HIGHLIGHT_SETTING,
  areaAddresses,
  isHighlightFormula,
  widthToPoints,
} from './officeAdapter';
export type { ExcelRun, OfficeWorkbookOptions, HighlightSummary, ClearSummary } from './officeAdapter';
export { describeOfficeError, officeErrorCode, WorkbookStateError } from './officeErrors';
export { REQUIRED_EXCEL_API } from './requirements';
export { DEFAULT_REQUEST_BUDGET, DEFAULT_ADDRESS_LIMIT, EXCEL_PAYLOAD_LIMIT } from './requestBudget';
