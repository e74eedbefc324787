/**
 * The web page's state and actions: the workbook chosen (read and evaluated), a comparison with another year, and
 * the downloads. Every action runs through the pane's shared status (`usePaneStatus`), so one runs at a time and
 * its progress, confirmation or failure shows in the page's one status area.
 */
import * as React from 'react';
import type { PaneStatus } from '../taskpane/usePaneStatus';
import { webStrings as w } from './strings';
import type { ComparisonDownload, Download, LoadedWorkbook, PickedFile } from './webActions';
import { compareDownload, loadWorkbook } from './webActions';

/** Offers bytes as a file download through a Blob and an `<a download>`; nothing leaves the machine. */
export function offerDownload(file: Download): void {
  // A copy, so the Blob gets a plain ArrayBuffer whatever buffer the bytes sit in.
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A picked or dropped file's bytes, through FileReader (which every browser the page is for has). */
function readPicked(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(new Error(`${file.name}：${reader.error?.message ?? ''}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the progress line paint before a long synchronous step starts. */
const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What the page shows and can do. */
export interface WebBook {
  book: LoadedWorkbook | null;
  comparison: ComparisonDownload | null;
  open: (file: File) => Promise<void>;
  compareWith: (file: File) => Promise<void>;
  /** Makes a file from the loaded workbook and offers it; `said` is the confirmation shown after. */
  download: (label: string, make: (b: LoadedWorkbook) => Promise<Download>, said?: (name: string) => string) => void;
}

/** The page's workbook state over the shared status. */
export function useWebBook(status: PaneStatus, now: () => Date): WebBook {
  const [book, setBook] = React.useState<LoadedWorkbook | null>(null);
  const [comparison, setComparison] = React.useState<ComparisonDownload | null>(null);

  const open = (file: File): Promise<void> =>
    status.run(async () => {
      const started = performance.now();
      setBook(null);
      setComparison(null);
      if (!/\.xlsx$/i.test(file.name)) throw new Error(w.notXlsx(file.name));
      const picked = await readPicked(file);
      await nextPaint();
      const outcome = loadWorkbook(picked);
      if (!outcome.ok) {
        status.fail(outcome.reason, w.cannotEvaluate);
        return;
      }
      setBook(outcome.book);
      status.notify(w.loaded(file.name, performance.now() - started));
    }, w.reading(file.name));

  const compareWith = (file: File): Promise<void> =>
    status.run(async () => {
      if (!book) throw new Error(w.chooseFirst);
      setComparison(null);
      const picked = await readPicked(file);
      await nextPaint();
      const made = compareDownload(book, picked, now());
      setComparison(made);
      status.notify(w.compareReady(made.download.fileName));
    }, w.comparing);

  const download: WebBook['download'] = (label, make, said = w.downloaded) => {
    void status.run(async () => {
      if (!book) throw new Error(w.chooseFirst);
      await nextPaint();
      const file = await make(book);
      offerDownload(file);
      status.notify(said(file.fileName));
    }, label);
  };

  return { book, comparison, open, compareWith, download };
}
