/**
 * @jest-environment jsdom
 */
/** The pane's 生成自评报告 button: it offers the drafted .docx as a download, or says why it cannot. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/Pane';
import type { DraftedReport, PaneActions } from '../../src/taskpane/actions';
import { stringsFor } from '../../src/taskpane/strings';
import { fakeActions } from '../taskpane/fixtures';

const zh = stringsFor('zh');

describe('生成自评报告', () => {
  let blobs: Blob[];
  let clicked: { href: string; download: string }[];
  beforeEach(() => {
    blobs = [];
    clicked = [];
    // jsdom has no object URLs; these stand in for the browser's.
    URL.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return `blob:report-${blobs.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('drafts the county report as <县>自查自评报告.docx and offers it through a download link', async () => {
    // The bytes themselves are checked in Node (reportCli.test.ts) and in the browser test; jsdom has no TextEncoder.
    const drafted: DraftedReport = {
      ok: true,
      fileName: '重庆市荣昌区自查自评报告.docx',
      bytes: new Uint8Array([80, 75, 3, 4]),
    };
    const actions: PaneActions = { ...fakeActions(), draftReport: async () => drafted };
    const user = userEvent.setup();
    render(<PaneApp actions={actions} strings={zh} />);
    await user.click(screen.getByRole('button', { name: '生成自评报告' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toEqual({ href: 'blob:report-1', download: '重庆市荣昌区自查自评报告.docx' });
    expect(blobs[0].size).toBe(drafted.bytes.length);
    expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await screen.findByText(zh.reportReady('重庆市荣昌区自查自评报告.docx'))).toBeTruthy();
  });

  it('shows the reason when the workbook cannot be evaluated, and offers nothing', async () => {
    const refused: DraftedReport = { ok: false, reason: '找不到“学校基础数据”工作表' };
    const actions: PaneActions = { ...fakeActions(), draftReport: async () => refused };
    const user = userEvent.setup();
    render(<PaneApp actions={actions} strings={zh} />);
    await user.click(screen.getByRole('button', { name: '生成自评报告' }));
    expect(await screen.findByText('找不到“学校基础数据”工作表')).toBeTruthy();
    expect(clicked).toHaveLength(0);
  });
});
