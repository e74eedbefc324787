/**
 * @jest-environment jsdom
 */
import { act, screen } from '@testing-library/react';
import { boot, displayLanguageOf } from '../../src/taskpane/boot';
import { fakeActions } from './fixtures';

const excel = { run: async () => undefined };

function office(displayLanguage: unknown, host: unknown = 'Excel') {
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  return {
    ready,
    onReady: async () => {
      await readyPromise;
      return { host, platform: 'PC' };
    },
    context: { displayLanguage },
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => container.remove());

describe('boot', () => {
  it('waits for Office.onReady before rendering, then renders the pane in the display language', async () => {
    const host = office('en-US');
    let started: Promise<void> = Promise.resolve();
    await act(async () => {
      started = boot(container, () => fakeActions(), { office: host, excel });
    });
    // Office is not ready yet: nothing rendered.
    expect(container.textContent).toBe('');
    await act(async () => {
      host.ready();
      await started;
    });
    expect(screen.getByRole('button', { name: 'Evaluate' })).toBeTruthy();
  });

  it('speaks Chinese for zh-CN and when the language cannot be read', async () => {
    const host = office('zh-CN');
    host.ready();
    await act(() => boot(container, () => fakeActions(), { office: host, excel }));
    expect(screen.getByRole('button', { name: '一键计算' })).toBeTruthy();

    const throwing = {
      onReady: async () => ({ host: 'Excel' }),
      get context(): never {
        throw new Error('context not ready');
      },
    };
    expect(displayLanguageOf(throwing)).toBeUndefined();
    expect(displayLanguageOf(undefined)).toBeUndefined();
    expect(displayLanguageOf({ context: { displayLanguage: 42 } })).toBeUndefined();
  });

  it('shows a notice instead of the pane outside Excel', async () => {
    await act(() => boot(container, () => fakeActions(), { office: undefined, excel: undefined }));
    expect(container.textContent).toBe('请在 Excel 中通过“开始”选项卡的“均衡评估”按钮打开本窗格。');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the notice when Office reports another host', async () => {
    const host = office('en-US', 'Word');
    host.ready();
    await act(() => boot(container, () => fakeActions(), { office: host, excel }));
    expect(container.textContent).toBe('Open this pane in Excel, from the Junheng button on the Home tab.');
  });
});
