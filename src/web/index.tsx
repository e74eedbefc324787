/** Entry of the web page (dist/web/junheng.html): renders the page; no Office, no network. */
import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
// The 创建规划 download is wired here, as `<WebApp extras={{ plan }} />`, once the planner exists; until then the
// page shows no 下载创建规划 button.
if (container) createRoot(container).render(<WebApp />);
