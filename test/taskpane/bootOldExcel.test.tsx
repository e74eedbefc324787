/**
 * @jest-environment jsdom
 */
/**
 * An Excel without ExcelApi 1.9 (Excel 2016 reached by a copied manifest): the pane opens on a sentence that says so
 * and points to 均衡网页版, instead of buttons that would each fail.
 */
import { act } from '@testing-library/react';
import { workbookMessages } from '../../src/engine/messages';
import { boot } from '../../src/taskpane/boot';
import { fakeActions } from './fixtures';

const excel = { run: async () => undefined };

function host(supported: (name: string, version: string) => boolean) {
  return {
    onReady: async () => ({ host: 'Excel', platform: 'PC' }),
    context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: supported } },
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => container.remove());

describe('boot in an Excel that is too old', () => {
  it('shows the version sentence, which names the web page, and no buttons', async () => {
    const asked: string[] = [];
    const office = host((name, version) => {
      asked.push(`${name} ${version}`);
      return name === 'ExcelApi' && Number(version) <= 1.3;
    });
    await act(async () => {
      await boot(container, () => fakeActions(), { office, excel });
    });
    expect(asked).toEqual(['ExcelApi 1.9']);
    expect(container.textContent).toBe(workbookMessages.notSupported);
    expect(workbookMessages.notSupported).toContain('均衡网页版');
    expect(workbookMessages.notSupported).toContain('junheng.html');
    expect(container.querySelectorAll('button').length).toBe(0);
  });

  it('opens the pane as usual when ExcelApi 1.9 is there', async () => {
    await act(async () => {
      await boot(container, () => fakeActions(), { office: host(() => true), excel });
    });
    expect(container.querySelectorAll('button').length).toBeGreaterThan(0);
  });
});
