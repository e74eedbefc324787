/** Entry of the web page (dist/web/junheng.html): renders the page; no Office, no network. */
import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp />);
