/**
 * The package reader's limits. Each bounds what one input can cost in memory or time; each is checked while
 * reading (before anything is expanded) and refused with one line naming the part or cell.
 */

/** Entries in a package; below the 65,535 of a zip without ZIP64, so the written copy (a few parts more) fits too. */
export const MAX_ENTRIES = 65_000;

/** Inflated bytes of one part. A worksheet of 300,000 schools is about 300 MB. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/** Inflated bytes of all parts together, as declared in the zip's directory. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** Element nesting in any XML part (a worksheet's rich text is 7 deep; styles' extension lists a few more). */
export const MAX_XML_DEPTH = 100;

/** Excel's own grid: 1,048,576 rows, 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Characters in one cell, Excel's own limit. */
export const MAX_CELL_TEXT = 32_767;

/** Cells of one merged range, and of all merged ranges of a sheet. */
export const MAX_MERGE_AREA = 1_000_000;
export const MAX_MERGED_CELLS = 4_000_000;

/**
 * Cells of a sheet's grid as read (rows times their used width), about 16 bytes each with its format: 300,000
 * schools of 40 columns are 12 million; a few cells far apart cannot make the grid take more than 256 MB.
 */
export const MAX_GRID_CELLS = 16_000_000;

/** Compressed bytes handed to the inflater at a time; bounds what one step can expand to before it is counted. */
export const INFLATE_STEP = 64 * 1024;
