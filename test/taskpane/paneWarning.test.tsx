/**
 * @jest-environment jsdom
 */
/**
 * A run whose results are written but whose highlights could not be set (a protected school sheet): the pane
 * shows the result and the warning together, with no error, and the next action clears the warning.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addinMessages } from '../../src/engine/messages';
import type { PaneOutcome } from '../../src/taskpane/actions';
import { PaneApp } from '../../src/taskpane/Pane';
import { stringsFor } from '../../src/taskpane/strings';
import { failingResult, fakeActions } from './fixtures';

const zh = stringsFor('zh');

it('protected school sheet: the pane shows the result with the warning beside it, and no error', async () => {
  const warning = addinMessages.highlightsSkippedProtected('学校基础数据');
  const outcome: PaneOutcome = { ok: true, result: failingResult(), warning };
  const actions = fakeActions({ outcome: () => Promise.resolve(outcome) });
  const user = userEvent.setup();
  render(<PaneApp actions={actions} strings={zh} />);

  await user.click(screen.getByRole('button', { name: zh.evaluate }));
  expect((await screen.findByTestId('run-warning')).textContent).toBe(warning);
  expect(screen.getByTestId('verdict').textContent).toBe('示例县（2024）：未达到优质均衡发展标准');
  expect(screen.getByTestId('pane-alert').textContent).toBe('');

  // 清除结果 starts a new action: the warning belongs to the run before and goes.
  await user.click(screen.getByRole('button', { name: zh.clearResults }));
  await screen.findByText(zh.resultsCleared);
  expect(screen.queryByTestId('run-warning')).toBeNull();
});
