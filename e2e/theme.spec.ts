import { expect, test } from './helpers'

// The look a team sets in site.json (lib/site/theme.ts): the test builds set colours and fonts in
// test/site-features.json, and the accessibility spec runs axe over every page with them in both themes.
// Here: they reach the page, in each theme, at `/` and under the base path, with no script of their own.

const TOUR = '2025/03/10/what-this-blog-can-do/'
const ACCENT = { light: 'rgb(138, 44, 107)', dark: 'rgb(240, 166, 216)' } as const

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme })
    test(`links take the site's ${scheme} accent and headings its font`, async ({ page, site }) => {
      await site.visit(page, TOUR)
      await expect(page.locator('html')).toHaveAttribute('style', /--accent:\s*light-dark\(#8a2c6b, #f0a6d8\)/)
      await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link').first()).toHaveCSS('color', ACCENT[scheme])
      await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /^"Trebuchet MS", system-ui/)
      await expect(page.locator('.prose code').first()).toHaveCSS('font-family', /^"DejaVu Sans Mono"/)
    })
  })
}

test('the tab icon is linked under the base path and served', async ({ page, site }) => {
  await site.visit(page, '')
  const href = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(href).toBe(`${site.basePath}/icon.svg`)
  const icon = await page.request.get(new URL(href ?? '', page.url()).href)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toContain('image/svg+xml')
  expect(await page.locator('.site-title img').count()).toBe(0)
})
