/** Contract documents: the customer downloads the policy sheet on a phone. */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn } from './support';

test.use({ viewport: { width: 375, height: 740 } });

test('klant@hub.example downloads the policy sheet at 375 px: a real PDF with its Dutch name', async ({ page }) => {
  await logIn(page, 'klant@hub.example');
  await page.goto('/#/portal/contracts/1');
  const documents = page.getByRole('region', { name: 'Documenten' });
  const policy = documents.getByRole('button', { name: 'Polisblad Woonhuisverzekering' });
  await expect(policy).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), policy.click()]);
  expect(download.suggestedFilename()).toBe('Polisblad Woonhuisverzekering HUB-2021-000001.pdf');
  const file = await readFile(await download.path());
  expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(file.subarray(-6).toString('latin1')).toContain('%%EOF');
  await expect(documents.getByText('Polisblad Woonhuisverzekering is gedownload.')).toBeVisible();
  // The row fits the phone: no page-wide horizontal scroll.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
