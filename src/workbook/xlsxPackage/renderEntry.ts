/**
 * One output sheet rendered into a deflated zip entry: the part of a package write that needs nothing but the
 * sheet itself, so that it can run in a worker thread while the next sheet is being built.
 */
import type { SheetSpec } from '../../engine/sheetSpec';
import { type StyleGrid, renderSheet } from './sheetXml';
import type { ZipEntry } from './zip';
import { EntryWriter } from './zipWrite';

/** A planned sheet with its resolved styles, ready to render (plain data: it can be posted to a worker). */
export interface RenderJob {
  spec: SheetSpec;
  grid: StyleGrid;
  part: string;
  stamp: { dosTime: number; dosDate: number };
}

/** The worksheet part of a job as a deflated entry. */
export function renderEntry(job: RenderJob): ZipEntry {
  const out = new EntryWriter(job.part, job.stamp);
  renderSheet(job.spec, job.grid, (t) => out.write(t));
  return out.finish();
}
