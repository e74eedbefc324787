/** The data-collection template and the sample county. */
export {
  buildTemplateSheets,
  buildSchoolSheetFromRows,
  headerWidth,
  schoolHeaderText,
  SCHOOL_HEADER_ROW,
} from './templateSheets';
export type { TemplateOptions } from './templateSheets';
export { sampleCounty, sampleSchools, SAMPLE_COUNTY_FIGURES, SAMPLE_QUALITY } from './sampleCounty';
export type { SampleSchool } from './sampleCounty';
export { seededRng } from './random';
export type { Rng } from './random';
export { buildDutyDataSheet, buildDutyRulesSheet, SAMPLE_DUTY_FIGURES } from './dutiesSheets';
