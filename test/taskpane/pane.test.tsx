/**
 * @jest-environment jsdom
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaneApp } from '../../src/taskpane/Pane';
import { languageOf, stringsFor } from '../../src/taskpane/strings';
import type { EvaluationOutcome } from '../../src/engine/result';
import { defaultSettings } from '../../src/engine/settings';
import { fakeActions, failingResult, passingResult } from './fixtures';

const zh = stringsFor('zh');

function renderPane(actions = fakeActions(), strings = zh) {
  const user = userEvent.setup();
  const view = render(<PaneApp actions={actions} strings={strings} />);
  return { actions, user, view };
}

/** A promise the test resolves by hand, to look at the pane while an action is still running. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('一键计算', () => {
  it('shows progress while it works, then the verdict, blockers and the 14 coefficients', async () => {
    const pending = deferred<EvaluationOutcome>();
    const actions = fakeActions({ outcome: () => pending.promise });
    const { user } = renderPane(actions);

    await user.click(screen.getByRole('button', { name: '一键计算' }));
    // The last step the run reported is what the progress indicator says.
    expect(await screen.findByText('正在标注未达标单元格…')).toBeTruthy();
    // The buttons wait meanwhile, but keep keyboard focus where it was.
    expect(screen.getByRole('button', { name: '插入标准模板' }).getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '一键计算' }));

    await act(async () => pending.resolve({ ok: true, result: failingResult() }));

    expect(screen.getByTestId('verdict').textContent).toBe('示例县（2024）：未达到优质均衡发展标准');
    const blockers = within(screen.getByTestId('blockers')).getAllByRole('listitem');
    expect(blockers.map((li) => li.textContent)).toEqual([
      '资源配置：初中 L6 差异系数 0.512 超过上限 0.45',
      'G8 教师平均工资收入：待填报',
    ]);

    const table = screen.getByRole('table', { name: '14 项校际差异系数（学段 × 指标）' });
    // 1 header row + 2 学段 × 7 indicators.
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    const cells = (testId: string) =>
      within(screen.getByTestId(testId))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // 0.5123 → 0.512 (3 decimals, as on 差异系数) is above the junior limit 0.45.
    expect(cells('cv-junior-L6')).toEqual(['初中', 'L6 仪器设备值', '0.512', '0.45', '未达标']);
    // 0.4992 ≤ 0.5 passes although it shows as 0.499.
    expect(cells('cv-primary-L5')).toEqual(['小学', 'L5 体育场馆', '0.499', '0.50', '达标']);
    expect(cells('cv-primary-L7')).toEqual(['小学', 'L7 多媒体教室', '—', '0.50', '不可计算']);
    expect(screen.getByTestId('composite-primary').textContent).toBe('小学综合差异系数：0.379');
    expect(screen.getByTestId('composite-junior').textContent).toBe('初中综合差异系数：0.321');
    expect(screen.queryByText('正在标注未达标单元格…')).toBeNull();
    expect(screen.getByRole('button', { name: '插入标准模板' }).getAttribute('aria-disabled')).not.toBe('true');
  });

  it('says so when every item meets its standard', async () => {
    const { user } = renderPane(fakeActions({ outcome: async () => ({ ok: true, result: passingResult() }) }));
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    expect((await screen.findByTestId('verdict')).textContent).toBe('示例县（2024）：达到优质均衡发展标准');
    expect(screen.getByText('无：各项均达到评估标准。')).toBeTruthy();
    expect(screen.getByText('未发现数据问题。')).toBeTruthy();
  });
});

describe('failures are shown in the pane', () => {
  it('shows the Chinese message an action rejects with', async () => {
    const message = '工作表“指标结果”受保护，无法写入。请先撤销工作表保护后重试。';
    const { user } = renderPane(fakeActions({ fail: { evaluate: new Error(message) } }));
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain(message));
    expect(alert.textContent).toContain('操作未完成');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('shows the reason when the workbook cannot be evaluated', async () => {
    const reason = '找不到“学校基础数据”工作表：请先插入标准模板或将学校数据表命名为“学校基础数据”。';
    const { user } = renderPane(fakeActions({ outcome: async () => ({ ok: false, reason, code: 'no-school-sheet' }) }));
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(`无法计算${reason}`));
  });

  it('shows a failure of insertTemplate and clears it on the next success', async () => {
    const actions = fakeActions({ fail: { insertTemplate: new Error('Excel 暂时无法响应，请稍后重试。') } });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole('button', { name: '插入标准模板' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Excel 暂时无法响应，请稍后重试。'));
    await user.click(screen.getByRole('button', { name: '清除结果' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已清除评估结果工作表和标注。'));
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});

describe('template and clearing', () => {
  it('passes the sample option to insertTemplate', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '插入标准模板' }));
    await user.click(screen.getByRole('checkbox', { name: '包含示例县数据' }));
    await user.click(screen.getByRole('button', { name: '插入标准模板' }));
    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'insertTemplate')).toHaveLength(2));
    expect(actions.calls.filter((c) => c.name === 'insertTemplate').map((c) => c.args[0])).toEqual([false, true]);
    expect(screen.getByRole('status').textContent).toBe('已插入模板工作表；工作簿中已有的工作表保持不变。');
  });

  it('removes the results from the pane after 清除结果', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await screen.findByTestId('verdict');
    await user.click(screen.getByRole('button', { name: '清除结果' }));
    await waitFor(() => expect(screen.queryByTestId('verdict')).toBeNull());
    expect(actions.calls.map((c) => c.name)).toContain('clearResults');
  });
});

describe('data issues', () => {
  it('selects the cell of an issue on click and on Enter; an issue without a cell is not a button', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    const list = await screen.findByTestId('issues');
    expect(screen.getByRole('heading', { name: '数据问题（3 条）' })).toBeTruthy();

    const first = within(list).getByRole('button', { name: /学校基础数据!F12/ });
    expect(first.textContent).toBe('[错误]学校基础数据!F12“小学在校生数”不是数字：十二');
    await user.click(first);

    const second = within(list).getByRole('button', { name: /区县数据!B7/ });
    second.focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'selectCell')).toHaveLength(2));
    expect(actions.calls.filter((c) => c.name === 'selectCell').map((c) => c.args)).toEqual([
      ['学校基础数据', 'F12'],
      ['区县数据', 'B7'],
    ]);
    // Two issues have a cell; the missing column is listed as text.
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    expect(within(list).getByText('缺少列“网络多媒体教室数”')).toBeTruthy();
  });

  it('shows why a cell could not be selected', async () => {
    const { user } = renderPane(fakeActions({ fail: { selectCell: new Error('找不到工作表“区县数据”。') } }));
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await user.click(await screen.findByRole('button', { name: /区县数据!B7/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('找不到工作表“区县数据”。'));
  });
});

describe('out-of-date notice', () => {
  it('appears when an input cell changes after a run, and goes on the next run', async () => {
    const { user, actions } = renderPane();
    await waitFor(() => expect(actions.listening()).toBe(true));
    // A change before any run has nothing to make stale.
    act(() => actions.changeInput());
    expect(screen.queryByTestId('out-of-date')).toBeNull();

    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await screen.findByTestId('verdict');
    expect(screen.queryByTestId('out-of-date')).toBeNull();

    act(() => actions.changeInput());
    expect(screen.getByTestId('out-of-date').textContent).toBe(
      '输入数据已更改，下面的结果已过期，请重新点击“一键计算”。',
    );

    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await waitFor(() => expect(screen.queryByTestId('out-of-date')).toBeNull());
  });

  it('appears when the standards are saved after a run', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '一键计算' }));
    await screen.findByTestId('verdict');
    await user.click(screen.getByRole('button', { name: '评估标准' }));
    await user.click(screen.getByRole('button', { name: '读取评估标准' }));
    await user.click(await screen.findByRole('button', { name: '保存到“评估标准”工作表' }));
    expect(await screen.findByTestId('out-of-date')).toBeTruthy();
  });

  it('stops listening when the pane goes away', async () => {
    const { actions, view } = renderPane();
    await waitFor(() => expect(actions.listening()).toBe(true));
    view.unmount();
    expect(actions.listening()).toBe(false);
  });
});

describe('language', () => {
  it('follows Excel’s display language: Chinese for zh-*, English otherwise', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('zh-TW')).toBe('zh');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('fr-FR')).toBe('en');
    expect(languageOf(undefined)).toBe('zh');
  });

  it('renders the pane in English for en-US', async () => {
    const { user } = renderPane(fakeActions(), stringsFor(languageOf('en-US')));
    expect(screen.getByRole('button', { name: 'Insert standard template' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Include the sample county' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear results' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Evaluate' }));
    expect((await screen.findByTestId('verdict')).textContent).toBe(
      '示例县（2024）：Does not meet the high-quality balance standard',
    );
    const row = within(screen.getByTestId('cv-junior-L6'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(row).toEqual(['Junior secondary', 'L6 Equipment value', '0.512', '0.45', 'Fail']);
    expect(screen.getByRole('heading', { name: 'Data issues (3)' })).toBeTruthy();
    expect(screen.queryByText('一键计算')).toBeNull();
  });
});

describe('settings panel', () => {
  it('shows the 评估标准 values, percentages in percent points, and saves the edits as fractions', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '评估标准' }));
    await user.click(screen.getByRole('button', { name: '读取评估标准' }));

    const q1 = (await screen.findByRole('textbox', { name: '初中三年巩固率标准' })) as HTMLInputElement;
    // Q1 is a percent setting: 0.95 on the sheet, 95 in the field.
    expect(q1.value).toBe('95');
    const g7 = screen.getByRole('textbox', { name: '特殊教育学校生均公用经费标准' }) as HTMLInputElement;
    expect(g7.value).toBe('6000');
    // 0.15 × 100 would print as 15.000000000000002 without tidying.
    expect((screen.getByRole('textbox', { name: '质量监测校际差异率上限（低于）' }) as HTMLInputElement).value).toBe(
      '0.15',
    );

    await user.clear(q1);
    await user.type(q1, '90');
    await user.clear(g7);
    await user.type(g7, '8,000');
    await user.click(screen.getByRole('checkbox', { name: '老校及随迁子女占比高的学校规模放宽' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '初中三年巩固率计算公式' }), '简单公式');
    await user.click(screen.getByRole('button', { name: '保存到“评估标准”工作表' }));

    await waitFor(() => expect(actions.calls.filter((c) => c.name === 'saveSettings')).toHaveLength(1));
    const saved = actions.calls.find((c) => c.name === 'saveSettings')?.args[0] as Record<string, unknown>;
    expect(saved.Q1).toBe(0.9);
    expect(saved.G7).toBe(8000);
    expect(saved['G4.relaxation']).toBe(true);
    expect(saved['Q1.formula']).toBe('简单公式');
    expect(saved['cvLimit.junior']).toBe(0.45);
    expect(screen.getByRole('status').textContent).toBe('评估标准已保存；重新计算后生效。');
  });

  it('refuses to save a value that is not a number and marks the field', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '评估标准' }));
    await user.click(screen.getByRole('button', { name: '读取评估标准' }));
    const g7 = await screen.findByRole('textbox', { name: '特殊教育学校生均公用经费标准' });
    await user.clear(g7);
    await user.type(g7, '六千');
    await user.click(screen.getByRole('button', { name: '保存到“评估标准”工作表' }));
    expect(screen.getByTestId('pane-alert').textContent).toBe('操作未完成有设置值无法识别，请先改正标红的项。');
    expect(screen.getByText('请输入数字')).toBeTruthy();
    expect(actions.calls.some((c) => c.name === 'saveSettings')).toBe(false);
  });

  it('says when the workbook has no 评估标准 sheet', async () => {
    const { user } = renderPane(
      fakeActions({ settings: { values: defaultSettings(), sheetFound: false, issues: [] } }),
    );
    await user.click(screen.getByRole('button', { name: '评估标准' }));
    await user.click(screen.getByRole('button', { name: '读取评估标准' }));
    expect(
      await screen.findByText('工作簿中没有“评估标准”工作表，下面显示的是默认值；保存时将新建该工作表。'),
    ).toBeTruthy();
  });
});
