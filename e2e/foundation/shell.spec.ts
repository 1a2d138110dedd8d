import { expect, signInAs, test } from '../support/fixtures'

test('the theme switch applies dark mode and remembers it', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  const html = page.locator('html')
  await page.getByRole('button', { name: /Change theme/ }).click()
  await page.getByRole('menuitemradio', { name: 'Dark' }).click()
  await expect(html).toHaveClass(/\bdark\b/)
  await scan()
  await page.reload()
  await expect(html).toHaveClass(/\bdark\b/)

  await page.getByRole('button', { name: /Change theme/ }).click()
  await page.getByRole('menuitemradio', { name: 'Light' }).click()
  await expect(html).not.toHaveClass(/\bdark\b/)
})

test('Ctrl+K opens the command palette and jumps to a screen', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await scan()
  await page.keyboard.type('audit log')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page).toHaveURL(/\/console\/audit-log$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
})

test('the palette only offers what the role may open', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  await page.getByRole('button', { name: /Search and jump/ }).click()
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette.getByRole('option', { name: /Identity › Users/ })).toBeVisible()
  await expect(palette.getByRole('option', { name: /Operators/ })).toHaveCount(0)
  await expect(palette.getByRole('option', { name: /Audit log/ })).toHaveCount(0)
})

test('the skip link moves focus to the content', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test.describe('not found', () => {
  // The unknown tenant's API answer is a 404, which the browser logs.
  test.use({ expectedHttpErrors: [404] })

  test('an unknown address shows a real 404 page', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  await page.goto('/no/such/screen')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await scan()
  await page.goto('/t/no-such-tenant/identity/users')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
})
