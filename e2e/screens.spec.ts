import type { Page, TestInfo } from '@playwright/test'
import { expect, POST, test } from './helpers'

// Every page type at the widths readers use, in both themes: nothing may scroll sideways. The `base`
// project is the preview build, so there every page also carries the preview banner. A phone and a
// desktop screenshot of each page goes into the Playwright report.

const WIDTHS = [320, 360, 390, 414, 768, 1280] as const
const SCREENSHOT_WIDTHS: ReadonlySet<number> = new Set([390, 1280])
const HEIGHT = 800

type Screen = { name: string; path: string; status?: 404; ready: (page: Page) => Promise<void> }

const heading = (text: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
}

async function searchResults(page: Page) {
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible()
}

export const SCREENS: readonly Screen[] = [
  { name: 'home', path: '', ready: heading('Pressroom') },
  { name: 'post', path: POST.path, ready: heading(POST.title) },
  { name: 'page (About)', path: 'about/', ready: heading('About') },
  { name: 'post with series and math', path: '2025/03/10/what-this-blog-can-do/', ready: heading('What this blog can do') },
  { name: 'post with a diagram and comments', path: '2025/03/17/around-a-post/', ready: heading('Around a post') },
  { name: 'tags', path: 'tags/', ready: heading('Tags') },
  { name: 'tag', path: 'tags/docker/', ready: heading('Posts tagged #docker') },
  { name: 'author', path: 'authors/dale-ragan/', ready: heading('Dale Ragan') },
  { name: 'archive', path: 'archive/', ready: heading('Archive') },
  { name: 'search with results', path: 'search/?q=docker', ready: searchResults },
  {
    name: 'search dialog open',
    path: '',
    ready: async (page) => {
      await page.keyboard.press('Control+K')
      const dialog = page.getByRole('dialog', { name: 'Search posts' })
      await dialog.getByRole('combobox', { name: 'Search posts' }).fill('docker')
      await searchResults(page)
    },
  },
  { name: '404', path: 'no-such-page/', status: 404, ready: heading('Page not found') },
]

/** What sticks out past the viewport's right edge, for the failure message. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement
    const limit = root.clientWidth
    const culprits: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.right > limit + 0.5 && culprits.length < 5) {
        const name = element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : '')
        culprits.push(`${name} ends at ${Math.round(box.right)}px`)
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits }
  })
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const screen of SCREENS) {
      test(`the ${screen.name} page fits every width without sideways scrolling`, async ({ page, site }, testInfo) => {
        await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT })
        await site.visit(page, screen.path, screen.status ?? 200)
        await screen.ready(page)
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: HEIGHT })
          // Let layout settle after the resize before measuring.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
          const measured = await overflow(page)
          expect(measured.scrollWidth, `${screen.name} at ${width}px: ${measured.culprits.join('; ')}`).toBeLessThanOrEqual(measured.clientWidth)
          if (SCREENSHOT_WIDTHS.has(width)) await attachScreenshot(page, testInfo, `${screen.name}, ${width}px, ${colorScheme}`)
        }
      })
    }
  })
}

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: HEIGHT }, hasTouch: true, isMobile: true })

  test('the header shows no keyboard-shortcut hint and keeps every control on screen', async ({ page, site }) => {
    await site.visit(page, '')
    const header = page.getByRole('banner')
    await expect(header.getByRole('link', { name: 'Search' })).toBeVisible()
    await expect(header.locator('kbd')).toBeHidden()
    for (const control of await header.locator('a, button').all()) {
      const box = await control.boundingBox()
      expect(box, 'a header control has a box').not.toBeNull()
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
    }
  })
})

test('with a mouse, the header shows the "/" shortcut hint', async ({ page, site }) => {
  await site.visit(page, '')
  await expect(page.getByRole('banner').locator('kbd')).toHaveText('/')
  await expect(page.getByRole('banner').locator('kbd')).toBeVisible()
})

test('the search dialog lists results in the same style as the search page', async ({ page, site }) => {
  const STYLE = ['text-transform', 'letter-spacing', 'font-size', 'font-weight', 'color'] as const
  const styleOf = (selector: string) =>
    page.locator(selector).first().evaluate((element, names) => {
      const style = getComputedStyle(element)
      return names.map((name) => `${name}: ${style.getPropertyValue(name)}`)
    }, [...STYLE])

  await site.visit(page, 'search/?q=docker')
  await searchResults(page)
  const onPage = { title: await styleOf('.search-result__title'), meta: await styleOf('.search-result__meta') }

  await site.visit(page, '')
  await page.keyboard.press('Control+K')
  await page.getByRole('dialog', { name: 'Search posts' }).getByRole('combobox').fill('docker')
  await searchResults(page)
  const inDialog = { title: await styleOf('dialog .search-result__title'), meta: await styleOf('dialog .search-result__meta') }

  expect(inDialog).toEqual(onPage)
  expect(onPage.title).toContain('text-transform: none')
})

test('the header marks the current section', async ({ page, site }) => {
  const nav = page.getByRole('navigation', { name: 'Site' })
  await site.visit(page, 'tags/')
  await expect(nav.getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'page')
  await expect(nav.getByRole('link', { name: 'Posts' })).not.toHaveAttribute('aria-current')

  await site.visit(page, 'tags/docker/')
  await expect(nav.getByRole('link', { name: 'Tags' })).toHaveAttribute('aria-current', 'true')

  await site.visit(page, '')
  await expect(nav.getByRole('link', { name: 'Posts' })).toHaveAttribute('aria-current', 'page')
  await expect(nav.getByRole('link', { name: 'Tags' })).not.toHaveAttribute('aria-current')
})

test('the 404 page offers a search that lands on the results', async ({ page, site }) => {
  await site.visit(page, 'no-such-page/', 404)
  const form = page.getByRole('search')
  await form.getByRole('searchbox').fill('docker')
  await form.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(site.url('search/?q=docker'))
  await searchResults(page)
})

test('listing excerpts are cut to a readable length', async ({ page, site }) => {
  await site.visit(page, '')
  const lengths = await page.locator('.post-card__excerpt').evaluateAll((excerpts) => excerpts.map((excerpt) => (excerpt.textContent ?? '').trim().length))
  expect(lengths.length).toBeGreaterThan(0)
  for (const length of lengths) expect(length).toBeLessThanOrEqual(301)
})
