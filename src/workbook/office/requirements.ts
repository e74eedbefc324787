/**
 * The Office requirement set the add-in needs. manifest.xml declares the same version (`npm run validate` checks
 * that they agree), so Excel versions without it do not offer the add-in; the adapter checks it again at run time.
 */

/** Lowest ExcelApi version every action needs: RangeAreas (`getRanges`) arrived in ExcelApi 1.9. */
export const REQUIRED_EXCEL_API = '1.9';
