/**
 * .xlsx files read and written at the package level, for the command line: grids straight from the worksheet
 * parts, and output sheets written into a copy whose other parts stay byte-identical.
 */
export { checkPackage } from './checkPackage';
export { readGrids } from './readGrids';
export { writeSheetsIntoPackage, type PackageWriteOptions } from './writeSheets';
export { PackageError, ZipFormatError } from './zip';
