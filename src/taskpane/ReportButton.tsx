/**
 * 生成自查自评报告: drafts the report from the workbook and offers it as a download. Shown only when the host
 * can draft one (`actions.draftReport`).
 */
import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { SectionProps } from './section';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Offers bytes as a file download through a Blob and an `<a download>`; nothing leaves the machine. */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string = DOCX_TYPE): void {
  // A copy, so the Blob gets a plain ArrayBuffer whatever buffer the bytes sit in.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL is released after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The report button, or nothing when the host cannot draft a report. */
export function ReportButton(props: SectionProps): React.JSX.Element | null {
  const { actions, strings: s, pane } = props;
  if (!actions.draftReport) return null;
  const draft = actions.draftReport;

  const draftReport = (): Promise<void> =>
    pane.run(async () => {
      const drafted = await draft();
      if (!drafted.ok) {
        pane.fail(drafted.reason, s.cannotEvaluate);
        return;
      }
      offerDownload(drafted.bytes, drafted.fileName);
      pane.notify(s.reportReady(drafted.fileName));
    }, s.draftingReport);

  return (
    <Button onClick={() => void draftReport()} disabledFocusable={pane.disabled}>
      {s.draftReport}
    </Button>
  );
}
