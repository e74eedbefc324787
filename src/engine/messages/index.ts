/**
 * The message catalog: every sentence the product shows a statistician, in Chinese.
 * Split by area only so that each stays readable; callers import from here.
 */
export * from './reading';
export * from './compute';
export * from './output';
export * from './workbook';
export * from './print';
