/**
 * .xlsx files read and written at the package level, for the command line: grids straight from the worksheet
 * parts, and output sheets written into a copy whose other parts stay byte-identical.
 */
import { nodeCodec, nodeDeflate } from './nativeCodec';
import { useNativeCodec } from './zip';
import { useNativeDeflate } from './zipWrite';

// Everything that reads or writes through this entry runs in Node: zlib rather than fflate.
useNativeCodec(nodeCodec);
useNativeDeflate(nodeDeflate);

export { checkPackage } from './checkPackage';
export { readCheckedGrids, readGrids } from './readGrids';
export { writeSheetsIntoPackage, type PackageWriteOptions } from './writeSheets';
export { PackageError, ZipFormatError } from './zip';
