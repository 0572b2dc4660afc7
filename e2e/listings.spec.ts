import type { Page } from '@playwright/test'
import { PRODUCTION_URL } from './content'
import { POST, expect, tabTo, test } from './helpers'

// Listing pages bounded by what they show: the archive links each year's own page, and page 1 of a
// listing is the listing's plain URL. (Listings long enough to split are checked on the generated
// 2,000-post site by `npm test`'s page-weight step; this site's tags and years fit on one page.)

/** Elements of `main` wider than a 320 px screen, or scrolling sideways inside. */
function overflowing(page: Page) {
  return page
    .locator('main, main :not(.sr-only)')
    .evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().right > 320 || element.scrollWidth > element.clientWidth).map((element) => element.outerHTML.slice(0, 80)))
}

test('a keyboard user opens a year from the archive; the year page is canonical on the production site and leads back', async ({ page, site }) => {
  await site.visit(page, 'archive/')
  const year = page.getByRole('region', { name: 'Years' }).getByRole('link', { name: '2016', exact: true })
  await tabTo(page, year, 60)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(site.url('archive/2016/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts from 2016')
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${PRODUCTION_URL}/archive/2016/`)
  await expect(page.getByRole('main').getByRole('link', { name: POST.title })).toHaveAttribute('href', `${site.basePath}/${POST.path}`)
  // A year that fits one page has no pagination, so no rel links point past it.
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  await page.getByRole('main').getByRole('link', { name: 'Archive' }).click()
  await expect(page).toHaveURL(site.url('archive/'))
})

test('page 1 of a listing is its plain URL: page/1/ exists for neither the home page nor a tag, author or year', async ({ page, site }) => {
  for (const path of ['', 'tags/docker/', 'authors/dale-ragan/', 'archive/2016/']) {
    await site.visit(page, path)
    await expect(page.locator('head link[rel="canonical"]'), path).toHaveAttribute('href', `${PRODUCTION_URL}/${path}`)
    await site.visit(page, `${path}page/1/`, 404)
  }
  await site.visit(page, 'archive/1999/', 404)
})

test('the archive, a year and a tag page fit a 320 px screen', async ({ page, site }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  // Measured inside main: the site header is wider than 320 px on every page (its own issue).
  for (const path of ['archive/', 'archive/2016/', 'tags/docker/', 'authors/dale-ragan/']) {
    await site.visit(page, path)
    expect(await overflowing(page), path).toEqual([])
  }
})
