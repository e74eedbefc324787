/**
 * The message catalog: every sentence the product shows a statistician, in Chinese.
 * Split by area only so that each stays readable; callers import from here.
 */
export * from './reading';
export * from './compute';
export * from './output';
export * from './workbook';
export * from './files';
export * from './rollup';
export * from './duties';
export * from './addin';
export * from './intake';
export * from './compare';
export * from './report';
export * from './print';
export * from './sheetTitles';
export * from './plan';
export * from './consistency';
