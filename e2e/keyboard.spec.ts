import type { Page } from '@playwright/test'
import { POST, expect, tabTo, test, themeToggle } from './helpers'

test.use({ colorScheme: 'light' })

test('the skip link comes first and moves focus to the content', async ({ page, site }) => {
  await site.visit(page, '')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(newestPostLink(page)).toBeFocused()
})

/** The title link of the newest post listed (a preview build lists drafts first when they are newer). */
function newestPostLink(page: Page) {
  return page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link')
}

test('Tab walks the header to the post, and Enter opens it', async ({ page, site }) => {
  await site.visit(page, '')
  const siteNav = page.getByRole('navigation', { name: 'Site' })
  const order = [
    page.getByRole('link', { name: 'Skip to content' }),
    // A preview's banner, above the header, links its pull request (the repository is known), then its list of changes.
    ...(site.isPreview
      ? [
          page.getByTestId('preview-banner').getByRole('link', { name: 'PR #42' }),
          page.getByRole('complementary', { name: 'Preview deploy' }).getByRole('link', { name: 'Changes in this preview' }),
        ]
      : []),
    page.getByRole('banner').getByRole('link', { name: 'Pressroom' }),
    siteNav.getByRole('link', { name: 'Posts' }),
    siteNav.getByRole('link', { name: 'Archive' }),
    siteNav.getByRole('link', { name: 'Tags' }),
    siteNav.getByRole('link', { name: 'About' }),
    page.getByRole('banner').getByRole('link', { name: 'Search' }),
    themeToggle(page),
    newestPostLink(page),
  ]
  const title = (await newestPostLink(page).textContent()) ?? ''
  for (const target of order) {
    await page.keyboard.press('Tab')
    await expect(target).toBeFocused()
  }
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('the theme toggle works from the keyboard and the choice survives a reload', async ({ page, site }) => {
  await site.visit(page, POST.path)
  const html = page.locator('html')
  const toggle = themeToggle(page)
  await expect(html).not.toHaveAttribute('data-theme')
  // The button names the theme it switches to.
  await expect(toggle).toHaveAccessibleName('Switch to dark theme')

  await tabTo(page, toggle)
  await page.keyboard.press('Space')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(toggle).toHaveAccessibleName('Switch to light theme')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 23, 27)')

  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(toggle).toHaveAccessibleName('Switch to light theme')

  await tabTo(page, toggle)
  await page.keyboard.press('Enter')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect(toggle).toHaveAccessibleName('Switch to dark theme')
})
