/**
 * @jest-environment jsdom
 */
/** 与上年比较 in the pane: a keyboard-usable button opens the .xlsx picker and hands the picked file to the action. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/Pane';
import { stringsFor } from '../../src/taskpane/strings';
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
});
