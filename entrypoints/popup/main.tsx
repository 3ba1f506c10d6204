import { render } from 'preact';
import { App } from './App';
import { targetTabId } from './tab';
import './theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root) {
  void targetTabId().then((tabId) => render(<App tabId={tabId} />, root));
}
