import { expect, test } from '@playwright/test';

test('a question page prints on paper colours without header controls, answer in full', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/questions/upward-influence/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next question' })).toBeVisible();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, color: style.color };
  });
  expect(colours).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
  await expect(page.getByRole('region', { name: 'The answer' })).toContainText('became a blueprint for other divisions');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('a question page in practice mode still prints the STAR summary and the whole answer', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('study:practice', 'on'));
  await page.goto('/questions/matrixed-conflict/');
  const answer = page.getByText('We turned a conflict into a collaboration');
  await expect(answer).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
  await expect(page.getByRole('region', { name: 'STAR summary' }).getByText('Find a solution that met his stability')).toBeVisible();
  await expect(page.getByRole('button', { name: /Reveal/ })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Practice mode' })).toBeHidden();
});
