// Screenshots of the popup and the side panel for the README, taken in the same Chromium the tests use:
// npx tsx scripts/screenshots.ts   (after npm run build; writes docs/popup.png and docs/sidepanel.png)
import { launchExtension } from '../test/e2e/harness';
import { openMarkedFixture, waitForPack } from '../test/e2e/ui-helpers';

const s = await launchExtension();
try {
  const { tabId } = await openMarkedFixture(s, '/pages/en-news.html', 3);
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(s.extensionUrl(`popup.html?tab=${tabId}`));
  await waitForPack(popup);
  await popup.getByText('unveiling the list').first().waitFor({ timeout: 15_000 });
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: 'docs/popup.png' });

  const panel = await s.context.newPage();
  await panel.setViewportSize({ width: 420, height: 720 });
  await panel.goto(s.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await waitForPack(panel);
  await panel.fill('input[type=search]', 'jie bang');
  await panel.getByText('揭榜挂帅').first().waitFor({ timeout: 15_000 });
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: 'docs/sidepanel.png' });
  console.log('screenshots: docs/popup.png docs/sidepanel.png');
} finally {
  await s.close();
}
