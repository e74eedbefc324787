/**
 * The reading side of the package layer alone, for browser code (the pane reading another workbook picked with
 * a file chooser): it pulls in neither `fs` nor `zlib`. The command line imports `./index`, which adds writing.
 */
export { checkPackage } from './checkPackage';
export { readCheckedGrids, readGrids } from './readGrids';
export { PackageError } from './zip';
