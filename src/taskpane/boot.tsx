/**
 * Starting the pane: wait for Office, pick the language, render. Everything about the host is read
 * defensively, because the page may also be opened outside Excel or under a stand-in host that
 * defines only part of `Office`.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { workbookMessages } from '../engine/messages';
import { REQUIRED_EXCEL_API } from '../workbook/office/requirements';
import type { PaneActions } from './actions';
import { PaneApp } from './Pane';
import { languageOf, stringsFor } from './strings';

/** The part of the `Office` global the pane uses. */
interface OfficeHost {
  onReady?: () => Promise<{ host?: unknown } | undefined> | undefined;
  context?: { displayLanguage?: unknown; requirements?: { isSetSupported?: unknown } };
}

/**
 * False only when the host says it lacks the ExcelApi version the pane needs (an Excel 2016 that slipped past the
 * manifest): the pane then says so, and where to go instead (均衡网页版), before any button can fail.
 */
function supportsRequiredApi(office: OfficeHost | undefined): boolean {
  try {
    const check = office?.context?.requirements?.isSetSupported;
    return (
      typeof check !== 'function' || check.call(office?.context?.requirements, 'ExcelApi', REQUIRED_EXCEL_API) !== false
    );
  } catch {
    // A host that cannot answer is given the benefit of the doubt; the adapter checks again on every action.
    return true;
  }
}

/** Excel's display language (`zh-CN`, `en-US`), or undefined when the host does not say. */
export function displayLanguageOf(office: unknown): string | undefined {
  try {
    const lang = (office as OfficeHost | undefined)?.context?.displayLanguage;
    return typeof lang === 'string' && lang !== '' ? lang : undefined;
  } catch {
    // Some hosts throw when context is read before it exists; the language then stays the default.
    return undefined;
  }
}

/** The global `Office` and `Excel`, when the page has them. */
function hostGlobals(): { office: unknown; excel: unknown } {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  return { office: g.Office, excel: g.Excel };
}

/**
 * Waits for `Office.onReady`, then renders the pane into `container` with the actions `createActions` makes.
 * Outside Excel (no Office, another host, no Excel API) it renders a short notice instead.
 */
export async function boot(
  container: HTMLElement,
  createActions: () => PaneActions,
  globals: { office: unknown; excel: unknown } = hostGlobals(),
): Promise<void> {
  const office = globals.office as OfficeHost | undefined;
  let host: unknown;
  if (office && typeof office.onReady === 'function') {
    const info = await office.onReady();
    host = info?.host;
  }
  const strings = stringsFor(languageOf(displayLanguageOf(office)));
  const root = createRoot(container);
  const inExcel =
    office !== undefined &&
    typeof office.onReady === 'function' &&
    (host === undefined || host === null || host === 'Excel') &&
    typeof (globals.excel as { run?: unknown } | undefined)?.run === 'function';
  if (!inExcel || !supportsRequiredApi(office)) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Text role="note">{inExcel ? workbookMessages.notSupported : strings.notInExcel}</Text>
      </FluentProvider>,
    );
    return;
  }
  root.render(<PaneApp actions={createActions()} strings={strings} />);
}
