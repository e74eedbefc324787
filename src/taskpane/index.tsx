/** Entry of the task pane bundle (taskpane.js): starts the pane once Office is ready. */
import { createOfficeActions } from './actions';
import { boot, displayLanguageOf } from './boot';
import { languageOf, stringsFor } from './strings';

const container = document.getElementById('root');
if (container) {
  boot(container, () => createOfficeActions()).catch((err: unknown) => {
    // Office failed to start before the pane could render; say so in the page rather than leave it blank.
    const s = stringsFor(languageOf(displayLanguageOf((globalThis as { Office?: unknown }).Office)));
    container.textContent = `${s.unexpected}：${err instanceof Error ? err.message : String(err)}`;
  });
}
