import { test } from 'vitest';
import { launchExtension, serveDir } from './harness';
import { FIXTURES, markCounts, openPopup, tabIdOf } from './toolbar-helpers';

test('shot', async () => {
  const s = await launchExtension();
  const server = await serveDir(FIXTURES);
  const a = await s.newPage();
  await a.page.goto(`${server.url}/article.html`);
  await a.page.waitForTimeout(1500);
  console.log('MARKS', JSON.stringify(await markCounts(a.page)));
  const tabId = await tabIdOf({ session: s, page: a.page });
  const p = await openPopup({ session: s, tabId });
  await p.page.waitForTimeout(500);
  await p.page.screenshot({ path: '/tmp/popup.png' });
  await p.page.emulateMedia({ colorScheme: 'dark' });
  await p.page.screenshot({ path: '/tmp/popup-dark.png' });
  console.log('ERR', a.errors, p.errors);
  await s.close();
  await server.close();
});
