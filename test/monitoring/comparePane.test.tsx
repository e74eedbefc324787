/**
 * @jest-environment jsdom
 */
/**
 * 与上年比较 in the pane: a keyboard-usable button opens the .xlsx picker and hands the picked file to the action,
 * with the command's choices (--baseline, --force); once compared, the 问题清单 can be downloaded.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/Pane';
import { stringsFor } from '../../src/taskpane/strings';
import type { CompareChoices, PickedFile } from '../../src/taskpane/actions';
import { fakeActions } from '../taskpane/fixtures';

describe('与上年比较 in the pane', () => {
  it('is a keyboard-usable button that opens the .xlsx picker and passes the picked file on', async () => {
    const actions = fakeActions({ compareLines: ['年度对比：测试县，2023 → 2024', '县级指标：下滑 1 项'] });
    const user = userEvent.setup();
    render(<PaneApp actions={actions} strings={stringsFor('zh')} />);
    const input = screen.getByTestId('compare-file') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.xlsx');
    const opened = jest.spyOn(input, 'click');
    const button = screen.getByRole('button', { name: '与上年比较…' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(1);

    await user.upload(input, new File([new Uint8Array([80, 75, 3, 4, 1])], '2023.xlsx'));
    await waitFor(() => expect(actions.calls.find((c) => c.name === 'compareWithFile')).toBeTruthy());
    expect(actions.calls.find((c) => c.name === 'compareWithFile')?.args).toEqual(['2023.xlsx', 5]);
    const lines = within(await screen.findByTestId('compare-summary')).getAllByRole('listitem');
    expect(lines.map((li) => li.textContent)).toEqual(['年度对比：测试县，2023 → 2024', '县级指标：下滑 1 项']);
    expect(screen.getByText('已写入“年度对比”工作表。')).toBeTruthy();
  });

  it('shows the reason when the two workbooks cannot be compared', async () => {
    const actions = fakeActions({ fail: { compareWithFile: new Error('两个工作簿不是同一区县。') } });
    const user = userEvent.setup();
    render(<PaneApp actions={actions} strings={stringsFor('zh')} />);
    await user.upload(screen.getByTestId('compare-file') as HTMLInputElement, new File(['x'], 'other.xlsx'));
    expect((await screen.findByTestId('pane-alert')).textContent).toContain('两个工作簿不是同一区县。');
  });

  it('passes the choices ticked and offers the 问题清单 of the comparison made', async () => {
    const actions = fakeActions();
    const seen: [string, CompareChoices | undefined][] = [];
    actions.compareWithFile = async (file: PickedFile, choices?: CompareChoices) => {
      seen.push([file.name, choices]);
      return ['年度对比：示例县，2023 → 2024'];
    };
    const lists: [string, CompareChoices | undefined][] = [];
    actions.problemListWith = async (file: PickedFile, choices?: CompareChoices) => {
      lists.push([file.name, choices]);
      return { fileName: '示例县2024年问题清单.xlsx', bytes: new Uint8Array([80, 75]) };
    };
    const created = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const user = userEvent.setup();
    render(<PaneApp actions={actions} strings={stringsFor('zh')} />);
    const download = screen.getByRole('button', { name: '下载问题清单' });
    // Nothing to download before a comparison: the button says why and does nothing.
    expect(download.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('先选择上一年度的工作簿进行比较，再下载本年度的问题清单。')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: '所选工作簿为认定年度（以它为基准判定下滑）' }));
    await user.click(screen.getByRole('checkbox', { name: '区县名称不同或年度相同时仍比较' }));
    await user.upload(screen.getByTestId('compare-file') as HTMLInputElement, new File(['x'], '2023.xlsx'));
    await waitFor(() => expect(seen).toEqual([['2023.xlsx', { baseline: true, force: true }]]));
    await waitFor(() => expect(download.getAttribute('aria-disabled')).not.toBe('true'));

    await user.click(download);
    await waitFor(() => expect(lists).toEqual([['2023.xlsx', { baseline: true, force: true }]]));
    expect(created).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        '已生成问题清单“示例县2024年问题清单.xlsx”，请在下载位置打开；责任单位、整改时限可在表中填写。',
      ),
    ).toBeTruthy();
  });
});
