/** Entry of the admin page's bundle (esbuild: ui/main.tsx -> ui/app.js + ui/app.css). */
import { render } from 'preact';
import { App } from './app.js';
import './style.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
